/**
 * What each edition changed, from the data alone: the claims, sources and events whose `added` names it,
 * and the corrections published with it. Feeds the what's-new page, the Atom feed and each chapter's
 * "zuletzt geändert".
 */
import type { Claim, Correction, DatedEvent, Edition, Source } from "./data/schema";
import type { Lang } from "./i18n";
import { escapeXml } from "./escape";
import { berlinOffset } from "./stand";

/** One edition with what it brought. */
export interface EditionChanges {
  edition: Edition;
  claims: Claim[];
  sources: Source[];
  events: DatedEvent[];
  corrections: Correction[];
}

/** The data the editions are read from. */
export interface EditionData {
  editions: readonly Edition[];
  claims: readonly Claim[];
  sources: readonly Source[];
  events: readonly DatedEvent[];
  corrections: readonly Correction[];
}

/** Every edition with its changes, newest first. */
export function editionChanges(data: EditionData): EditionChanges[] {
  return [...data.editions]
    .sort((a, b) => b.date.localeCompare(a.date))
    .map((edition) => ({
      edition,
      claims: data.claims.filter((c) => c.added === edition.date),
      sources: data.sources.filter((s) => s.added === edition.date),
      events: data.events.filter((e) => e.added === edition.date),
      corrections: data.corrections.filter((k) => k.date === edition.date),
    }));
}

/** What a chapter rests on: the page path, the claim or event ids it shows or dates, the source ids it lists. */
export interface ChapterCitations {
  path: string;
  ids: readonly string[];
  sources: readonly string[];
}

/**
 * The newest edition that changed what a chapter tells: it added a claim, event or source the chapter
 * cites, or published a correction of the chapter's page. Undefined if none did.
 */
export function lastChangedEdition(chapter: ChapterCitations, data: EditionData): Edition | undefined {
  const ids = new Set(chapter.ids);
  const sourceIds = new Set(chapter.sources);
  const days = [
    ...data.claims.filter((c) => ids.has(c.id)).map((c) => c.added),
    ...data.events.filter((e) => ids.has(e.id)).map((e) => e.added),
    ...data.sources.filter((s) => sourceIds.has(s.id)).map((s) => s.added),
    ...data.corrections.filter((k) => k.page === chapter.path).map((k) => k.date),
  ];
  const newest = days.sort().at(-1);
  return newest === undefined ? undefined : data.editions.find((e) => e.date === newest);
}

/** An edition's day as an RFC 3339 date-time: midnight in Berlin, with that day's offset. */
export function editionInstant(day: string): string {
  return `${day}T00:00:00${berlinOffset(new Date(`${day}T12:00:00Z`))}`;
}

/** One Atom entry, already in words and absolute links. */
export interface FeedEntry {
  id: string;
  title: string;
  link: string;
  updated: string;
  summary: string;
  /** HTML of the entry's content (escaped into the feed). */
  html: string;
}

/** An Atom 1.0 feed document (RFC 4287) in a language (xml:lang). */
export function atomFeed(feed: {
  id: string;
  lang: Lang;
  title: string;
  subtitle: string;
  self: string;
  alternate: string;
  author: string;
  rights: string;
  entries: FeedEntry[];
}): string {
  const updated = feed.entries.map((e) => e.updated).sort((a, b) => Date.parse(b) - Date.parse(a))[0] ?? "1970-01-01T00:00:00Z";
  const entries = feed.entries
    .map(
      (e) => `  <entry>
    <id>${escapeXml(e.id)}</id>
    <title>${escapeXml(e.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>
    <updated>${e.updated}</updated>
    <published>${e.updated}</published>
    <summary>${escapeXml(e.summary)}</summary>
    <content type="html">${escapeXml(e.html)}</content>
  </entry>
`,
    )
    .join("");
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.lang}">
  <id>${escapeXml(feed.id)}</id>
  <title>${escapeXml(feed.title)}</title>
  <subtitle>${escapeXml(feed.subtitle)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternate)}"/>
  <updated>${updated}</updated>
  <author><name>${escapeXml(feed.author)}</name></author>
  <rights>${escapeXml(feed.rights)}</rights>
${entries}</feed>
`;
}
