// The troop chart in English as a PNG for download (filePaths.troopPng.en).
import type { APIRoute } from "astro";
import { troopPngFile } from "../../../build/figure-files";

export const GET: APIRoute = () => troopPngFile("en");
