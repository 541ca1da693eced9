// The compact troop chart as a PNG, the embed's fallback image (filePaths.troopCompactPng).
import type { APIRoute } from "astro";
import { troopCompactPngFile } from "../../build/figure-files";

export const GET: APIRoute = () => troopCompactPngFile("de");
