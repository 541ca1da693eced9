// The compact troop chart (default view) as a PNG: the fallback image of the embed.
import type { APIRoute } from "astro";
import sharp from "sharp";
import { getSiteData } from "../../data/dataset";
import { downloadSvg } from "../../lib/chart/build";

export const GET: APIRoute = async () => {
  const png = await sharp(Buffer.from(downloadSvg(await getSiteData(), "de", true)), { density: 144 })
    .png({ palette: true, compressionLevel: 9 })
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
