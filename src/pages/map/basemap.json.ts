// The map's basemap, made at build time from npm world-atlas (Natural Earth): cut to the region,
// simplified, rounded. A static file of the site; the interactive map fetches it when it starts.
import type { APIRoute } from "astro";
import { leafletBasemapFile } from "../../build/world";

export const GET: APIRoute = () =>
  new Response(JSON.stringify(leafletBasemapFile()), { headers: { "Content-Type": "application/json; charset=utf-8" } });
