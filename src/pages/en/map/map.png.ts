// The map in English as a PNG for newsletters and the English embed's <noscript> fallback (filePaths.mapPng.en).
import type { APIRoute } from "astro";
import { mapPngFile } from "../../../build/figure-files";

export const GET: APIRoute = () => mapPngFile("en");
