// The compact troop chart in English as a PNG, the English embed's fallback image (filePaths.troopCompactPng.en).
import type { APIRoute } from "astro";
import { troopCompactPngFile } from "../../../build/figure-files";

export const GET: APIRoute = () => troopCompactPngFile("en");
