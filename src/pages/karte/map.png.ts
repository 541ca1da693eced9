// The map as a PNG for newsletters and the embed's <noscript> fallback (filePaths.mapPng; English: en/map/map.png).
import type { APIRoute } from "astro";
import { mapPngFile } from "../../build/figure-files";

export const GET: APIRoute = () => mapPngFile("de");
