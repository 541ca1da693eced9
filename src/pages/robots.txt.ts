// robots.txt: everything may be indexed but the embeds; points to the sitemap under the base path.
import type { APIRoute } from "astro";
import { withBase } from "../lib/paths";

export const GET: APIRoute = ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const sitemap = new URL(withBase(base, "sitemap-index.xml"), site).href;
  const body = `User-agent: *\nDisallow: ${withBase(base, "embed/")}\n\nSitemap: ${sitemap}\n`;
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
};
