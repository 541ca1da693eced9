// The chapters in reading order, in each language, with their URLs: one place that knows the sequence.
import { getCollection, type CollectionEntry } from "astro:content";
import type { Lang } from "../lib/i18n";
import { dictionary } from "../lib/i18n";
import { chapterPathOf, pagePath, twinPath, type ChapterTwin, type PageKey } from "../lib/routes";

/** A chapter entry of either language's content collection. */
export type Chapter = CollectionEntry<"chapters"> | CollectionEntry<"enChapters">;

/** All chapters of a language sorted by their `order`. */
export async function getChapters(lang: Lang): Promise<Chapter[]> {
  const entries: Chapter[] = lang === "de" ? await getCollection("chapters") : await getCollection("enChapters");
  return entries.sort((a, b) => a.data.order - b.data.order);
}

/** Astro's static paths for the chapter pages of a language: the slug as `chapter`, the entry as prop. */
export async function chapterStaticPaths(lang: Lang): Promise<{ params: { chapter: string }; props: { chapter: Chapter } }[]> {
  return (await getChapters(lang)).map((chapter) => ({ params: { chapter: chapter.id }, props: { chapter } }));
}

/** The language a chapter is written in. */
export function chapterLang(chapter: Chapter): Lang {
  return chapter.collection === "enChapters" ? "en" : "de";
}

/** The site-relative path of a chapter page: "wie-viele-soldaten/", "en/how-many-soldiers/". */
export function chapterPath(chapter: Chapter): string {
  return chapterPathOf(chapter.id, chapterLang(chapter));
}

/** The path of the chapter's German twin, by which the corrections log names a page. */
export function germanChapterPath(chapter: Chapter): string {
  return chapter.collection === "enChapters" ? chapterPathOf(chapter.data.de, "de") : chapterPath(chapter);
}

/** Every chapter's slug in both languages, from the English front matter's `de:`. */
export async function chapterTwins(): Promise<ChapterTwin[]> {
  return (await getCollection("enChapters")).map((c) => ({ de: c.data.de, en: c.id }));
}

/**
 * What readers call a page that the corrections log names by its German path ("./", "quellen/",
 * "wie-viele-soldaten/"): the start page, the sources page or a chapter's short title, in the language.
 */
export async function pageLabel(germanPath: string, lang: Lang): Promise<{ label: string; path: string }> {
  const t = dictionary(lang);
  const twins = await chapterTwins();
  const de = germanPath === "./" ? "" : germanPath;
  const path = lang === "de" ? de : (twinPath(de, twins) ?? de);
  const pages: [PageKey, string][] = [
    // "Startseite", not the menu's bare "Start": a link text must say where it leads.
    ["home", t.sourcesPage.homePage],
    ["sources", t.sourcesAndMethod],
    ["data", t.dataPage.title],
    ["news", t.news.title],
    ["chart", t.figurePages.chartTitle],
    ["map", t.figurePages.mapTitle],
  ];
  const page = pages.find(([key]) => pagePath(key, "de") === de);
  if (page) return { label: page[1], path };
  const chapter = (await getChapters(lang)).find((c) => chapterPath(c) === path);
  return { label: chapter?.data.nav ?? path, path };
}
