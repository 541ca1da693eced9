// The editions as the what's-new page and the Atom feed tell them, in either language: each item in words,
// with its link.
import { getSiteData } from "./dataset";
import { sourcePath } from "../lib/paths";
import { pagePath } from "../lib/routes";
import { pageLabel } from "./chapters";
import { absoluteUrl } from "./package";
import { atomFeed, editionChanges, editionInstant, type EditionChanges, type FeedEntry } from "../lib/editions";
import { escapeXml } from "../lib/escape";
import { attributionText } from "../lib/claim-text";
import { formatDate, formatFigure, formatNumber, formatPublishedDay } from "../lib/format";
import { dictionary, fill, localized, type Lang } from "../lib/i18n";

/** One changed item: its text, a quotation in another language after it if any, and its site-relative link (with fragment). */
export interface NewsItem {
  text: string;
  /** A source's title, in its own language: shown after `text` in the page language's quotation marks. */
  quote?: { text: string; lang: string };
  path: string;
}

/** One edition for readers: heading, summary, and the items of each kind. */
export interface NewsEdition {
  changes: EditionChanges;
  anchor: string;
  heading: string;
  title: string;
  summary: string;
  groups: { heading: string; items: NewsItem[] }[];
}

/** The editions, newest first, with every change in words of the language. */
export async function newsEditions(lang: Lang): Promise<NewsEdition[]> {
  const t = dictionary(lang);
  const data = await getSiteData();
  const actorOf = (id: string) => data.actors.find((a) => a.id === id)!;
  const pages = new Map(
    await Promise.all([...new Set(data.corrections.map((k) => k.page))].map(async (page) => [page, await pageLabel(page, lang)] as const)),
  );
  const sourcesPage = pagePath("sources", lang);
  const dataPage = pagePath("data", lang);
  return editionChanges(data).map((changes) => ({
    changes,
    anchor: `ausgabe-${changes.edition.id}`,
    heading: fill(t.news.edition, { title: localized(changes.edition, "title", lang), date: formatDate(changes.edition.date, lang) }),
    title: localized(changes.edition, "title", lang),
    summary: localized(changes.edition, "summary", lang),
    groups: [
      {
        heading: fill(t.news.newClaims, { n: formatNumber(changes.claims.length, lang) }),
        items: changes.claims.map((c) => ({
          text: `${c.id}: ${formatFigure(c, lang)} · ${t.measure[c.measure]} (${attributionText(c, actorOf(c.actor), "short", lang)})`,
          path: `${dataPage}#angabe-${c.id}`,
        })),
      },
      {
        heading: fill(t.news.newSources, { n: formatNumber(changes.sources.length, lang) }),
        items: changes.sources.map((s) => ({
          text: `${s.outlet}, ${formatPublishedDay(s, lang)}: `,
          quote: { text: s.title, lang: s.language },
          path: sourcePath(s.id, lang),
        })),
      },
      {
        heading: fill(t.news.newEvents, { n: formatNumber(changes.events.length, lang) }),
        items: changes.events.map((e) => ({
          text: `${formatDate(e.date, lang, e.date_precision)}: ${localized(e, "title", lang)}`,
          path: sourcePath(e.source, lang),
        })),
      },
      {
        heading: fill(t.news.corrections, { n: formatNumber(changes.corrections.length, lang) }),
        items: changes.corrections.map((k) => ({
          text: `${pages.get(k.page)!.label}: ${localized(k, "right", lang)}`,
          path: `${sourcesPage}#korrektur-${k.id}`,
        })),
      },
    ].filter((g) => g.items.length > 0),
  }));
}

/** An item as HTML for the feed: its text, the quotation with its lang attribute, all escaped. */
function itemHtml(item: NewsItem, lang: Lang): string {
  if (!item.quote) return escapeXml(item.text);
  const [open = "", close = ""] = dictionary(lang).quote.split("{text}");
  return `${escapeXml(item.text)}${open}<span lang="${escapeXml(item.quote.lang)}">${escapeXml(item.quote.text)}</span>${close}`;
}

/** The Atom entries of a language: one per edition, its changes as an HTML list with absolute links. */
export async function feedEntries(site: URL | undefined, base: string, lang: Lang): Promise<FeedEntry[]> {
  const t = dictionary(lang);
  const at = (path: string) => absoluteUrl(site, base, path);
  return (await newsEditions(lang)).map((n) => {
    const { edition, claims, sources, events, corrections } = n.changes;
    const counts = fill(t.news.counts, {
      claims: formatNumber(claims.length, lang),
      sources: formatNumber(sources.length, lang),
      events: formatNumber(events.length, lang),
      corrections: formatNumber(corrections.length, lang),
    });
    const html = [
      `<p>${escapeXml(n.summary)}</p>`,
      `<p>${escapeXml(counts)}</p>`,
      ...n.groups.map(
        (g) =>
          `<h2>${escapeXml(g.heading)}</h2><ul>${g.items.map((i) => `<li><a href="${escapeXml(at(i.path))}">${itemHtml(i, lang)}</a></li>`).join("")}</ul>`,
      ),
    ].join("");
    const link = at(`${pagePath("news", lang)}#${n.anchor}`);
    return {
      id: link,
      title: n.heading,
      link,
      updated: editionInstant(edition.date),
      summary: `${n.summary} ${counts}`,
      html,
    };
  });
}

/** The Atom feed document of a language (neu/feed.xml, en/whats-new/feed.xml). */
export async function newsFeed(site: URL | undefined, base: string, lang: Lang): Promise<string> {
  const t = dictionary(lang);
  const self = absoluteUrl(site, base, pagePath("feed", lang));
  return atomFeed({
    id: self,
    lang,
    title: t.news.feedTitle,
    subtitle: t.news.description,
    self,
    alternate: absoluteUrl(site, base, pagePath("news", lang)),
    author: t.publisher,
    rights: t.dataLicence,
    entries: await feedEntries(site, base, lang),
  });
}
