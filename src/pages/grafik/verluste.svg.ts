// The losses figure as a standalone SVG file for download, made at build time from the same data and layout.
import type { APIRoute } from "astro";
import { getSiteData } from "../../data/dataset";
import { downloadLossSvg } from "../../lib/chart/build";

export const GET: APIRoute = async () => {
  const svg = downloadLossSvg(await getSiteData());
  return new Response(svg, { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
};
