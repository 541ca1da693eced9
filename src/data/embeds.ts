// The embeddable figures in each language: where they live, what they are called, how tall they start.
import type { EmbedFigure, EmbedId } from "../lib/embed/figure";
import { dictionary, type Lang } from "../lib/i18n";
import { withBase } from "../lib/paths";
import { chapterPathOf, filePaths } from "../lib/routes";

export { embedTarget, oembedPath, type EmbedFigure, type EmbedId } from "../lib/embed/figure";

/** What differs between the figures but not between the languages. The chapters are named by their slug in each language (tests/unit/embed-figures.test.ts checks they are twins). */
const FIGURES = [
  {
    id: "chart",
    slug: { de: "chart", en: "chart" },
    messageId: "nk-troops-chart",
    chapter: { de: "wie-viele-soldaten", en: "how-many-soldiers" },
    image: filePaths.troopCompactPng,
    height: 460,
  },
  {
    id: "verluste",
    slug: { de: "verluste", en: "losses" },
    messageId: "nk-losses-chart",
    chapter: { de: "was-geschah-danach", en: "what-happened-next" },
    image: filePaths.lossPng,
    height: 640,
  },
  {
    id: "map",
    slug: { de: "map", en: "map" },
    messageId: "nk-troops-map",
    chapter: { de: "wo-sind-die-soldaten", en: "where-are-the-soldiers" },
    image: filePaths.mapPng,
    height: 980,
  },
] as const satisfies readonly {
  id: EmbedId;
  slug: Record<Lang, string>;
  messageId: string;
  chapter: Record<Lang, string>;
  image: Record<Lang, string>;
  height: number;
}[];

/** The site-relative path of a figure's embed page: embedPath("verluste", "en") is "en/embed/losses/". */
export function embedPath(id: EmbedId, lang: Lang): string {
  const figure = FIGURES.find((f) => f.id === id)!;
  return `${lang === "de" ? "" : "en/"}embed/${figure.slug[lang]}/`;
}

/** The figures outlets can embed, in one language, in the order the Einbetten page offers them. */
export function embedFigures(lang: Lang = "de"): EmbedFigure[] {
  const t = dictionary(lang).embedPage;
  return FIGURES.map((f) => ({
    id: f.id,
    lang,
    path: embedPath(f.id, lang),
    messageId: f.messageId,
    title: t.titles[f.id],
    alt: t.alts[f.id],
    page: chapterPathOf(f.chapter[lang], lang),
    image: f.image[lang],
    height: f.height,
  }));
}

/** One figure in one language. */
export function embedFigure(id: EmbedId, lang: Lang = "de"): EmbedFigure {
  return embedFigures(lang).find((f) => f.id === id)!;
}

/** The site's root URL (origin + base) as configured at build time (astro.config.mjs always sets `site`). */
export function configuredSiteRoot(site: URL | undefined, base: string): string {
  if (!site) throw new Error("configuredSiteRoot: astro.config.mjs sets no site");
  return new URL(withBase(base, ""), site).href;
}
