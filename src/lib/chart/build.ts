/** Everything the figure components show, computed once per build from the dataset: SVGs, texts, rows. */
import type { Claim, DatasetRows } from "../data/schema";
import { formatDate, formatDateTime } from "../format";
import { dictionary, fill, type Lang } from "../i18n";
import { DOWNLOAD_VARIANT, VARIANTS } from "./config";
import {
  caption,
  dataStand,
  headline,
  longDescription,
  lossHeadline,
  lossSubtitle,
  shortDescription,
  shortMore,
  sourceLine,
  subtitleParts,
  tableRows,
  takeaway,
  type TableRow,
} from "./describe";
import { layoutDotPlot, type DotPlotLayout } from "./dotplot";
import { eventsBefore, layoutLossTimeline, layoutTroops, timeScale, type TimelineLayout } from "./layout";
import { chartModel, type ActorStyle, type ChartModel } from "./model";
import { dotPlotInner, inlineSvg, standaloneSvg, timelineInner } from "./svg";

/** The dataset parts the figures need. */
export type ChartSource = Pick<DatasetRows, "claims" | "actors" | "sources" | "events">;

/** One SVG per variant. */
export type Svgs = { variant: string; markup: string }[];

/** The prepared troop chart. */
export interface PreparedChart {
  model: ChartModel;
  headline: string;
  subtitle: ReturnType<typeof subtitleParts>;
  takeaway: string;
  /** Default view, per variant. */
  main: Svgs;
  /** Full version: lane and small panels, per variant. */
  more: Svgs;
  short: string;
  shortMore: string;
  long: string[];
  before: string;
  rows: TableRow[];
  caption: string;
  sourceLine: string;
  stand: string;
  standText: string;
  /** The Stand as a day, for the compact source line. */
  standDay: string;
  /** Distinct claim days (for the "as of" slider) and their labels. */
  days: string[];
  dayLabels: string[];
  actors: ActorStyle[];
}

/** The prepared losses figure. */
export interface PreparedLosses {
  headline: string;
  subtitle: ReturnType<typeof lossSubtitle>;
  dots: Svgs;
  timeline: Svgs;
  short: string;
  shortTimeline: string;
  rows: TableRow[];
  ids: string[];
}

interface Laid {
  model: ChartModel;
  troops: { main: TimelineLayout; more: TimelineLayout }[];
  compact: TimelineLayout[];
  dots: DotPlotLayout[];
  losses: TimelineLayout[];
}

/** Layouts per dataset: the figures appear on several pages of one build, their geometry is computed once. */
const cache = new WeakMap<Claim[], Partial<Record<Lang, Laid>>>();

function laidOut(data: ChartSource, lang: Lang): Laid {
  const perLang = cache.get(data.claims) ?? {};
  cache.set(data.claims, perLang);
  const hit = perLang[lang];
  if (hit) return hit;
  const model = chartModel(data, lang);
  const result: Laid = {
    model,
    troops: VARIANTS.map((v) => layoutTroops(model, v, lang)),
    compact: VARIANTS.map((v) => layoutTroops(model, v, lang, true).main),
    dots: VARIANTS.map((v) => layoutDotPlot(model, v, lang)),
    losses: VARIANTS.map((v) => layoutLossTimeline(model, v, lang)),
  };
  perLang[lang] = result;
  return result;
}

const svgAttrs = (cls: string, variant: string, labelledby: string) => ({
  class: `tc-svg ${cls} tc-v-${variant}`,
  role: "img",
  "aria-labelledby": labelledby,
  "data-variant": variant,
});

