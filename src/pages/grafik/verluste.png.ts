// The losses figure as a PNG for download: the standalone SVG rasterised by sharp at twice its size.
import type { APIRoute } from "astro";
import sharp from "sharp";
import { getSiteData } from "../../data/dataset";
import { downloadLossSvg } from "../../lib/chart/build";

export const GET: APIRoute = async () => {
  // A 256-colour palette keeps the file small; the chart has few colours.
  const png = await sharp(Buffer.from(downloadLossSvg(await getSiteData())), { density: 144 })
    .png({ palette: true, compressionLevel: 9 })
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
