// robots.txt: everything may be indexed but the embeds (embed/ and each English figure's en/embed/<figure>/,
// not the English Einbetten page en/embed/ itself); points to the sitemap under the base path.
import type { APIRoute } from "astro";
import { embedFigures } from "../data/embeds";
import { withBase } from "../lib/paths";

export const GET: APIRoute = ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const sitemap = new URL(withBase(base, "sitemap-index.xml"), site).href;
  const disallow = [withBase(base, "embed/"), ...embedFigures("en").map((f) => withBase(base, f.path))];
  const body = `User-agent: *\n${disallow.map((path) => `Disallow: ${path}\n`).join("")}\nSitemap: ${sitemap}\n`;
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
};