/** Lays out every variant of the troop chart and writes its SVGs; `idPrefix` keeps ids unique per instance. */
export function prepareChart(data: ChartSource, idPrefix: string, lang: Lang, compactView = false): PreparedChart {
  const t = dictionary(lang).chart;
  const { model, troops, compact } = laidOut(data, lang);
  const days = [...new Set(data.claims.map((c) => c.claim_date))].sort();
  const stand = dataStand(data);
  const start = timeScale(
    model.items.filter((i) => ["main", "front", "planned", "lane"].includes(i.place)),
    [],
    0,
    1,
  ).start;
  const before = eventsBefore(model.events, start);
  return {
    model,
    headline: headline(data, lang),
    subtitle: subtitleParts(model, lang, compactView),
    takeaway: takeaway(data, lang),
    main: (compactView ? compact.map((main) => ({ main })) : troops).map(({ main }) => ({
      variant: main.variant,
      markup: inlineSvg(timelineInner(main), main.width, main.height, svgAttrs("tc-main", main.variant, `${idPrefix}-short`)),
    })),
    more: troops.map(({ more }) => ({
      variant: more.variant,
      markup: inlineSvg(timelineInner(more), more.width, more.height, svgAttrs("tc-more-svg", more.variant, `${idPrefix}-short-more`)),
    })),
    short: shortDescription(model, lang),
    shortMore: shortMore(model, lang),
    long: longDescription(model, data, lang),
    before: before.length
      ? fill(t.before, { list: before.map((e) => `${e.label} (${formatDate(e.date, lang, e.date_precision)})`).join(", ") })
      : "",
    rows: tableRows(data, lang),
    caption: caption(model, data, lang),
    sourceLine: sourceLine(data, lang, compactView),
    stand,
    standText: formatDateTime(stand, lang),
    standDay: formatDate(stand, lang),
    days,
    dayLabels: days.map((d) => formatDate(d, lang)),
    actors: model.actors,
  };
}

/** The losses figure: dot plot and timeline per variant, its texts and its table rows. */
export function prepareLosses(data: ChartSource, idPrefix: string, lang: Lang): PreparedLosses {
  const t = dictionary(lang).chart.losses;
  const { model, dots, losses } = laidOut(data, lang);
  const lossItems = model.items.filter((i) => i.place === "killed" || i.place === "casualties" || i.place === "wounded");
  const ids = new Set(lossItems.map((i) => i.claim.id));
  const dates = lossItems.map((i) => i.claim.claim_date).sort();
  const rows = tableRows(data, lang).filter((r) => ids.has(r.id));
  return {
    headline: lossHeadline(data, lang),
    subtitle: lossSubtitle(model, lang),
    dots: dots.map((l) => ({
      variant: l.variant,
      markup: inlineSvg(dotPlotInner(l), l.width, l.height, svgAttrs("tc-dots", l.variant, `${idPrefix}-short`)),
    })),
    timeline: losses.map((l) => ({
      variant: l.variant,
      markup: inlineSvg(timelineInner(l), l.width, l.height, svgAttrs("tc-loss-tl", l.variant, `${idPrefix}-short-tl`)),
    })),
    short: fill(t.short, { n: String(new Set(dots[0]?.sections.flatMap((s) => s.rows.map((r) => r.actor)) ?? []).size) }),
    // A dataset without loss figures has no span to name (and formatDate would throw on a missing day).
    shortTimeline: dates.length
      ? fill(t.shortTimeline, {
          n: String(lossItems.length),
          from: formatDate(dates[0]!, lang),
          to: formatDate(dates[dates.length - 1]!, lang),
        })
      : t.shortTimelineNone,
    rows,
    ids: [...ids],
  };
}

/** The footer lines of a download file. */
function footer(data: ChartSource, lang: Lang): string[] {
  const t = dictionary(lang);
  return [sourceLine(data, lang), `${t.standLine} ${formatDateTime(dataStand(data), lang)} · ${t.dataLicence}`];
}

/** The standalone troop chart (widest variant, light theme): headline, coloured-word subtitle, all panels, footer. */
export function downloadSvg(data: ChartSource, lang: Lang, compact = false): string {
  const { model, troops, compact: small } = laidOut(data, lang);
  const i = VARIANTS.findIndex((v) => v.id === DOWNLOAD_VARIANT.id);
  const { more } = troops[i]!;
  const main = compact ? small[i]! : troops[i]!.main;
  const blocks = [
    { inner: timelineInner(main), height: main.height },
    ...(compact ? [] : [{ inner: timelineInner(more), height: more.height }]),
  ];
  return standaloneSvg({
    title: headline(data, lang),
    subtitle: subtitleParts(model, lang),
    blocks,
    footer: footer(data, lang),
    width: main.width,
  });
}

/** The standalone losses figure: headline, subtitle, dot plot, footer. */
export function downloadLossSvg(data: ChartSource, lang: Lang): string {
  const { model, dots } = laidOut(data, lang);
  const i = VARIANTS.findIndex((v) => v.id === DOWNLOAD_VARIANT.id);
  const l = dots[i]!;
  return standaloneSvg({
    title: lossHeadline(data, lang),
    subtitle: lossSubtitle(model, lang),
    blocks: [{ inner: dotPlotInner(l), height: l.height }],
    footer: footer(data, lang),
    width: l.width,
  });
}
