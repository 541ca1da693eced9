// The losses figure in English as a PNG for download (filePaths.lossPng.en).
import type { APIRoute } from "astro";
import { lossPngFile } from "../../../build/figure-files";

export const GET: APIRoute = () => lossPngFile("en");
