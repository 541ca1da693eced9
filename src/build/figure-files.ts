// The figures' download files (SVG and PNG of the charts, PNG of the map) in either language, made at
// build time from the same data and layout as the pages. The endpoints at filePaths (lib/routes.ts) are thin wrappers.
import sharp from "sharp";
import { getSiteData } from "../data/dataset";
import { downloadLossSvg, downloadSvg } from "../lib/chart/build";
import { dictionary, type Lang } from "../lib/i18n";
import { buildMapModel } from "../lib/map/model";
import { buildStaticMap, standaloneSvg } from "../lib/map/static-map";
import { basemap, STATIC_BASEMAP } from "./world";
import { rasterise } from "./raster";
import { cachedPng } from "./png-cache";

function svgResponse(svg: string): Response {
  return new Response(svg, { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
}

function pngResponse(png: Buffer): Response {
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
}

/** The troop chart as a standalone SVG file for download. */
export async function troopSvgFile(lang: Lang): Promise<Response> {
  return svgResponse(downloadSvg(await getSiteData(), lang));
}

/** The troop chart as a PNG for download: the standalone SVG rasterised by resvg with the bundled fonts at twice its size. */
export async function troopPngFile(lang: Lang): Promise<Response> {
  const svg = downloadSvg(await getSiteData(), lang);
  // A 256-colour palette keeps the file small; the chart has few colours.
  const png = await cachedPng([svg], () => sharp(rasterise(svg, 2)).png({ palette: true, compressionLevel: 9 }).toBuffer());
  return pngResponse(png);
}

/** The compact troop chart (default view) as a PNG: the fallback image of the embed. */
export async function troopCompactPngFile(lang: Lang): Promise<Response> {
  const svg = downloadSvg(await getSiteData(), lang, true);
  const png = await cachedPng([svg], () =>
    sharp(Buffer.from(svg), { density: 144 }).png({ palette: true, compressionLevel: 9 }).toBuffer(),
  );
  return pngResponse(png);
}

/** The losses figure as a standalone SVG file for download. */
export async function lossSvgFile(lang: Lang): Promise<Response> {
  return svgResponse(downloadLossSvg(await getSiteData(), lang));
}

/** The losses figure as a PNG for download: the standalone SVG rasterised by sharp at twice its size. */
export async function lossPngFile(lang: Lang): Promise<Response> {
  const svg = downloadLossSvg(await getSiteData(), lang);
  const png = await cachedPng([svg], () =>
    sharp(Buffer.from(svg), { density: 144 }).png({ palette: true, compressionLevel: 9 }).toBuffer(),
  );
  return pngResponse(png);
}

/** The standalone SVG of the static map: place names, title and credit in the language. */
export async function mapSvg(lang: Lang): Promise<string> {
  const t = dictionary(lang).map;
  const { places } = await getSiteData();
  const map = buildStaticMap(buildMapModel(places, lang), basemap(STATIC_BASEMAP));
  return standaloneSvg(map, t.title, `${t.attributionPrefix} ${t.attributionName}. ${t.creditDistances}`);
}

/** The map as a PNG, for newsletters and the embed code's <noscript> fallback, where no iframe or script can run. */
export async function mapPngFile(lang: Lang): Promise<Response> {
  const svg = await mapSvg(lang);
  const png = await cachedPng([svg], () => sharp(rasterise(svg)).png({ compressionLevel: 9, palette: true }).toBuffer());
  return pngResponse(png);
}
