// The chart as a PNG for download: the standalone SVG rasterised by resvg with the bundled fonts at twice its size.
import type { APIRoute } from "astro";
import sharp from "sharp";
import { getSiteData } from "../../data/dataset";
import { downloadSvg } from "../../lib/chart/build";
import { rasterise } from "../../build/raster";

export const GET: APIRoute = async () => {
  // A 256-colour palette keeps the file small; the chart has few colours.
  const png = await sharp(rasterise(downloadSvg(await getSiteData()), 2))
    .png({ palette: true, compressionLevel: 9 })
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
