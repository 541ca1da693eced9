// The troop chart in English as a standalone SVG for download (filePaths.troopSvg.en).
import type { APIRoute } from "astro";
import { troopSvgFile } from "../../../build/figure-files";

export const GET: APIRoute = () => troopSvgFile("en");
