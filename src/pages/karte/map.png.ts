// The map as a PNG (karte/map.png), made at build time from the static map: for newsletters and the
// embed code's <noscript> fallback, where no iframe or script can run.
import type { APIRoute } from "astro";
import sharp from "sharp";
import { getSiteData } from "../../data/dataset";
import { dictionary } from "../../lib/i18n";
import { buildMapModel } from "../../lib/map/model";
import { buildStaticMap, standaloneSvg } from "../../lib/map/static-map";
import { basemap, STATIC_BASEMAP } from "../../build/world";
import { rasterise } from "../../build/raster";

export const GET: APIRoute = async () => {
  const t = dictionary("de").map;
  const { places } = await getSiteData();
  const map = buildStaticMap(buildMapModel(places), basemap(STATIC_BASEMAP));
  const svg = standaloneSvg(map, t.title, `${t.attributionPrefix} ${t.attributionName}. ${t.creditDistances}`);
  const png = await sharp(rasterise(svg)).png({ compressionLevel: 9, palette: true }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
