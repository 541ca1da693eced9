// The losses figure as a standalone SVG for download (filePaths.lossSvg; English: en/chart/losses.svg).
import type { APIRoute } from "astro";
import { lossSvgFile } from "../../build/figure-files";

export const GET: APIRoute = () => lossSvgFile("de");
