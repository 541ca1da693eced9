/** The words around the chart, made from the data: takeaway, short and long description, table rows, source line, Stand. */
import type { Actor, Claim, DatedEvent, Measure, Source } from "../data/schema";
import { formatDate, formatFigure, formatPublishedDay } from "../format";
import { dictionary, fill, type Lang } from "../i18n";
import { CHART_MEASURES, COLOUR_GROUPS, PANELS, panelOf, type PanelId } from "./config";
import { notDrawnBecause, type ChartModel } from "./model";
import { datasetCounts, isTotalFigure } from "../count";

/** The dataset parts the texts read. */
export interface DescribeData {
  claims: Claim[];
  actors: Actor[];
  sources: Source[];
  events: DatedEvent[];
}

const dateOf = (c: Claim, lang: Lang) => formatDate(c.claim_date, lang, c.date_precision);
const who = (c: Claim, actors: Map<string, Actor>) => actors.get(c.actor)?.short_de ?? c.actor;
/** The largest number a claim names (upper bound, or the lower bound of "mehr als"). */
const top = (c: Claim) => c.figure_high ?? c.figure_low;

/** The one-sentence takeaway: how the figures for soldiers sent grew, from the first to the first highest (totals only, never a repeat, addition or subset). */
export function takeaway(data: DescribeData, lang: Lang = "de"): string {
  const t = dictionary(lang).chart;
  const actors = new Map(data.actors.map((a) => [a.id, a]));
  const sent = data.claims.filter((c) => c.measure === "sent" && isTotalFigure(c)).sort((a, b) => a.claim_date.localeCompare(b.claim_date));
  const first = sent[0];
  const highest = sent.reduce<Claim | undefined>((best, c) => (best === undefined || top(c)! > top(best)! ? c : best), undefined);
  if (!first || !highest || first === highest) return t.takeawayFallback;
  return fill(t.takeaway, {
    first: formatFigure(first, lang),
    firstWho: who(first, actors),
    firstDate: dateOf(first, lang),
    top: formatFigure(highest, lang),
    topWho: who(highest, actors),
    topDate: dateOf(highest, lang),
  });
}

/** The short text alternative: what kind of chart, how many claims, by how many, over which period. */
export function shortDescription(model: ChartModel, lang: Lang = "de"): string {
  const t = dictionary(lang).chart;
  const dates = model.items.map((i) => i.claim.claim_date).sort();
  return fill(t.short, {
    n: String(model.items.length),
    actors: String(model.actors.length),
    from: formatDate(dates[0] ?? "", lang),
    to: formatDate(dates[dates.length - 1] ?? "", lang),
  });
}

/** The long description, as paragraphs: axes and encodings, per panel the first, highest and latest figure, status counts, events. */
export function longDescription(model: ChartModel, data: DescribeData, lang: Lang = "de"): string[] {
  const d = dictionary(lang);
  const t = d.chart;
  const actors = new Map(data.actors.map((a) => [a.id, a]));
  const groups = COLOUR_GROUPS.filter((g) => model.actors.some((a) => a.group === g)).map((g) => t.groups[g]);
  const out: string[] = [fill(t.long.axes, { groups: groups.join("; ") })];
  // "am 17.10.2024", "um den 05.11.2024", "im Oktober 2024": the date as precise as it is known.
  const when = (c: Claim) =>
    fill(t.long.when[c.date_precision], { date: formatDate(c.claim_date, lang, c.date_precision === "month" ? "month" : "day") });
  const say = (template: string, c: Claim) =>
    fill(template, { who: who(c, actors), when: when(c), figure: formatFigure(c, lang), measure: d.measure[c.measure] });
  for (const panel of PANELS) {
    const items = model.items.filter((i) => i.panel === panel.id).map((i) => i.claim);
    if (items.length === 0) continue;
    // The model draws only totals, so first, highest and latest can never be a repeat, an addition or a subset.
    const withFigure = items.filter((c) => top(c) !== undefined && isTotalFigure(c)).sort((a, b) => a.claim_date.localeCompare(b.claim_date));
    const sentences = [
      fill(withFigure.length < items.length ? t.long.panel : t.long.panelAllFigures, {
        title: t.panelNames[panel.id],
        n: String(items.length),
        measures: t.panelMeasures[panel.id],
        unq: String(items.length - withFigure.length),
      }),
    ];
    const first = withFigure[0];
    if (first) {
      const highest = withFigure.reduce((b, c) => (top(c)! > top(b)! ? c : b));
      const last = withFigure[withFigure.length - 1]!;
      sentences.push(say(t.long.first, first), say(t.long.top, highest));
      if (last !== highest && last !== first) sentences.push(say(t.long.last, last));
    }
    const counts = new Map<string, number>();
    for (const c of items) counts.set(c.actor, (counts.get(c.actor) ?? 0) + 1);
    const [mostId, most] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a));
    sentences.push(fill(t.long.mostActive, { who: actors.get(mostId)?.short_de ?? mostId, n: String(most) }));
    out.push(sentences.join(" "));
  }
  const status = { claim: 0, corroborated: 0, acknowledged: 0 };
  for (const i of model.items) status[i.claim.status]++;
  out.push(fill(t.long.status, { claim: String(status.claim), corroborated: String(status.corroborated), acknowledged: String(status.acknowledged) }));
  if (model.events.length) {
    out.push(fill(t.long.events, { list: model.events.map((e) => `${e.label_de} (${formatDate(e.date, lang, e.date_precision)})`).join(", ") }));
  }
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
  source: { outlet: string; title: string; date: string; url?: string; id: string };
  /** Panel the claim is drawn in, if any. */
  panel?: PanelId;
  panelLabel: string;
  /** Status in words; own statements of Russia and North Korea marked as such. */
  basis?: string;
  /** The row this one only relays. */
  repeats?: string;
}

