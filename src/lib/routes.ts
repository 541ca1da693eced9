/**
 * The site's addresses in both languages: German at the root, English under en/. One table, so the
 * language switch, hreflang links, the sitemap and every link agree on where a page's twin lives.
 */
import type { Lang } from "./i18n";

/** The pages besides chapters, by role, with their site-relative path in each language. */
export const pagePaths = {
  home: { de: "", en: "en/" },
  sources: { de: "quellen/", en: "en/sources/" },
  data: { de: "daten/", en: "en/data/" },
  news: { de: "neu/", en: "en/whats-new/" },
  feed: { de: "neu/feed.xml", en: "en/whats-new/feed.xml" },
  chart: { de: "grafik/", en: "en/chart/" },
  map: { de: "karte/", en: "en/map/" },
  embedTool: { de: "einbetten/", en: "en/embed/" },
  notFound: { de: "404.html", en: "en/404/" },
} as const satisfies Record<string, Record<Lang, string>>;

/** The figures' files (downloads, embed fallbacks, share cards) in each language. */
export const filePaths = {
  troopSvg: { de: "grafik/nordkorea-soldaten.svg", en: "en/chart/north-korean-soldiers.svg" },
  troopPng: { de: "grafik/nordkorea-soldaten.png", en: "en/chart/north-korean-soldiers.png" },
  troopCompactPng: { de: "grafik/nordkorea-soldaten-kompakt.png", en: "en/chart/north-korean-soldiers-compact.png" },
  lossSvg: { de: "grafik/verluste.svg", en: "en/chart/losses.svg" },
  lossPng: { de: "grafik/verluste.png", en: "en/chart/losses.png" },
  mapPng: { de: "karte/map.png", en: "en/map/map.png" },
} as const satisfies Record<string, Record<Lang, string>>;

/** A page role of `pagePaths`. */
export type PageKey = keyof typeof pagePaths;

/** The site-relative path of a page in a language: pagePath("sources", "en") is "en/sources/". */
export function pagePath(key: PageKey, lang: Lang): string {
  return pagePaths[key][lang];
}

/** The language of a site-relative path: everything under en/ is English, the rest German. */
export function pathLang(path: string): Lang {
  return /^\/?en(\/|$)/.test(path) ? "en" : "de";
}

/** A chapter's slug in both languages (the English file names its German twin in `de:`). */
export interface ChapterTwin {
  de: string;
  en: string;
}

/** The site-relative path of a chapter: "wie-viele-soldaten/", "en/how-many-soldiers/". */
export function chapterPathOf(slug: string, lang: Lang): string {
  return lang === "de" ? `${slug}/` : `en/${slug}/`;
}

/**
 * The same page in the other language, or undefined if it has none. Works for the pages in
 * `pagePaths` and for chapters; a fragment (#quelle-nis) carries over, since anchors are the same in both.
 */
export function twinPath(path: string, chapters: readonly ChapterTwin[]): string | undefined {
  const [page = "", hash] = path.split("#");
  const from = pathLang(page);
  const to: Lang = from === "de" ? "en" : "de";
  const withHash = (p: string) => (hash === undefined ? p : `${p}#${hash}`);
  for (const paths of Object.values(pagePaths)) if (paths[from] === page) return withHash(paths[to]);
  for (const twin of chapters) if (chapterPathOf(twin[from], from) === page) return withHash(chapterPathOf(twin[to], to));
  return undefined;
}
