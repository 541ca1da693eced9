/** The words around the figures, made from the data: headlines, subtitles, descriptions, table rows, caption, source line, Stand. */
import type { Actor, Claim, DatasetRows } from "../data/schema";
import { formatDate, formatFigure, formatPublishedDay } from "../format";
import { dictionary, fill, localized, type Lang } from "../i18n";
import { COLOUR_GROUPS, LOSS_SECTIONS, type ColourGroup, type PlaceId } from "./config";
import { drawnPlace, notDrawnBecause, type ChartModel } from "./model";
import { pickAnnotations, topOf } from "./annotate";
import { latestPerActor } from "./dotplot";
import { datasetCounts, isTotalFigure } from "../count";
import { latestInstant, latestMoment } from "../stand";

/** The dataset parts the texts read. */
export type DescribeData = Pick<DatasetRows, "claims" | "actors" | "sources" | "events">;

const dateOf = (c: Claim, lang: Lang) => formatDate(c.claim_date, lang, c.date_precision);
/** An actor's short label or full name in the language, or the bare id if the actor is unknown. */
const labelOf = (id: string, actors: Map<string, Actor>, field: "short" | "name", lang: Lang) => {
  const actor = actors.get(id);
  return actor ? localized(actor, field, lang) : id;
};
const shortOf = (id: string, actors: Map<string, Actor>, lang: Lang) => labelOf(id, actors, "short", lang);
const who = (c: Claim, actors: Map<string, Actor>, lang: Lang) => shortOf(c.actor, actors, lang);
const byDate = (a: Claim, b: Claim) => a.claim_date.localeCompare(b.claim_date);

/**
 * The default view's totals, by date: original total figures for soldiers sent or in Russia (never a repeat,
 * an addition or a subset).
 */
function mainTotals(data: DescribeData): Claim[] {
  return data.claims.filter((c) => drawnPlace(c) === "main" && isTotalFigure(c)).sort(byDate);
}

/** The first and the highest total of the default view (on a tie for highest: the latest to name it). */
export function trend(data: DescribeData): { first: Claim; top: Claim } | undefined {
  const totals = mainTotals(data);
  const first = totals[0];
  const top = totals.reduce<Claim | undefined>((best, c) => (best === undefined || topOf(c) >= topOf(best) ? c : best), undefined);
  if (!first || !top || first === top) return undefined;
  return { first, top };
}

/** The troop chart's headline: the finding, e.g. "Schätzungen: von 1.500 auf rund 15.000 Soldaten". */
export function headline(data: DescribeData, lang: Lang): string {
  const t = dictionary(lang).chart;
  const tr = trend(data);
  return tr ? fill(t.headline, { first: formatFigure(tr.first, lang), top: formatFigure(tr.top, lang) }) : t.headlineFallback;
}

/** The one-sentence takeaway (alt texts, description): from the first to the highest total, with who and when. */
export function takeaway(data: DescribeData, lang: Lang): string {
  const t = dictionary(lang).chart;
  const actors = new Map(data.actors.map((a) => [a.id, a]));
  const tr = trend(data);
  if (!tr) return t.takeawayFallback;
  return fill(t.takeaway, {
    first: formatFigure(tr.first, lang),
    firstWho: who(tr.first, actors, lang),
    firstDate: dateOf(tr.first, lang),
    top: formatFigure(tr.top, lang),
    topWho: who(tr.top, actors, lang),
    topDate: dateOf(tr.top, lang),
  });
}

/** The colour key as coloured words after `lead`: only groups of `items` are named, media and anonymous sources last, "grau". */
function colourWords(lead: string, groupsPresent: ColourGroup[], lang: Lang): { text: string; group?: ColourGroup }[] {
  const t = dictionary(lang).chart;
  const groups = COLOUR_GROUPS.filter((g) => groupsPresent.includes(g));
  const named = groups.filter((g) => g !== "media");
  const parts: { text: string; group?: ColourGroup }[] = [{ text: `${lead} ` }];
  named.forEach((g, i) => {
    parts.push({ text: t.groups[g], group: g });
    parts.push({ text: i < named.length - 1 ? ", " : groups.includes("media") ? "; " : "." });
  });
  if (groups.includes("media")) parts.push({ text: t.groups.media, group: "media" }, { text: ` ${t.greySuffix}.` });
  return parts;
}

/** The subtitle as parts; a part with a group is a coloured word of the key. Only groups that occur are named. */
export function subtitleParts(model: ChartModel, lang: Lang, compact = false): { text: string; group?: ColourGroup }[] {
  const t = dictionary(lang).chart;
  return colourWords(
    compact ? t.subtitleCompact : t.subtitle,
    model.actors.map((a) => a.group),
    lang,
  );
}

/** The losses figure's headline, from the latest total of killed (never a repeat, an addition or a subset). */
export function lossHeadline(data: DescribeData, lang: Lang): string {
  const t = dictionary(lang).chart.losses;
  const killed = data.claims.filter((c) => drawnPlace(c) === "killed" && isTotalFigure(c)).sort(byDate);
  const last = killed[killed.length - 1];
  return last ? fill(t.headline, { figure: formatFigure(last, lang) }) : t.headlineFallback;
}

