// The troop chart as a standalone SVG for download (filePaths.troopSvg; English: en/chart/north-korean-soldiers.svg).
import type { APIRoute } from "astro";
import { troopSvgFile } from "../../build/figure-files";

export const GET: APIRoute = () => troopSvgFile("de");
