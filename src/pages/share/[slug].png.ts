// One share image per page (1200×630 PNG), made at build time with sharp from an SVG card.
import type { APIRoute } from "astro";
import sharp from "sharp";
import { getChapters, chapterPath } from "../../data/chapters";
import { siteStand } from "../../data/stand";
import { dictionary } from "../../lib/i18n";
import { formatStand } from "../../lib/format";
import { shareCardSvg, shareImagePath } from "../../lib/share";
import { sharePages } from "../../data/share-pages";

export async function getStaticPaths() {
  const t = dictionary("de");
  const chapters = (await getChapters()).map((c) => ({ path: chapterPath(c), title: c.data.title, stand: c.data.stand }));
  const stand = await siteStand();
  const pages = [...chapters, ...sharePages(t).map((p) => ({ ...p, stand }))];
  return pages.map((p) => ({ params: { slug: shareImagePath(p.path).replace(/^share\/|\.png$/g, "") }, props: p }));
}

export const GET: APIRoute = async ({ props }) => {
  const t = dictionary("de");
  const { title, stand } = props as { title: string; stand: string };
  const svg = shareCardSvg(t.siteTitle, title, `${t.standLine} ${formatStand(stand)}`);
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
