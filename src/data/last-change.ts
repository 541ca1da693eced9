// A chapter's "zuletzt geändert": the newest edition that added what it cites or corrected its page.
import type { Chapter } from "./chapters";
import { germanChapterPath } from "./chapters";
import type { SiteData } from "./dataset";
import { sections } from "../lib/citations";
import { lastChangedEdition } from "../lib/editions";
import type { Edition } from "../lib/data/schema";

/** The edition that last changed the chapter, read from its MDX source and the data. */
export function chapterLastChange(chapter: Chapter, data: SiteData): Edition | undefined {
  const body = chapter.body ?? "";
  const parts = sections(body);
  // <DateOf id> names a claim or an event; the other tags claims and sources.
  const dated = [...body.matchAll(/<DateOf\b[^>]*?\bid="([^"]+)"/g)].map((m) => m[1]!);
  const ids = [...parts.flatMap((p) => [...p.shownClaims, ...p.listedClaims]), ...dated];
  const sources = [...chapter.data.sources.map((s) => s.id), ...parts.flatMap((p) => [...p.listedSources, ...p.inlineSources])];
  return lastChangedEdition({ path: germanChapterPath(chapter), ids, sources }, data);
}