/** The losses subtitle: which latest figure is the highest, by whom and when, then the colour words of the groups it shows. */
export function lossSubtitle(model: ChartModel, lang: Lang): { text: string; group?: ColourGroup }[] {
  const t = dictionary(lang).chart.losses;
  const latest = LOSS_SECTIONS.flatMap((s) => latestPerActor(model.items.filter((i) => i.place === s.id)));
  const top = latest.reduce<(typeof latest)[number] | undefined>(
    (b, i) => (b === undefined || topOf(i.claim) > topOf(b.claim) ? i : b),
    undefined,
  );
  if (!top) return [];
  const lead = fill(t.subtitle, {
    who: model.actors.find((a) => a.id === top.claim.actor)?.short ?? top.claim.actor,
    date: dateOf(top.claim, lang),
  });
  return colourWords(
    lead,
    latest.map((i) => i.group),
    lang,
  );
}

/** Counts of where the claims are: the caption's numbers, the same as the table's last column. */
export function placeCounts(
  model: ChartModel,
  data: { claims: Claim[] },
): { rows: number; main: number; panels: number; lane: number; losses: number; table: number } {
  const count = (p: (place: ChartModel["items"][number]["place"]) => boolean) => model.items.filter((i) => p(i.place)).length;
  return {
    rows: data.claims.length,
    main: count((p) => p === "main"),
    panels: count((p) => p === "front" || p === "planned"),
    lane: count((p) => p === "lane"),
    losses: count((p) => p === "killed" || p === "casualties" || p === "wounded"),
    table: model.tableOnly.length,
  };
}

/** The full version's caption: "99 Angaben: 13 im Hauptbild, …" — every row has exactly one place. */
export function caption(model: ChartModel, data: { claims: Claim[] }, lang: Lang): string {
  const c = placeCounts(model, data);
  return fill(dictionary(lang).chart.caption, Object.fromEntries(Object.entries(c).map(([k, v]) => [k, String(v)])));
}

/** The short text alternative of the default view. */
export function shortDescription(model: ChartModel, lang: Lang): string {
  const t = dictionary(lang).chart;
  const main = model.items.filter((i) => i.place === "main");
  const dates = main.map((i) => i.claim.claim_date).sort();
  // Without a drawn total there is no span to name (formatDate would throw on a missing day).
  if (!dates.length) return t.shortNone;
  return fill(t.short, {
    n: String(main.length),
    actors: String(new Set(main.map((i) => i.claim.actor)).size),
    from: formatDate(dates[0]!, lang),
    to: formatDate(dates[dates.length - 1]!, lang),
  });
}

/** The short text alternative of the small panels. */
export function shortMore(model: ChartModel, lang: Lang): string {
  const n = (p: string) => String(model.items.filter((i) => i.place === p).length);
  return fill(dictionary(lang).chart.shortMore, { lane: n("lane"), front: n("front"), planned: n("planned") });
}

/** The long description, as paragraphs: encoding, the annotation rule and what it picked, per panel first/highest/latest, lane, status, events. */
export function longDescription(model: ChartModel, data: DescribeData, lang: Lang): string[] {
  const d = dictionary(lang);
  const t = d.chart;
  const actors = new Map(data.actors.map((a) => [a.id, a]));
  const groups = COLOUR_GROUPS.filter((g) => model.actors.some((a) => a.group === g)).map((g) => t.groups[g]);
  const out: string[] = [fill(t.long.axes, { groups: groups.join("; ") })];
  const when = (c: Claim) =>
    fill(t.long.when[c.date_precision], { date: formatDate(c.claim_date, lang, c.date_precision === "month" ? "month" : "day") });
  const say = (template: string, c: Claim) =>
    fill(template, { who: who(c, actors, lang), when: when(c), figure: formatFigure(c, lang), measure: d.measure[c.measure] });
  const picks = pickAnnotations(model.items.filter((i) => i.place === "main"));
  out.push(
    fill(t.long.annotations, {
      list: picks.map((i) => `${formatFigure(i.claim, lang)} (${who(i.claim, actors, lang)}, ${dateOf(i.claim, lang)})`).join("; "),
    }),
  );
  for (const place of ["main", "front", "planned", "killed", "casualties", "wounded"] as const) {
    const items = model.items.filter((i) => i.place === place).map((i) => i.claim);
    if (items.length === 0) continue;
    // The model draws only totals, so first, highest and latest can never be a repeat, an addition or a subset.
    const totals = items.filter(isTotalFigure).sort(byDate);
    const sentences = [fill(t.long.panel, { title: t.placeNames[place], n: String(items.length) })];
    const first = totals[0];
    if (first) {
      const highest = totals.reduce((b, c) => (topOf(c) > topOf(b) ? c : b));
      const last = totals[totals.length - 1]!;
      sentences.push(say(t.long.first, first), say(t.long.top, highest));
      if (last !== highest && last !== first) sentences.push(say(t.long.last, last));
    }
    const counts = new Map<string, number>();
    for (const c of items) counts.set(c.actor, (counts.get(c.actor) ?? 0) + 1);
    const [mostId, most] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a));
    sentences.push(fill(t.long.mostActive, { who: shortOf(mostId, actors, lang), n: String(most) }));
    out.push(sentences.join(" "));
  }
  const lane = model.items.filter((i) => i.place === "lane").length;
  if (lane) out.push(fill(t.long.lane, { n: String(lane) }));
  const status = { claim: 0, corroborated: 0, acknowledged: 0 };
  for (const i of model.items) status[i.claim.status]++;
  out.push(
    fill(t.long.status, {
      claim: String(status.claim),
      corroborated: String(status.corroborated),
      acknowledged: String(status.acknowledged),
    }),
  );
  if (model.events.length)
    out.push(
      fill(t.long.events, { list: model.events.map((e) => `${e.label} (${formatDate(e.date, lang, e.date_precision)})`).join(", ") }),
    );
  if (model.tableOnly.length) out.push(fill(t.long.tableOnly, { n: String(model.tableOnly.length) }));
  return out;
}

