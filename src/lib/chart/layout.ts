/**
 * The chart's geometry for one layout variant: scales, axes, event annotations, dodged marks and direct
 * labels. Pure arithmetic on the chart model; the SVG is written from this by svg.ts.
 */
import { max as d3max } from "d3-array";
import { scaleLinear, scaleUtc } from "d3-scale";
import { utcDay, utcMonth } from "d3-time";
import type { Status } from "../data/schema";
import { formatDate, formatNumber } from "../format";
import { dictionary, type Lang } from "../i18n";
import { FONT_SIZE, MARK_RADIUS, PANELS, type ColourGroup, type Decoration, type PanelId, type Shape, type Variant } from "./config";
import { overlaps, round, type Rect } from "./geometry";
import { placeLabels, type Leader, type LabelRequest } from "./labels";
import type { ActorStyle, ChartItem, ChartModel, MarkKind } from "./model";
import { textWidth } from "./text";

/** A mark, positioned. */
export interface MarkLayout {
  /** Claim id. */
  id: string;
  actor: string;
  group: ColourGroup;
  shape: Shape;
  status: Status;
  decoration: Decoration;
  kind: MarkKind;
  /** ISO day of the claim. */
  date: string;
  /** Centre of the glyph (for ranges: the upper end). */
  x: number;
  y: number;
  /** Ranges: centre of the lower glyph. */
  y2?: number;
  /** Everything the mark covers, for collisions and the pointer hit area. */
  box: Rect;
}

/** A direct label naming an actor next to one of its marks. */
export interface LabelLayout {
  actor: string;
  group: ColourGroup;
  text: string;
  box: Rect;
  /** Claim id of the mark the label sits next to. */
  anchor: string;
  leader?: Leader;
}

/** An actor label that found no spot next to a mark: drawn with the actor's glyph in a row under the panel. */
export interface KeyedLabel {
  actor: string;
  group: ColourGroup;
  shape: Shape;
  text: string;
  /** Left edge of the glyph and baseline of the text. */
  x: number;
  y: number;
  box: Rect;
}

/** An axis tick with its text (and an optional second line, e.g. the year). */
export interface Tick {
  pos: number;
  label: string;
  sub?: string;
  anchor?: "start" | "middle" | "end";
}

/** One panel, positioned. */
export interface PanelLayout {
  id: PanelId;
  title: string;
  /** Baseline of the title. */
  titleY: number;
  titleBox: Rect;
  plotTop: number;
  plotBottom: number;
  /** The strip for claims without a figure, when the panel has any. */
  strip?: { top: number; bottom: number; rows: number[]; caption: string[] };
  /** y of the x axis line. */
  axisY: number;
  xTicks: Tick[];
  yTicks: Tick[];
  marks: MarkLayout[];
  labels: LabelLayout[];
  /** Labels that did not fit next to a mark (empty with ordinary data). */
  keyed: KeyedLabel[];
  bottom: number;
}

/** A dated event as a thin vertical line with a short label at the top. */
export interface EventLayout {
  id: string;
  date: string;
  x: number;
  /** Label lines, or the event's number in a badge when the labels do not fit (see ChartLayout.eventKey). */
  lines: string[];
  badge?: number;
  anchor: "start" | "middle" | "end";
  textX: number;
  /** Baseline of the first label line. */
  textY: number;
  box: Rect;
  lineTop: number;
  lineBottom: number;
}

/** The whole chart for one variant. */
export interface ChartLayout {
  variant: Variant["id"];
  width: number;
  height: number;
  fontSize: number;
  plotLeft: number;
  plotRight: number;
  panels: PanelLayout[];
  events: EventLayout[];
  /** When events are numbered: the key under the chart, one entry (one or two lines) per event. */
  eventKey?: { y: number; entries: { badge: number; lines: string[]; y: number }[] };
}

/** Line height of SVG text in px. */
const LINE = Math.round(FONT_SIZE * 1.3);
/** Length of the arrow of an open-ended figure ("bis zu", "mehr als"). */
export const ARROW = 16;
/** Extra radius of the ring that marks a measure within a panel. */
export const RING = 3.5;
/** Radius of an event's number badge. */
export const BADGE = 8.5;
/** How often a panel grows by 40 px to make room for labels before the rest go into a key. */
const GROW_ATTEMPTS = 4;
/** More lanes of event labels than this, and the events are numbered with a key instead. */
const MAX_EVENT_LANES = 4;
/** Gap between stacked marks when dodging. */
const DODGE_GAP = 1;

