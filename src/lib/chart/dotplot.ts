/**
 * The losses figure's default view: a dot plot of each source's latest total figure, one row per actor,
 * sections for killed, killed-plus-wounded and wounded (never mixed), x = figure, ranges as bars, the figure
 * and date written in the row's label.
 */
import { scaleLinear } from "d3-scale";
import type { Claim } from "../data/schema";
import { isTotalFigure } from "../count";
import { formatDate, formatFigure, formatNumber } from "../format";
import { dictionary, type Lang } from "../i18n";
import { CAP, CARET, FONT_SIZE, HIT, LINE, LOSS_SECTIONS, MARK_RADIUS, type ColourGroup, type Variant } from "./config";
import { round, type Rect } from "./geometry";
import type { FigureFrame, MarkLayout, Tick } from "./layout";
import type { ChartItem, ChartModel } from "./model";
import { textWidth } from "./text";

/** One row: an actor's latest total of a section. */
export interface DotRow {
  item: ChartItem;
  actor: string;
  group: ColourGroup;
  /** "Reuters-Quellen" and ": mehr als 6.000 (14.11.2025)". */
  name: string;
  value: string;
  /** When name and value do not fit one line: the value on a second line. */
  valueLine?: string;
  textY: number;
  mark: MarkLayout;
}

/** The dot plot at one variant. */
export interface DotPlotLayout extends FigureFrame {
  sections: { id: string; title: string; titleY: number; rows: DotRow[] }[];
  axisY: number;
  xTicks: Tick[];
  gridTop: number;
}

/** Each actor's latest original total of a section, highest first. */
export function latestPerActor(items: ChartItem[]): ChartItem[] {
  const latest = new Map<string, ChartItem>();
  for (const i of items) {
    if (!isTotalFigure(i.claim)) continue;
    const had = latest.get(i.claim.actor);
    if (!had || i.claim.claim_date >= had.claim.claim_date) latest.set(i.claim.actor, i);
  }
  const top = (c: Claim) => c.figure_high ?? c.figure_low ?? 0;
  return [...latest.values()].sort((a, b) => top(b.claim) - top(a.claim) || b.claim.claim_date.localeCompare(a.claim.claim_date));
}

/** Lays out the dot plot: a title line per section, per row a label line and a track with the mark under it. */
export function layoutDotPlot(model: ChartModel, variant: Variant, lang: Lang): DotPlotLayout {
  const t = dictionary(lang).chart;
  const W = variant.width;
  const plotLeft = 8;
  const plotRight = W - 12;
  const sections = LOSS_SECTIONS.map((s) => ({ id: s.id, items: latestPerActor(model.items.filter((i) => i.place === s.id)) })).filter(
    (s) => s.items.length,
  );
  const max = Math.max(1, ...sections.flatMap((s) => s.items.map((i) => i.value ?? 0)));
  const x = scaleLinear().domain([0, max]).nice(4).range([plotLeft, plotRight]);
  const actorOf = (id: string) => model.actors.find((a) => a.id === id);
  let y = 0;
  const out: DotPlotLayout["sections"] = [];
  for (const s of sections) {
    const titleY = y + FONT_SIZE + 2;
    y += LINE + 8;
    const rows: DotRow[] = s.items.map((item) => {
      const textY = y + FONT_SIZE;
      const name = actorOf(item.claim.actor)?.short ?? item.claim.actor;
      const value = `${formatFigure(item.claim, lang)} (${formatDate(item.claim.claim_date, lang, item.claim.date_precision)})`;
      const twoLines = textWidth(`${name}: ${value}`, FONT_SIZE) > W;
      const cy = y + LINE * (twoLines ? 2 : 1) + 6;
      const cx = x(item.value!);
      const c = item.claim;
      const lowX = item.kind === "range" ? x(item.low!) : undefined;
      // The range bar runs sideways here; its glyph box spans low … high.
      const box: Rect =
        item.kind === "range"
          ? { x: lowX! - 1.5, y: cy - CAP - 1, width: cx - lowX! + 3, height: 2 * CAP + 2 }
          : {
              x: cx - MARK_RADIUS - 1 - (item.kind === "upTo" ? CARET + 2 : 0),
              y: cy - MARK_RADIUS - 1,
              width: 2 * MARK_RADIUS + 2 + CARET + 2,
              height: 2 * MARK_RADIUS + 2,
            };
      const w = Math.max(HIT, box.width + 6);
      const mark: MarkLayout = {
        id: c.id,
        actor: c.actor,
        group: item.group,
        kind: item.kind,
        date: c.claim_date,
        x: round(cx),
        y: round(cy),
        ...(lowX !== undefined ? { y2: round(lowX) } : {}),
        box,
        hit: { x: round(box.x + box.width / 2 - w / 2), y: round(cy - HIT / 2), width: round(w), height: HIT },
      };
      // The next row's label may sit inside this mark's hit area; the targets themselves do not overlap.
      y = cy + 10;
      return {
        item,
        actor: c.actor,
        group: item.group,
        name,
        value: twoLines ? "" : `: ${value}`,
        ...(twoLines ? { valueLine: value } : {}),
        textY,
        mark,
      };
    });
    out.push({ id: s.id, title: t.losses.sections[s.id], titleY, rows });
    y += 6;
  }
  const axisY = y + 2;
  const xTicks: Tick[] = x.ticks(4).map((v, i, all) => ({
    pos: round(x(v)),
    label: formatNumber(v, lang),
    anchor: i === 0 ? "start" : i === all.length - 1 && x(v) + textWidth(formatNumber(v, lang), FONT_SIZE) / 2 > W ? "end" : "middle",
  }));
  return {
    variant: variant.id,
    width: W,
    height: Math.ceil(axisY + 6 + LINE + 4),
    fontSize: FONT_SIZE,
    plotLeft,
    plotRight,
    sections: out,
    axisY,
    xTicks,
    gridTop: LINE + 8,
  };
}
