/** Everything the TroopChart component shows, computed once per build from the dataset: SVGs, texts, rows. */
import type { Actor, Claim, DatedEvent, Source } from "../data/schema";
import { formatDate, formatDateTime } from "../format";
import { dictionary, type Lang } from "../i18n";
import { COLOUR_GROUPS, DOWNLOAD_VARIANT, PANELS, VARIANTS } from "./config";
import { chartMeasuresText, dataStand, longDescription, shortDescription, sourceLine, tableRows, takeaway, type TableRow } from "./describe";
import { layoutChart, type ChartLayout } from "./layout";
import { chartModel, type ActorStyle, type ChartModel } from "./model";
import { renderSvg, type SwatchKind } from "./svg";

/** The dataset parts the chart needs. */
export interface ChartSource {
  claims: Claim[];
  actors: Actor[];
  sources: Source[];
  events: DatedEvent[];
}

/** The prepared chart. */
export interface PreparedChart {
  model: ChartModel;
  layouts: ChartLayout[];
  /** Inline SVG markup per variant, narrowest first. */
  svgs: { variant: string; markup: string }[];
  takeaway: string;
  short: string;
  long: string[];
  rows: TableRow[];
  tableCaption: string;
  sourceLine: string;
  /** ISO date(-time) of the newest document, and as text. */
  stand: string;
  standText: string;
  /** Distinct claim days (for the "as of" slider) and their labels. */
  days: string[];
  dayLabels: string[];
  actors: ActorStyle[];
  /** Colour groups that occur, in key order. */
  groups: (typeof COLOUR_GROUPS)[number][];
  /** Ring decorations that occur, as [measure, decoration] pairs. */
  decorations: [string, "ring" | "dashed"][];
}

/** The ring decorations that occur in the chart, as [measure, decoration] pairs, in panel order. */
function decorations(model: ChartModel): [string, "ring" | "dashed"][] {
  const out: [string, "ring" | "dashed"][] = [];
  for (const p of PANELS) {
    for (const [m, d] of Object.entries(p.measures)) {
      if (d !== "none" && model.items.some((i) => i.claim.measure === m)) out.push([m, d]);
    }
  }
  return out;
}

/** Layouts per dataset: the chart appears on several pages of one build, its geometry is computed once. */
const cache = new WeakMap<Claim[], { model: ChartModel; layouts: ChartLayout[] }>();

/** The model and every variant's layout of a dataset, from the cache when the same claims come again. */
function laidOut(data: ChartSource, lang: Lang): { model: ChartModel; layouts: ChartLayout[] } {
  const hit = cache.get(data.claims);
  if (hit && lang === "de") return hit;
  const model = chartModel(data);
  const result = { model, layouts: VARIANTS.map((v) => layoutChart(model, v, lang)) };
  if (lang === "de") cache.set(data.claims, result);
  return result;
}

/** Lays out every variant and writes its SVG; the id prefix keeps SVG ids unique per chart instance. */
export function prepareChart(data: ChartSource, idPrefix: string, lang: Lang = "de"): PreparedChart {
  const { model, layouts } = laidOut(data, lang);
  const short = shortDescription(model, lang);
  const svgs = layouts.map((layout) => ({
    variant: layout.variant,
    markup: renderSvg(layout, {
      idPrefix: `${idPrefix}-${layout.variant}`,
      attrs: {
        class: `tc-svg tc-v-${layout.variant}`,
        role: "img",
        "aria-labelledby": `${idPrefix}-short`,
        "data-variant": layout.variant,
      },
    }),
  }));
  const days = [...new Set(data.claims.map((c) => c.claim_date))].sort();
  const stand = dataStand(data);
  return {
    model,
    layouts,
    svgs,
    takeaway: takeaway(data, lang),
    short,
    long: longDescription(model, data, lang),
    rows: tableRows(data, lang),
    tableCaption: dictionary(lang).chart.table.caption.replace("{measures}", chartMeasuresText(lang)),
    sourceLine: sourceLine(data, lang),
    stand,
    standText: stand ? formatDateTime(stand, lang) : "",
    days,
    dayLabels: days.map((d) => formatDate(d, lang)),
    actors: model.actors,
    groups: COLOUR_GROUPS.filter((g) => model.actors.some((a) => a.group === g)),
    decorations: decorations(model),
  };
}

/** The standalone SVG file (widest variant, light theme) with title and footer, for download and the PNG. */
export function downloadSvg(data: ChartSource, lang: Lang = "de"): string {
  const t = dictionary(lang);
  const { model, layouts } = laidOut(data, lang);
  const layout = layouts.find((l) => l.variant === DOWNLOAD_VARIANT.id)!;
  const stand = dataStand(data);
  const k = t.chart.key;
  const key: { swatch: SwatchKind; text: string }[] = [
    ...COLOUR_GROUPS.filter((g) => model.actors.some((a) => a.group === g)).map((g) => ({ swatch: { kind: "group" as const, group: g }, text: t.chart.groups[g] })),
    ...(["claim", "corroborated", "acknowledged"] as const).map((s) => ({ swatch: { kind: "status" as const, status: s }, text: t.status[s] })),
    ...(["point", "range", "upTo", "atLeast", "unquantified"] as const).map((f) => ({ swatch: { kind: "figure" as const, figure: f }, text: k[f] })),
    ...decorations(model).map(([m, d]) => ({ swatch: { kind: "decoration" as const, decoration: d }, text: k.decoration[m as keyof typeof k.decoration] })),
    ...(model.events.length ? [{ swatch: { kind: "event" as const }, text: k.events }] : []),
  ];
  return renderSvg(layout, {
    idPrefix: "tc",
    standalone: {
      title: t.chart.fileTitle,
      key,
      footer: [sourceLine(data, lang), `${t.standLine} ${stand ? formatDateTime(stand, lang) : ""} · ${t.dataLicence}`],
    },
  });
}