/** Day number of an ISO day, as a UTC Date. */
function utc(iso: string): Date {
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`);
}

/** Glyph radius of a mark including its ring. */
function outerRadius(decoration: Decoration): number {
  return MARK_RADIUS + (decoration === "none" ? 0 : RING);
}

/** The box a mark covers, given its glyph centre(s). */
function markBox(kind: MarkKind, x: number, y: number, y2: number | undefined, R: number): Rect {
  switch (kind) {
    case "range":
      return { x: x - R, y: y - R, width: 2 * R, height: (y2 ?? y) - y + 2 * R };
    case "upTo":
      return { x: x - R, y: y - R, width: 2 * R, height: 2 * R + ARROW };
    case "atLeast":
      return { x: x - R, y: y - R - ARROW, width: 2 * R, height: 2 * R + ARROW };
    default:
      return { x: x - R, y: y - R, width: 2 * R, height: 2 * R };
  }
}

/** Alternating offsets 0, +1, −1, +2, −2 … up to ±n steps. */
function* offsets(n: number): Generator<number> {
  yield 0;
  for (let i = 1; i <= n; i++) {
    yield i;
    yield -i;
  }
}

/** Shifts marks sideways (and, in the strip, between rows) until no two overlap; the true date stays in the data. */
function dodge(marks: MarkLayout[], stripRows: number[], bounds: Rect): void {
  const placed: Rect[] = [];
  for (const m of marks) {
    const R = m.box.width / 2;
    const step = 2 * R + DODGE_GAP;
    const rows = m.kind === "unquantified" ? stripRows : [m.y];
    let done = false;
    for (const k of offsets(12)) {
      for (const row of rows) {
        const dy = row - m.y;
        const box = { ...m.box, x: m.box.x + k * step, y: m.box.y + dy };
        if (box.x < bounds.x || box.x + box.width > bounds.x + bounds.width) continue;
        if (placed.some((p) => overlaps(box, p, DODGE_GAP / 2 - 0.01))) continue;
        m.x += k * step;
        m.y += dy;
        if (m.y2 !== undefined) m.y2 += dy;
        m.box = box;
        done = true;
        break;
      }
      if (done) break;
    }
    placed.push(m.box);
  }
}

/** Month ticks at an interval wide enough for their labels; the year under the first tick and each January. */
function monthTicks(x: (d: Date) => number, start: Date, end: Date, lang: Lang, left: number, right: number): Tick[] {
  const months = dictionary(lang).chart.monthsShort;
  const widest = Math.max(...months.map((m) => textWidth(m, FONT_SIZE)), textWidth("2025", FONT_SIZE));
  const perMonth = (x(end) - x(start)) / Math.max(1, utcMonth.count(start, end));
  const step = [1, 2, 3, 4, 6, 12].find((k) => k * perMonth >= widest + 10) ?? 12;
  const ticks = utcMonth
    .every(step)!
    .range(utcMonth.ceil(start), end)
    .map((d, i): Tick => {
      const m = d.getUTCMonth();
      const tick: Tick = { pos: round(x(d)), label: months[m]! };
      if (i === 0 || m === 0 || (step > 1 && m < step)) tick.sub = String(d.getUTCFullYear());
      return tick;
    });
  for (const t of ticks) {
    const w = Math.max(textWidth(t.label, FONT_SIZE), t.sub ? textWidth(t.sub, FONT_SIZE) : 0);
    t.anchor = t.pos + w / 2 > right ? "end" : t.pos - w / 2 < left ? "start" : "middle";
  }
  return ticks;
}

/** Splits a label into at most two lines so that each fits `maxWidth`, breaking at the space nearest the middle. */
function wrap(text: string, maxWidth: number): string[] {
  if (textWidth(text, FONT_SIZE) <= maxWidth) return [text];
  const spaces = [...text.matchAll(/ /g)].map((m) => m.index!);
  if (spaces.length === 0) return [text];
  const mid = text.length / 2;
  const at = spaces.reduce((a, b) => (Math.abs(b - mid) < Math.abs(a - mid) ? b : a));
  return [text.slice(0, at), text.slice(at + 1)];
}

/** Places the event labels in lanes at the top so that no label overlaps another label or crosses an event line. */
function layoutEvents(
  model: ChartModel,
  x: (d: Date) => number,
  width: number,
  numbered: boolean,
): { events: EventLayout[]; height: number; crowded: boolean } {
  const placed: { box: Rect; x: number; lastLane: number }[] = [];
  const events: EventLayout[] = [];
  let crowded = false;
  const laneSpan = (b: Rect) => [Math.round(b.y / LINE), Math.round((b.y + b.height) / LINE) - 1] as const;
  model.events.forEach((e, index) => {
    const ex = round(x(utc(e.date)));
    const roomRight = width - 2 - (ex + 4);
    const roomLeft = ex - 4 - 2;
    const label = numbered ? String(index + 1) : e.label_de;
    const anchor: "start" | "end" = numbered || roomRight >= textWidth(label, FONT_SIZE) || roomRight >= roomLeft ? "start" : "end";
    const lines = numbered ? [label] : wrap(label, anchor === "start" ? roomRight : roomLeft);
    // A badge is a circle centred on the line; a label starts just beside it.
    const w = numbered ? BADGE * 2 : Math.max(...lines.map((l) => textWidth(l, FONT_SIZE)));
    const x0 = numbered ? ex - BADGE : anchor === "start" ? ex + 4 : ex - 4 - w;
    const boxAt = (lane: number): Rect => ({ x: x0, y: lane * LINE, width: w, height: lines.length * LINE });
    // Labels in adjacent lanes may touch vertically; in one lane they keep 6 px apart.
    const labelFree = (box: Rect) => !placed.some((o) => overlaps({ ...box, y: box.y + 1, height: box.height - 2 }, { ...o.box, x: o.box.x - 6, width: o.box.width + 12 }));
    // Strictly: no label crosses an event line (lines run down from their label). Else: labels apart only.
    const strict = (box: Rect) => {
      const [first, last] = laneSpan(box);
      return (
        labelFree(box) &&
        !placed.some((o) => o.lastLane < first && o.x > x0 - 3 && o.x < x0 + w + 3) &&
        !placed.some((o) => laneSpan(o.box)[0] > last && o.box.x - 3 < ex && ex < o.box.x + o.box.width + 3)
      );
    };
    const limit = model.events.length + 2;
    let lane = 0;
    while (lane < limit && !strict(boxAt(lane))) lane++;
    if (lane === limit) {
      crowded = true;
      for (lane = 0; !labelFree(boxAt(lane)); lane++);
    }
    const box = boxAt(lane);
    placed.push({ box, x: ex, lastLane: laneSpan(box)[1] });
    events.push({
      id: e.id,
      date: e.date,
      x: ex,
      lines,
      ...(numbered ? { badge: index + 1 } : {}),
      anchor: numbered ? "middle" : anchor,
      textX: numbered ? ex : anchor === "start" ? ex + 4 : ex - 4,
      textY: lane * LINE + FONT_SIZE,
      box,
      lineTop: numbered ? lane * LINE + LINE / 2 + BADGE - 1 : lane * LINE + 2,
      lineBottom: 0,
    });
  });
  const lanes = placed.length ? Math.max(...placed.map((o) => o.lastLane)) + 1 : 0;
  const height = placed.length ? Math.max(...placed.map((o) => o.box.y + o.box.height)) + 6 : 0;
  return { events, height, crowded: crowded || lanes > MAX_EVENT_LANES };
}

/** Lays out the chart for one variant; grows a panel's plot when its labels do not fit. */
export function layoutChart(model: ChartModel, variant: Variant, lang: Lang = "de"): ChartLayout {
  if (model.items.length === 0) throw new Error("chart: no claim of a drawn measure in data/claims.csv, nothing to draw");
  const grow: Record<PanelId, number> = { troops: 0, losses: 0 };
  for (let attempt = 0; ; attempt++) {
    // The last attempt never fails: labels that still find no spot go into a key under their panel.
    const last = attempt === GROW_ATTEMPTS;
    const { layout, failed } = tryLayout(model, variant, grow, lang, last);
    if (failed.length === 0) return layout;
    for (const p of failed) grow[p] += 40;
  }
}

function tryLayout(
  model: ChartModel,
  variant: Variant,
  grow: Record<PanelId, number>,
  lang: Lang,
  keyFallback: boolean,
): { layout: ChartLayout; failed: PanelId[] } {
  const t = dictionary(lang).chart;
  const W = variant.width;
  const actorById = new Map(model.actors.map((a) => [a.id, a]));

  // y scales first: their tick labels decide the left margin.
  const panels = PANELS.map((spec) => {
    const items = model.items.filter((i) => i.panel === spec.id);
    const maxValue = d3max(items, (i) => i.value) ?? 1;
    const height = variant.plotHeight[spec.id] + grow[spec.id];
    const y = scaleLinear().domain([0, maxValue]).nice(Math.max(4, Math.floor(height / 45)));
    const yTicks = y.ticks(Math.max(4, Math.floor(height / 45))).map((v) => formatNumber(v, lang));
    return { spec, items, height, y, yTickLabels: yTicks };
  }).filter((p) => p.items.length > 0);
  const gutter = Math.max(...panels.flatMap((p) => p.yTickLabels.map((l) => textWidth(l, FONT_SIZE))), ...t.noFigure.map((l) => textWidth(l, FONT_SIZE)));
  const plotLeft = Math.ceil(gutter + 8);
  const plotRight = W - 6;

  const dates = [...model.items.map((i) => i.claim.claim_date), ...model.events.map((e) => e.date)].map(utc);
  const start = utcDay.offset(new Date(Math.min(...dates.map(Number))), -10);
  const end = utcDay.offset(new Date(Math.max(...dates.map(Number))), 10);
  const xScale = scaleUtc().domain([start, end]).range([plotLeft + MARK_RADIUS + 2, plotRight - MARK_RADIUS - 2]);
  const x = (d: Date) => xScale(d);

  let ev = layoutEvents(model, x, W, false);
  if (ev.crowded) ev = layoutEvents(model, x, W, true);
  const { events, height: eventsHeight } = ev;
  const numbered = events.some((e) => e.badge !== undefined);
  const failed: PanelId[] = [];
  const out: PanelLayout[] = [];
  let top = eventsHeight + 4;
  for (const p of panels) {
    const title = t.panels[p.spec.id];
    const titleY = top + FONT_SIZE;
    const titleBox = { x: 0, y: top, width: textWidth(title, FONT_SIZE, true), height: LINE };
    const plotTop = top + LINE + 6;
    const plotBottom = plotTop + p.height;
    const y = p.y.copy().range([plotBottom, plotTop + ARROW + MARK_RADIUS + 2]);
    const hasStrip = p.items.some((i) => i.kind === "unquantified");
    const strip = hasStrip
      ? // Two rows of marks and a third row free for their labels.
        { top: plotBottom + 10, bottom: plotBottom + 10 + 3 * LINE, rows: [plotBottom + 10 + LINE / 2, plotBottom + 10 + LINE * 1.5], caption: [...t.noFigure] }
      : undefined;
    const axisY = (strip?.bottom ?? plotBottom) + 4;
    const yTicks: Tick[] = y.ticks(Math.max(4, Math.floor(p.height / 45))).map((v) => ({ pos: round(y(v)), label: formatNumber(v, lang) }));

    const marks: MarkLayout[] = p.items
      .map((item, order) => ({ item, order }))
      .sort((a, b) => a.item.claim.claim_date.localeCompare(b.item.claim.claim_date) || a.order - b.order)
      .map(({ item }) => markLayout(item, actorById.get(item.claim.actor)!, x, y, strip?.rows[0]));
    dodge(marks, strip?.rows ?? [], { x: plotLeft, y: 0, width: plotRight - plotLeft, height: 1e6 });

    // Labels: one per actor, next to one of its marks, earliest first (so it stays visible in the "as of" view).
    const requests: LabelRequest[] = [];
    for (const actor of model.actors) {
      const own = marks.filter((m) => m.actor === actor.id);
      if (own.length === 0) continue;
      const anchors = own.flatMap((m) => {
        const r = m.box.width / 2;
        const list = [{ id: m.id, x: m.x, y: m.y, r }];
        if (m.y2 !== undefined) list.push({ id: m.id, x: m.x, y: m.y2, r });
        return list;
      });
      requests.push({ key: actor.id, width: textWidth(actor.short, FONT_SIZE) + 2, height: LINE - 1, anchors });
    }
    // Actors with few marks have the fewest spots: place them first.
    requests.sort((a, b) => a.anchors.length - b.anchors.length);
    const markBoxes = marks.map((m) => m.box);
    const obstacles = [titleBox, ...markBoxes];
    const bounds = { x: plotLeft - 2, y: top, width: W - plotLeft, height: (strip?.bottom ?? plotBottom) - top };
    // Greedy placement depends on the order: a label that found no spot goes first in the next round.
    let order = requests;
    let result = placeLabels(order, obstacles, bounds, markBoxes);
    for (let round = 0; round < 6 && result.failed.length; round++) {
      const stuck = new Set(result.failed);
      order = [...order.filter((r) => stuck.has(r.key)), ...order.filter((r) => !stuck.has(r.key))];
      result = placeLabels(order, obstacles, bounds, markBoxes);
    }
    const { placed, failed: notPlaced } = result;
    if (notPlaced.length && !keyFallback) failed.push(p.spec.id);
    const labels: LabelLayout[] = placed.map((l) => {
      const a = actorById.get(l.key)!;
      return {
        actor: a.id,
        group: a.group,
        text: a.short,
        box: { x: round(l.box.x), y: round(l.box.y), width: round(l.box.width), height: round(l.box.height) },
        anchor: l.anchor,
        ...(l.leader ? { leader: { x1: round(l.leader.x1), y1: round(l.leader.y1), x2: round(l.leader.x2), y2: round(l.leader.y2) } } : {}),
      };
    });
    const xTicks = monthTicks(x, start, end, lang, 0, W);
    let bottom = axisY + 6 + LINE * 2;
    // Labels without a spot (only with extreme data): glyph and name in rows under the axis.
    const keyed: KeyedLabel[] = [];
    if (keyFallback && notPlaced.length) {
      let kx = 0;
      let ky = bottom + 6 + FONT_SIZE;
      for (const id of notPlaced) {
        const a = actorById.get(id)!;
        const w = 2 * MARK_RADIUS + 5 + textWidth(a.short, FONT_SIZE) + 14;
        if (kx > 0 && kx + w > W) {
          kx = 0;
          ky += LINE;
        }
        keyed.push({ actor: a.id, group: a.group, shape: a.shape, text: a.short, x: round(kx), y: round(ky), box: { x: kx, y: ky - FONT_SIZE, width: w - 14, height: LINE - 1 } });
        kx += w;
      }
      bottom = ky + 8;
    }
    out.push({ id: p.spec.id, title, titleY, titleBox, plotTop, plotBottom, ...(strip ? { strip } : {}), axisY, xTicks, yTicks, marks, labels, keyed, bottom });
    top = bottom + 14;
  }
  const lastPlot = out[out.length - 1];
  for (const e of events) e.lineBottom = lastPlot ? (lastPlot.strip?.bottom ?? lastPlot.plotBottom) : e.lineTop;
  let height = Math.ceil(out.length ? out[out.length - 1]!.bottom + 4 : eventsHeight);
  let eventKey: ChartLayout["eventKey"];
  if (numbered) {
    // The key: "1  Vertrag Moskau–Pjöngjang (19.06.2024)", wrapped to the width.
    const keyTop = height + 6;
    let y = keyTop;
    const entries = model.events.map((e, i) => {
      const date = `(${formatDate(e.date, lang, e.date_precision)})`;
      const one = `${e.label_de} ${date}`;
      const room = W - 2 * BADGE - 8;
      const lines = textWidth(one, FONT_SIZE) <= room ? [one] : [...wrap(e.label_de, room), date];
      const entry = { badge: i + 1, lines, y: round(y + FONT_SIZE) };
      y += lines.length * LINE + 3;
      return entry;
    });
    eventKey = { y: keyTop, entries };
    height = Math.ceil(y + 4);
  }
  return {
    layout: { variant: variant.id, width: W, height, fontSize: FONT_SIZE, plotLeft, plotRight, panels: out, events, ...(eventKey ? { eventKey } : {}) },
    failed,
  };
}

/** Positions one mark at its date and value (strip marks on the strip's first row). */
function markLayout(item: ChartItem, actor: ActorStyle, x: (d: Date) => number, y: (v: number) => number, stripRow: number | undefined): MarkLayout {
  const c = item.claim;
  const cx = x(utc(c.claim_date));
  const cy = item.kind === "unquantified" ? stripRow! : y(item.value!);
  const y2 = item.kind === "range" ? y(item.low!) : undefined;
  const R = outerRadius(item.decoration);
  return {
    id: c.id,
    actor: actor.id,
    group: actor.group,
    shape: actor.shape,
    status: c.status,
    decoration: item.decoration,
    kind: item.kind,
    date: c.claim_date,
    x: cx,
    y: cy,
    ...(y2 !== undefined ? { y2 } : {}),
    box: markBox(item.kind, cx, cy, y2, R),
  };
}