/** One row of the data table: the same claim as a mark, in words. */
export interface TableRow {
  id: string;
  /** ISO day, for sorting and the "as of" filter. */
  iso: string;
  date: string;
  actor: string;
  who: string;
  whoFull: string;
  figure: string;
  measure: string;
  status: string;
  evidence: string;
  /** The evidence's language: the source document's, which may differ from the page's. */
  evidenceLang: string;
  source: { outlet: string; title: string; date: string; url?: string; id: string };
  /** Where the claim is drawn, if it is. */
  place?: PlaceId | "lane";
  placeLabel: string;
  /** Basis in words when it is not a total. */
  basis?: string;
  /** The row this one only relays. */
  repeats?: string;
}

/** Every claim as a table row, by date (file order within a day). Nothing is left out. */
export function tableRows(data: DescribeData, lang: Lang): TableRow[] {
  const d = dictionary(lang);
  const actors = new Map(data.actors.map((a) => [a.id, a]));
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  return data.claims
    .map((c, i) => ({ c, i }))
    .sort((a, b) => a.c.claim_date.localeCompare(b.c.claim_date) || a.i - b.i)
    .map(({ c }): TableRow => {
      const s = sources.get(c.source);
      const place = drawnPlace(c);
      return {
        id: c.id,
        iso: c.claim_date,
        date: dateOf(c, lang),
        actor: c.actor,
        who: who(c, actors, lang),
        whoFull: labelOf(c.actor, actors, "name", lang),
        figure: formatFigure(c, lang),
        measure: d.measure[c.measure],
        status: d.status[c.status],
        evidence: c.evidence,
        evidenceLang: s?.language ?? lang,
        source: {
          id: c.source,
          outlet: s?.outlet ?? c.source,
          title: s?.title ?? "",
          date: s ? formatPublishedDay(s, lang) : "",
          ...(s?.url ? { url: s.url } : {}),
        },
        ...(place ? { place } : {}),
        placeLabel: place ? d.chart.placeNames[place] : d.chart.table.notDrawn[notDrawnBecause(c) ?? "measure"],
        ...(c.basis && c.basis !== "total" ? { basis: d.basis[c.basis] } : {}),
        ...(c.repeats ? { repeats: c.repeats } : {}),
      };
    });
}

/** The source line: the actors with the most claims and how many documents the dataset cites. */
export function sourceLine(data: DescribeData, lang: Lang, compact = false): string {
  const d = dictionary(lang);
  const counts = new Map<string, number>();
  for (const c of data.claims) if (!c.repeats) counts.set(c.actor, (counts.get(c.actor) ?? 0) + 1);
  const actors = new Map(data.actors.map((a) => [a.id, a]));
  const topActors = [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, compact ? 3 : 4)
    .map(([id]) => shortOf(id, actors, lang));
  // The same document count as every other page: all documents of the dataset.
  const docs = datasetCounts(data).documents;
  return fill(compact ? d.chart.sourceLineCompact : d.chart.sourceLine, {
    actors: topActors.join(", "),
    n: String(docs),
    site: d.siteTitle,
  });
}

/**
 * The chart's "Stand": the newest publication among the documents its claims come from, as written in
 * the data. Newest as lib/stand.ts counts it for every other Stand: a plain day is its last minute in
 * Berlin (latestMoment), compared as instants (latestInstant). No documents: an error, as there.
 */
export function dataStand(data: DescribeData): string {
  const used = new Set(data.claims.map((c) => c.source));
  const sources = data.sources.filter((s) => used.has(s.id));
  const latest = latestInstant(sources.map(latestMoment));
  return sources.find((s) => latestMoment(s) === latest)!.published;
}
