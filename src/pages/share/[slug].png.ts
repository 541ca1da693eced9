// One share image per page (1200×630 PNG), rasterised at build time by resvg with the bundled fonts (sharp composes and quantises).
import type { APIRoute } from "astro";
import sharp from "sharp";
import { getChapters, chapterPath } from "../../data/chapters";
import { siteStand } from "../../data/stand";
import { dictionary } from "../../lib/i18n";
import { formatStand } from "../../lib/format";
import { SHARE_FIGURE_BOX, shareCardSvg, shareImagePath } from "../../lib/share";
import { downloadSvg } from "../../lib/chart/build";
import { getSiteData } from "../../data/dataset";
import { sharePages } from "../../data/share-pages";
import { rasterise } from "../../build/raster";

export async function getStaticPaths() {
  const t = dictionary("de");
  // Pages that show the chart get it on their share card too.
  const chapters = (await getChapters()).map((c) => ({
    path: chapterPath(c),
    title: c.data.title,
    stand: c.data.stand,
    chart: Boolean(c.body?.includes("<TroopChart")),
  }));
  const stand = await siteStand();
  const pages = [...chapters, ...sharePages(t).map((p) => ({ ...p, stand }))];
  return pages.map((p) => ({ params: { slug: shareImagePath(p.path).replace(/^share\/|\.png$/g, "") }, props: p }));
}

export const GET: APIRoute = async ({ props }) => {
  const t = dictionary("de");
  const { title, stand, chart } = props as { title: string; stand: string; chart?: boolean };
  const svg = shareCardSvg(t.siteTitle, title, `${t.standLine} ${formatStand(stand)}`, chart);
  let card = sharp(rasterise(svg));
  if (chart) {
    const box = SHARE_FIGURE_BOX;
    const figure = await sharp(rasterise(downloadSvg(await getSiteData()), 2))
      .resize({ width: box.width, height: box.height, fit: "contain", background: "#ffffff" })
      .png()
      .toBuffer();
    card = sharp(await card.png().toBuffer()).composite([{ input: figure, left: box.left, top: box.top }]);
  }
  const png = await card.png({ compressionLevel: 9, palette: true }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
