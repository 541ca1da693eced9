// The troop chart as a PNG for download (filePaths.troopPng; English: en/chart/north-korean-soldiers.png).
import type { APIRoute } from "astro";
import { troopPngFile } from "../../build/figure-files";

export const GET: APIRoute = () => troopPngFile("de");