/** Every claim as a table row, by date (file order within a day). Nothing is left out. */
export function tableRows(data: DescribeData, lang: Lang = "de"): TableRow[] {
  const d = dictionary(lang);
  const actors = new Map(data.actors.map((a) => [a.id, a]));
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  return data.claims
    .map((c, i) => ({ c, i }))
    .sort((a, b) => a.c.claim_date.localeCompare(b.c.claim_date) || a.i - b.i)
    .map(({ c }): TableRow => {
      const s = sources.get(c.source);
      const panel = panelOf(c.measure);
      return {
        id: c.id,
        iso: c.claim_date,
        date: dateOf(c, lang),
        actor: c.actor,
        who: who(c, actors),
        whoFull: actors.get(c.actor)?.name_de ?? c.actor,
        figure: formatFigure(c, lang),
        measure: d.measure[c.measure],
        status: d.status[c.status],
        evidence: c.evidence,
        source: {
          id: c.source,
          outlet: s?.outlet ?? c.source,
          title: s?.title ?? "",
          date: s ? formatPublishedDay(s, lang) : "",
          ...(s?.url ? { url: s.url } : {}),
        },
        ...(panel && !notDrawnBecause(c) ? { panel } : {}),
        panelLabel: panel && !notDrawnBecause(c) ? d.chart.panelNames[panel] : d.chart.table.notDrawn[notDrawnBecause(c) ?? "measure"],
        ...(c.basis && c.basis !== "total" ? { basis: d.basis[c.basis] } : {}),
        ...(c.repeats ? { repeats: c.repeats } : {}),
      };
    });
}

/** The measures the chart draws, in words, for the table caption. */
export function chartMeasuresText(lang: Lang = "de"): string {
  const d = dictionary(lang);
  return CHART_MEASURES.map((m: Measure) => d.measure[m]).join(", ");
}

/** The source line: the actors with the most claims and how many documents the claims come from. */
export function sourceLine(data: DescribeData, lang: Lang = "de"): string {
  const d = dictionary(lang);
  const counts = new Map<string, number>();
  for (const c of data.claims) if (!c.repeats) counts.set(c.actor, (counts.get(c.actor) ?? 0) + 1);
  const actors = new Map(data.actors.map((a) => [a.id, a]));
  const topActors = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([id]) => actors.get(id)?.short_de ?? id);
  // The same document count as every other page: all documents of the dataset.
  const docs = datasetCounts(data).documents;
  return fill(d.chart.sourceLine, { actors: topActors.join(", "), n: String(docs), site: d.siteTitle });
}

/** The chart's "Stand": the newest publication among the documents its claims come from (ISO, as written). */
export function dataStand(data: DescribeData): string {
  const used = new Set(data.claims.map((c) => c.source));
  const dates = data.sources.filter((s) => used.has(s.id)).map((s) => s.published);
  // Compare instants where a time is given; a plain day counts as its start.
  return dates.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a), dates[0] ?? "");
}
