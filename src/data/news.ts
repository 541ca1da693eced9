// The editions as the what's-new page and the Atom feed tell them: each item in words, with its link.
import { getSiteData } from "./dataset";
import { sourcePath } from "../lib/paths";
import { chapterPath, getChapters } from "./chapters";
import { absoluteUrl } from "./package";
import { editionChanges, editionInstant, xmlEscape, type EditionChanges, type FeedEntry } from "../lib/editions";
import { attributionText } from "../lib/claim-text";
import { formatDate, formatFigure, formatNumber, formatPublishedDay } from "../lib/format";
import { dictionary, fill } from "../lib/i18n";

/** One changed item: its text and its site-relative link (with fragment). */
export interface NewsItem {
  text: string;
  path: string;
}

/** One edition for readers: heading, summary, and the items of each kind. */
export interface NewsEdition {
  changes: EditionChanges;
  anchor: string;
  heading: string;
  groups: { heading: string; items: NewsItem[] }[];
}

/** The editions, newest first, with every change in words. */
export async function newsEditions(): Promise<NewsEdition[]> {
  const t = dictionary("de");
  const data = await getSiteData();
  const chapters = await getChapters();
  const actorOf = (id: string) => data.actors.find((a) => a.id === id)!;
  const pageLabel = (path: string) =>
    path === "./" ? t.home : path === "quellen/" ? t.sourcesAndMethod : (chapters.find((c) => chapterPath(c) === path)?.data.nav ?? path);
  return editionChanges(data).map((changes) => ({
    changes,
    anchor: `ausgabe-${changes.edition.id}`,
    heading: fill(t.news.edition, { title: changes.edition.title_de, date: formatDate(changes.edition.date) }),
    groups: [
      {
        heading: fill(t.news.newClaims, { n: formatNumber(changes.claims.length) }),
        items: changes.claims.map((c) => ({
          text: `${c.id}: ${formatFigure(c)} · ${t.measure[c.measure]} (${attributionText(c, actorOf(c.actor))})`,
          path: `daten/#angabe-${c.id}`,
        })),
      },
      {
        heading: fill(t.news.newSources, { n: formatNumber(changes.sources.length) }),
        items: changes.sources.map((s) => ({ text: `${s.outlet}, ${formatPublishedDay(s)}: „${s.title}“`, path: sourcePath(s.id) })),
      },
      {
        heading: fill(t.news.newEvents, { n: formatNumber(changes.events.length) }),
        items: changes.events.map((e) => ({
          text: `${formatDate(e.date, "de", e.date_precision)}: ${e.title_de}`,
          path: sourcePath(e.source),
        })),
      },
      {
        heading: fill(t.news.corrections, { n: formatNumber(changes.corrections.length) }),
        items: changes.corrections.map((k) => ({ text: `${pageLabel(k.page)}: ${k.right_de}`, path: `quellen/#korrektur-${k.id}` })),
      },
    ].filter((g) => g.items.length > 0),
  }));
}

/** The Atom entries: one per edition, its changes as an HTML list with absolute links. */
export async function feedEntries(site: URL | undefined, base: string): Promise<FeedEntry[]> {
  const t = dictionary("de");
  const at = (path: string) => absoluteUrl(site, base, path);
  return (await newsEditions()).map((n) => {
    const { edition, claims, sources, events, corrections } = n.changes;
    const counts = fill(t.news.counts, {
      claims: formatNumber(claims.length),
      sources: formatNumber(sources.length),
      events: formatNumber(events.length),
      corrections: formatNumber(corrections.length),
    });
    const html = [
      `<p>${xmlEscape(edition.summary_de)}</p>`,
      `<p>${xmlEscape(counts)}</p>`,
      ...n.groups.map(
        (g) =>
          `<h2>${xmlEscape(g.heading)}</h2><ul>${g.items.map((i) => `<li><a href="${xmlEscape(at(i.path))}">${xmlEscape(i.text)}</a></li>`).join("")}</ul>`,
      ),
    ].join("");
    return {
      id: at(`neu/#${n.anchor}`),
      title: n.heading,
      link: at(`neu/#${n.anchor}`),
      updated: editionInstant(edition.date),
      summary: `${edition.summary_de} ${counts}`,
      html,
    };
  });
}
