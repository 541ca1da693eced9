// The losses figure as a PNG for download (filePaths.lossPng; English: en/chart/losses.png).
import type { APIRoute } from "astro";
import { lossPngFile } from "../../build/figure-files";

export const GET: APIRoute = () => lossPngFile("de");
