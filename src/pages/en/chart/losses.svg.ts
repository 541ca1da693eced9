// The losses figure in English as a standalone SVG for download (filePaths.lossSvg.en).
import type { APIRoute } from "astro";
import { lossSvgFile } from "../../../build/figure-files";

export const GET: APIRoute = () => lossSvgFile("en");
