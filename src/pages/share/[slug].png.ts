// One share image per page and language (1200×630 PNG), rasterised at build time by resvg with the bundled
// fonts (sharp composes and quantises). An English page's card is in English, named after its path
// (en/how-many-soldiers/ → share/en-how-many-soldiers.png, lib/share.ts).
import type { APIRoute } from "astro";
import sharp from "sharp";
import { getChapters, chapterPath } from "../../data/chapters";
import { siteStand } from "../../data/stand";
import { dictionary, languages, type Lang } from "../../lib/i18n";
import { formatStand } from "../../lib/format";
import { SHARE_FIGURE_BOX, shareCardSvg, shareImagePath } from "../../lib/share";
import { downloadSvg } from "../../lib/chart/build";
import { getSiteData } from "../../data/dataset";
import { sharePages } from "../../data/share-pages";
import { rasterise } from "../../build/raster";
import { cachedPng } from "../../build/png-cache";

interface Card {
  lang: Lang;
  title: string;
  stand: string;
  chart?: boolean | undefined;
}

async function cards(lang: Lang): Promise<(Card & { path: string })[]> {
  // A chapter that shows the chart says so in its front matter (card: chart); its share card shows it too.
  const chapters = (await getChapters(lang)).map((c) => ({
    lang,
    path: chapterPath(c),
    title: c.data.title,
    stand: c.data.stand,
    chart: c.data.card === "chart",
  }));
  const stand = await siteStand();
  return [...chapters, ...sharePages(lang).map((p) => ({ ...p, lang, stand }))];
}

export async function getStaticPaths() {
  const pages = (await Promise.all(languages.map(cards))).flat();
  return pages.map(({ path, ...card }) => ({ params: { slug: shareImagePath(path).replace(/^share\/|\.png$/g, "") }, props: card }));
}

export const GET: APIRoute = async ({ props }) => {
  const { lang, title, stand, chart } = props as Card;
  const t = dictionary(lang);
  const svg = shareCardSvg(t.siteTitle, title, `${t.standLine} ${formatStand(stand, lang)}`, chart);
  const figureSvg = chart ? downloadSvg(await getSiteData(), lang) : null;
  const png = await cachedPng([svg, figureSvg, SHARE_FIGURE_BOX], async () => {
    let card = sharp(rasterise(svg));
    if (figureSvg) {
      const box = SHARE_FIGURE_BOX;
      const figure = await sharp(rasterise(figureSvg, 2))
        .resize({ width: box.width, height: box.height, fit: "contain", background: "#ffffff" })
        .png()
        .toBuffer();
      card = sharp(await card.png().toBuffer()).composite([{ input: figure, left: box.left, top: box.top }]);
    }
    return card.png({ compressionLevel: 9, palette: true }).toBuffer();
  });
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
