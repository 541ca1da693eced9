// hreflang alternates for the sitemap: each page with its twin in the other language. The sitemap
// integration's own i18n option pairs pages by identical paths, but our English pages have English slugs.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { SitemapItem } from "@astrojs/sitemap";
import { pathLang, twinPath, type ChapterTwin } from "../lib/routes";

/** Chapter twins from the English chapters' front matter (`de: <german-slug>`), read without Astro. */
export function chapterTwinsFromFiles(dir = "src/content/en/chapters"): ChapterTwin[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => {
      const de = /^de:\s*(\S+)\s*$/m.exec(readFileSync(join(dir, f), "utf8"))?.[1];
      if (!de) throw new Error(`${join(dir, f)}: front matter has no "de:" with the German twin's slug`);
      return { de, en: f.replace(/\.mdx$/, "") };
    });
}

/** A sitemap `serialize` hook that adds both languages as alternates (hreflang de / en, as the pages' own links) to every page that has a twin. */
export function withTwins(siteRoot: string, twins: ChapterTwin[] = chapterTwinsFromFiles()): (item: SitemapItem) => SitemapItem {
  return (item) => {
    const path = item.url.startsWith(siteRoot) ? item.url.slice(siteRoot.length) : undefined;
    const twin = path === undefined ? undefined : twinPath(path, twins);
    if (path === undefined || twin === undefined) return item;
    const lang = pathLang(path);
    const other = pathLang(twin);
    return {
      ...item,
      links: [
        { url: item.url, lang },
        { url: siteRoot + twin, lang: other },
      ],
    };
  };
}
