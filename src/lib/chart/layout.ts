/**
 * The figures' geometry for one layout variant: scales, axes, event annotations, dodged marks, direct
 * annotations. Pure arithmetic on the chart model; svg.ts writes the SVG from it.
 *
 * Three timelines share one x scale per figure: the default view ("main": sent / in Russia, with events and
 * annotations), and the full version's "more" (the no-figure lane, then the small panels). Losses have their
 * own timeline (the "Verlauf") and a dot plot (dotplot.ts).
 */
import { scaleLinear, scaleUtc } from "d3-scale";
import { utcDay, utcMonth } from "d3-time";
import type { DatedEvent } from "../data/schema";
import { utcDay as utc } from "../date";
import { formatDate, formatFigure, formatNumber } from "../format";
import { dictionary, type Lang } from "../i18n";
import {
  CAP,
  CARET,
  FONT_SIZE,
  HIT,
  LINE,
  MARK_RADIUS,
  ANNOTATION_HEADROOM,
  DOMAIN_PADDING_DAYS,
  EVENT_MERGE_DAYS,
  MAX_LEADER,
  NF_HEIGHT,
  PANEL_GROW_STEP,
  PANEL_MAX_GROW,
  type ColourGroup,
  type PlaceId,
  type Variant,
} from "./config";
import { overlaps, round, type Rect } from "./geometry";
import { placeLabels, type Leader } from "./labels";
import { MIN_ANNOTATIONS, pickAnnotations } from "./annotate";
import type { ChartEvent, ChartItem, ChartModel, MarkKind } from "./model";
import { textWidth, wrapText } from "./text";

const NF_STEP = 4;

/** A mark, positioned. */
export interface MarkLayout {
  id: string;
  actor: string;
  group: ColourGroup;
  kind: MarkKind;
  date: string;
  /** Centre of the dot (ranges: the upper end; lane: centre of the tick). */
  x: number;
  y: number;
  /** Ranges: the lower end. */
  y2?: number;
  /** What the glyph covers, for collisions. */
  box: Rect;
  /** The pointer and touch target, ≥ HIT × HIT. */
  hit: Rect;
}

/** A direct annotation "figure – who, date" next to its mark. */
export interface AnnotationLayout {
  anchor: string;
  group: ColourGroup;
  lines: string[];
  box: Rect;
  leader?: Leader;
}

/** An axis tick with its text (and an optional second line, e.g. the year). */
export interface Tick {
  pos: number;
  label: string;
  sub?: string;
  anchor?: "start" | "middle" | "end";
}

/** One panel with its own y axis. */
export interface PanelLayout {
  id: PlaceId;
  title: string;
  titleY: number;
  plotTop: number;
  plotBottom: number;
  axisY: number;
  xTicks: Tick[];
  yTicks: Tick[];
  marks: MarkLayout[];
  annotations: AnnotationLayout[];
  bottom: number;
}

/** The lane for statements without a figure: outside every numeric axis. */
export interface LaneLayout {
  title: string;
  titleY: number;
  top: number;
  bottom: number;
  marks: MarkLayout[];
}

/** A dated event (or a few within days of each other) as a thin line with a short label at the top. */
export interface EventLayout {
  ids: string[];
  date: string;
  x: number;
  lines: string[];
  anchor: "start" | "end";
  textX: number;
  textY: number;
  box: Rect;
  lineTop: number;
  lineBottom: number;
}

/** What every figure's SVG at one variant has: its size, its type size and the plot's left and right edges. */
export interface FigureFrame {
  variant: Variant["id"];
  width: number;
  height: number;
  fontSize: number;
  plotLeft: number;
  plotRight: number;
}

/** One SVG's worth of timeline. */
export interface TimelineLayout extends FigureFrame {
  panels: PanelLayout[];
  lane?: LaneLayout;
  events: EventLayout[];
}

/** The start of an ISO day, as a UTC Date (lib/date.ts). */
export { utc };

/** Alternating offsets 0, +1, −1, +2, −2 … up to ±n steps. */
function* offsets(n: number): Generator<number> {
  yield 0;
  for (let i = 1; i <= n; i++) {
    yield i;
    yield -i;
  }
}

/** The box a glyph covers. */
function glyphBox(kind: MarkKind, x: number, y: number, y2: number | undefined): Rect {
  const R = MARK_RADIUS + 1;
  switch (kind) {
    case "range":
      return { x: x - CAP - 1, y: y - 1.5, width: 2 * CAP + 2, height: (y2 ?? y) - y + 3 };
    case "atLeast":
      return { x: x - R, y: y - R - CARET - 2, width: 2 * R, height: 2 * R + CARET + 2 };
    case "upTo":
      return { x: x - R, y: y - R, width: 2 * R, height: 2 * R + CARET + 2 };
    case "unquantified":
      return { x: x - 1.5, y: y - NF_HEIGHT / 2, width: 3, height: NF_HEIGHT };
    default:
      return { x: x - R, y: y - R, width: 2 * R, height: 2 * R };
  }
}

/** The hit area: the glyph box grown to at least HIT × HIT around its centre. */
function hitBox(b: Rect): Rect {
  const w = Math.max(HIT, b.width + 6);
  const h = Math.max(HIT, b.height + 6);
  return { x: round(b.x + b.width / 2 - w / 2), y: round(b.y + b.height / 2 - h / 2), width: round(w), height: round(h) };
}

/** Shifts marks sideways (in the lane also between rows) until no two glyphs overlap; the true date stays in the data. */
function dodge(marks: MarkLayout[], bounds: Rect, rows?: number[]): void {
  const placed: Rect[] = [];
  for (const m of marks) {
    const step = rows ? NF_STEP : MARK_RADIUS * 2 + 2;
    let done = false;
    for (const k of offsets(40)) {
      for (const row of rows ?? [m.y]) {
        const dy = row - m.y;
        const box = { ...m.box, x: m.box.x + k * step, y: m.box.y + dy };
        if (box.x < bounds.x || box.x + box.width > bounds.x + bounds.width) continue;
        if (placed.some((p) => overlaps(box, p, 0.5))) continue;
        m.x += k * step;
        m.y += dy;
        if (m.y2 !== undefined) m.y2 += dy;
        m.box = box;
        done = true;
        break;
      }
      if (done) break;
    }
    m.hit = hitBox(m.box);
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

/** A date scale over the items' and events' days, with DOMAIN_PADDING_DAYS to spare on each side. */
export interface TimeScale {
  x: (d: Date) => number;
  start: Date;
  end: Date;
}

/** The shared x scale of a figure's timelines at one variant. */
export function timeScale(items: ChartItem[], events: DatedEvent[], plotLeft: number, plotRight: number): TimeScale {
  const days = items.map((i) => utc(i.claim.claim_date));
  const first = Math.min(...days.map(Number));
  const last = Math.max(...days.map(Number), ...events.map((e) => Number(utc(e.date))).filter((d) => d >= first));
  const start = utcDay.offset(new Date(first), -DOMAIN_PADDING_DAYS);
  const end = utcDay.offset(new Date(last), DOMAIN_PADDING_DAYS);
  const s = scaleUtc()
    .domain([start, end])
    .range([plotLeft + 8, plotRight - 8]);
  return { x: (d: Date) => s(d), start, end };
}

/** The events of the chart within the x domain, those within EVENT_MERGE_DAYS of each other merged into one line. */
export function eventGroups<E extends DatedEvent>(events: E[], start: Date): E[][] {
  const groups: E[][] = [];
  for (const e of events) {
    if (utc(e.date) < start) continue;
    const last = groups[groups.length - 1];
    if (last && utcDay.count(utc(last[0]!.date), utc(e.date)) <= EVENT_MERGE_DAYS) last.push(e);
    else groups.push([e]);
  }
  return groups;
}

/** Events before the x domain: named in a note at the chart's left edge instead. */
export function eventsBefore<E extends DatedEvent>(events: E[], start: Date): E[] {
  return events.filter((e) => utc(e.date) < start);
}

/**
 * Places event labels inside the plot, from its bottom up (where the figures are small and the plot is
 * mostly empty): beside their line, clear of every mark, every other label and every other event's line.
 * The lines run the plot's full height.
 */
function layoutEvents(
  groups: ChartEvent[][],
  x: (d: Date) => number,
  left: number,
  right: number,
  plotTop: number,
  plotBottom: number,
  marks: Rect[],
): EventLayout[] {
  const events: EventLayout[] = [];
  const placed: Rect[] = [];
  const xs = groups.map((g) => round(x(utc(g[0]!.date))));
  groups.forEach((g, gi) => {
    const ex = xs[gi]!;
    // Events within days of each other share one line; each keeps its own label line.
    const labels = g.map((e) => e.label);
    const widest = Math.max(...labels.map((l) => textWidth(l, FONT_SIZE)));
    const roomRight = right - (ex + 4);
    const roomLeft = ex - 4 - left;
    const anchor: "start" | "end" = roomRight >= widest || roomRight >= roomLeft ? "start" : "end";
    const lines = labels.flatMap((l) => wrapText(l, anchor === "start" ? roomRight : roomLeft, FONT_SIZE));
    const w = Math.max(...lines.map((l) => textWidth(l, FONT_SIZE)));
    const x0 = anchor === "start" ? ex + 4 : ex - 4 - w;
    const h = lines.length * LINE;
    const boxAt = (bottom: number): Rect => ({ x: x0, y: bottom - h, width: w, height: h });
    const ok = (b: Rect) =>
      b.y >= plotTop &&
      !marks.some((m) => overlaps(b, m, 1)) &&
      !placed.some((p) => overlaps(b, p, 2)) &&
      !xs.some((ox, oi) => oi !== gi && ox > b.x - 3 && ox < b.x + b.width + 3);
    // Where no spot is clear of other lines (events close together on a narrow chart), a label may cross one.
    const apart = (b: Rect) => b.y >= plotTop && !marks.some((m) => overlaps(b, m, 1)) && !placed.some((p) => overlaps(b, p, 2));
    let bottom = plotBottom - 2;
    while (bottom - h >= plotTop && !ok(boxAt(bottom))) bottom -= 4;
    if (bottom - h < plotTop) for (bottom = plotBottom - 2; bottom - h >= plotTop && !apart(boxAt(bottom)); bottom -= 4);
    // No free spot at all (the compact embed on a phone): the event is left out of this variant rather than
    // drawn over a mark or a label; the long description still lists it.
    if (bottom - h < plotTop) return;
    const box = boxAt(bottom);
    placed.push(box);
    events.push({
      ids: g.map((e) => e.id),
      date: g[0]!.date,
      x: ex,
      lines,
      anchor,
      textX: anchor === "start" ? ex + 4 : ex - 4,
      textY: box.y + FONT_SIZE - 1,
      box,
      lineTop: plotTop,
      lineBottom: plotBottom,
    });
  });
  return events;
}

/** A panel's y scale, nice ticks and tick labels. */
function yScale(items: ChartItem[], height: number, lang: Lang) {
  // Headroom above the highest figure for its annotation; no rounding up to a "nice" number.
  const max = Math.max(1, ...items.map((i) => i.value ?? 0)) * (height / (height - Math.min(ANNOTATION_HEADROOM, height / 6)));
  const n = Math.max(3, Math.min(5, Math.floor(height / 55)));
  const y = scaleLinear().domain([0, max]);
  const ticks = y.ticks(n);
  return { y, ticks, labels: ticks.map((v) => formatNumber(v, lang)) };
}

/** The left margin that fits every y tick label of these panels. */
export function gutterFor(panels: { items: ChartItem[]; height: number }[], lang: Lang): number {
  const widths = panels.flatMap((p) => yScale(p.items, p.height, lang).labels.map((l) => textWidth(l, FONT_SIZE)));
  return Math.ceil(Math.max(20, ...widths) + 8);
}

/** Positions one mark at its date and value. */
function markAt(item: ChartItem, x: number, y: number, y2?: number): MarkLayout {
  const box = glyphBox(item.kind, x, y, y2);
  return {
    id: item.claim.id,
    actor: item.claim.actor,
    group: item.group,
    kind: item.kind,
    date: item.claim.claim_date,
    x,
    y,
    ...(y2 !== undefined ? { y2 } : {}),
    box,
    hit: hitBox(box),
  };
}

/** Input of one numeric panel. */
export interface PanelInput {
  id: PlaceId;
  title: string;
  items: ChartItem[];
  height: number;
  /** Items to annotate, in priority order. */
  annotate?: ChartItem[];
}

/** The two lines of an annotation: the figure, then who and when. */
export function annotationLines(item: ChartItem, who: string, lang: Lang, narrow = false): string[] {
  const date = formatDate(item.claim.claim_date, lang, item.claim.date_precision);
  // Narrow charts stack who and when, so that a label fits beside a mark.
  return narrow ? [formatFigure(item.claim, lang), who, date] : [formatFigure(item.claim, lang), `${who}, ${date}`];
}

/** The bounding box of an annotation's leader line (none without a leader), for the event labels to keep clear of. */
function leaderBox(a: AnnotationLayout): Rect[] {
  if (!a.leader) return [];
  const { x1, y1, x2, y2 } = a.leader;
  return [{ x: Math.min(x1, x2), y: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) }];
}

/**
 * The panel's annotations: the rule's picks in priority order, placed beside their marks (leaders up to
 * MAX_LEADER) clear of the marks and the title. What finds no spot is dropped from the end, down to
 * MIN_ANNOTATIONS; fewer than that comes back empty so the panel can grow, unless this is its last try.
 */
function placeAnnotations(
  wanted: ChartItem[],
  marks: MarkLayout[],
  titleBox: Rect,
  frame: Rect,
  opts: { lang: Lang; shortOf: (actor: string) => string; narrow: boolean; lastTry: boolean },
): AnnotationLayout[] {
  const fewest = Math.min(MIN_ANNOTATIONS, wanted.length);
  for (let n = wanted.length; n >= fewest && n > 0; n--) {
    const picks = wanted.slice(0, n);
    const requests = picks.map((item) => {
      const lines = annotationLines(item, opts.shortOf(item.claim.actor), opts.lang, opts.narrow);
      const m = marks.find((k) => k.id === item.claim.id)!;
      return {
        key: item.claim.id,
        width: Math.max(...lines.map((l, i) => textWidth(l, FONT_SIZE, i === 0))) + 2,
        height: lines.length * LINE,
        anchors: [{ id: m.id, x: m.x, y: m.kind === "range" ? (m.y + m.y2!) / 2 : m.y, r: m.kind === "range" ? CAP + 1 : MARK_RADIUS + 1 }],
        lines,
      };
    });
    // Greedy in priority order; if that leaves one out, other orders of the same picks (at most 120).
    const place = (reqs: typeof requests) =>
      placeLabels(
        reqs,
        [...marks.map((m) => m.box), titleBox],
        frame,
        marks.map((m) => m.box),
        MAX_LEADER,
      );
    let { placed, failed } = place(requests);
    for (const order of permutations(requests.length, 120)) {
      if (failed.length === 0) break;
      const tried = place(order.map((i) => requests[i]!));
      if (tried.failed.length < failed.length) ({ placed, failed } = tried);
    }
    if (failed.length === 0 || (n === fewest && opts.lastTry))
      return placed.map((p) => ({
        anchor: p.anchor,
        group: picks.find((i) => i.claim.id === p.key)!.group,
        lines: requests.find((r) => r.key === p.key)!.lines,
        box: { x: round(p.box.x), y: round(p.box.y), width: round(p.box.width), height: round(p.box.height) },
        ...(p.leader ? { leader: { x1: round(p.leader.x1), y1: round(p.leader.y1), x2: round(p.leader.x2), y2: round(p.leader.y2) } } : {}),
      }));
  }
  return [];
}

/** Lays out numeric panels one under the other from `top`; returns them and where the last one ends. */
function layoutPanels(
  inputs: PanelInput[],
  t: TimeScale,
  plotLeft: number,
  plotRight: number,
  width: number,
  top: number,
  lang: Lang,
  shortOf: (actor: string) => string,
  eventGroupsOfFirst: ChartEvent[][] = [],
  maxGrow = PANEL_MAX_GROW,
): { panels: PanelLayout[]; bottom: number; events: EventLayout[] } {
  const panels: PanelLayout[] = [];
  let events: EventLayout[] = [];
  for (const [pi, input] of inputs.entries()) {
    // The panel grows (up to three times) when its annotations do not all fit.
    for (let grow = 0; ; grow += PANEL_GROW_STEP) {
      // A panel without a title (the compact view says what it counts in its subtitle) starts at its plot.
      const titleY = top + FONT_SIZE;
      const plotTop = top + (input.title ? LINE + 8 : 4);
      const plotBottom = plotTop + input.height + grow;
      const { y: ys, ticks } = yScale(input.items, input.height + grow, lang);
      const y = ys.copy().range([plotBottom, plotTop + 4]);
      const yTicks: Tick[] = ticks.map((v) => ({ pos: round(y(v)), label: formatNumber(v, lang) }));
      const marks = [...input.items]
        .sort((a, b) => a.claim.claim_date.localeCompare(b.claim.claim_date))
        .map((item) => markAt(item, t.x(utc(item.claim.claim_date)), y(item.value!), item.kind === "range" ? y(item.low!) : undefined));
      dodge(marks, { x: plotLeft, y: -1e6, width: plotRight - plotLeft, height: 2e6 });
      const wanted = input.annotate ?? [];
      const titleBox: Rect = {
        x: 0,
        y: top,
        width: input.title ? textWidth(input.title, FONT_SIZE, true) : 0,
        height: input.title ? LINE : 0,
      };
      const frame: Rect = { x: plotLeft - 4, y: top, width: width - plotLeft + 4, height: plotBottom - top };
      const annotations = placeAnnotations(wanted, marks, titleBox, frame, {
        lang,
        shortOf,
        narrow: width < 400,
        lastTry: grow >= maxGrow,
      });
      if (annotations.length < Math.min(MIN_ANNOTATIONS, wanted.length) && grow < maxGrow) continue;
      // Event labels after the annotations: they keep clear of marks, annotations and leader lines.
      if (pi === 0) {
        const taken = [...marks.map((m) => m.box), ...annotations.map((a) => a.box), ...annotations.flatMap(leaderBox)];
        events = layoutEvents(eventGroupsOfFirst, t.x, plotLeft, width, plotTop, plotBottom, taken);
      }
      const axisY = plotBottom + 4;
      const xTicks = monthTicks(t.x, t.start, t.end, lang, 0, width);
      const bottom = axisY + 6 + LINE * 2;
      for (const m of marks) {
        m.x = round(m.x);
        m.y = round(m.y);
        if (m.y2 !== undefined) m.y2 = round(m.y2);
      }
      panels.push({ id: input.id, title: input.title, titleY, plotTop, plotBottom, axisY, xTicks, yTicks, marks, annotations, bottom });
      top = bottom + 10;
      break;
    }
  }
  return { panels, bottom: top, events };
}

/** Orders of 0 … n−1 other than the identity, at most `limit` of them (Heap's algorithm). */
function permutations(n: number, limit: number): number[][] {
  const out: number[][] = [];
  const a = [...Array(n).keys()];
  const c = Array(n).fill(0);
  let i = 0;
  while (i < n && out.length < limit) {
    if (c[i] < i) {
      const j = i % 2 === 0 ? 0 : c[i];
      [a[j], a[i]] = [a[i]!, a[j]!];
      out.push([...a]);
      c[i]++;
      i = 0;
    } else {
      c[i] = 0;
      i++;
    }
  }
  return out;
}

/** Items of a place. */
const at = (model: ChartModel, place: ChartItem["place"]) => model.items.filter((i) => i.place === place);

/** The troop chart's two timelines at one variant: the default view and the full version's lane and small panels. */
export function layoutTroops(
  model: ChartModel,
  variant: Variant,
  lang: Lang,
  compact = false,
): { main: TimelineLayout; more: TimelineLayout } {
  const t = dictionary(lang).chart;
  const W = variant.width;
  const main = at(model, "main");
  if (main.length === 0) throw new Error("chart: no total figure for soldiers sent or in Russia in data/claims.csv, nothing to draw");
  const troopItems = model.items.filter((i) => i.place === "main" || i.place === "front" || i.place === "planned" || i.place === "lane");
  const inputs: PanelInput[] = [
    {
      id: "main",
      title: compact ? "" : t.panels.main,
      items: main,
      height: compact ? variant.compact : variant.plotHeight,
      annotate: pickAnnotations(main),
    },
    { id: "front", title: t.panels.front, items: at(model, "front"), height: variant.small },
    { id: "planned", title: t.panels.planned, items: at(model, "planned"), height: variant.small },
  ];
  const plotLeft = gutterFor(inputs, lang);
  const plotRight = W - 4;
  const ts = timeScale(troopItems, model.events, plotLeft, plotRight);
  const shortOf = (id: string) => model.actors.find((a) => a.id === id)?.short ?? id;

  // Default view: the main panel with its events.
  // The compact embed keeps its height: it may name fewer marks rather than grow.
  const mainLayout = layoutPanels(
    [inputs[0]!],
    ts,
    plotLeft,
    plotRight,
    W,
    0,
    lang,
    shortOf,
    eventGroups(model.events, ts.start),
    compact ? 0 : 120,
  );
  const mainHeight = Math.ceil(mainLayout.bottom - 6);

  // Full version: the lane for statements without a figure, then the small panels.
  const laneItems = at(model, "lane");
  let y = 0;
  let lane: LaneLayout | undefined;
  if (laneItems.length) {
    const rows = [LINE + 8 + NF_HEIGHT / 2, LINE + 8 + NF_HEIGHT * 1.5 + 2, LINE + 8 + NF_HEIGHT * 2.5 + 4];
    const marks = [...laneItems]
      .sort((a, b) => a.claim.claim_date.localeCompare(b.claim.claim_date))
      .map((item) => markAt(item, ts.x(utc(item.claim.claim_date)), rows[0]!));
    dodge(marks, { x: plotLeft, y: 0, width: plotRight - plotLeft, height: 1e6 }, rows);
    for (const m of marks) m.x = round(m.x);
    const bottom = Math.max(...marks.map((m) => m.box.y + m.box.height)) + 4;
    lane = { title: t.noFigure, titleY: FONT_SIZE, top: LINE + 4, bottom, marks };
    y = bottom + 14;
  }
  const small = layoutPanels(
    inputs.slice(1).filter((p) => p.items.length),
    ts,
    plotLeft,
    plotRight,
    W,
    y,
    lang,
    shortOf,
  );
  return {
    main: {
      variant: variant.id,
      width: W,
      height: mainHeight,
      fontSize: FONT_SIZE,
      plotLeft,
      plotRight,
      panels: mainLayout.panels,
      events: mainLayout.events,
    },
    more: {
      variant: variant.id,
      width: W,
      height: Math.ceil(small.bottom - 6),
      fontSize: FONT_SIZE,
      plotLeft,
      plotRight,
      panels: small.panels,
      ...(lane ? { lane } : {}),
      events: [],
    },
  };
}

/** The losses timeline ("Verlauf"): one small panel per section on one x axis. */
export function layoutLossTimeline(model: ChartModel, variant: Variant, lang: Lang): TimelineLayout {
  const t = dictionary(lang).chart;
  const W = variant.width;
  const inputs: PanelInput[] = (["killed", "casualties", "wounded"] as const)
    .map((id) => ({ id, title: t.losses.sections[id], items: at(model, id), height: variant.small + 10 }))
    .filter((p) => p.items.length);
  const items = inputs.flatMap((p) => p.items);
  const plotLeft = gutterFor(inputs, lang);
  const plotRight = W - 4;
  if (!items.length) return { variant: variant.id, width: W, height: 0, fontSize: FONT_SIZE, plotLeft, plotRight, panels: [], events: [] };
  const ts = timeScale(items, [], plotLeft, plotRight);
  const { panels, bottom } = layoutPanels(inputs, ts, plotLeft, plotRight, W, 0, lang, (id) => id);
  return { variant: variant.id, width: W, height: Math.ceil(bottom - 6), fontSize: FONT_SIZE, plotLeft, plotRight, panels, events: [] };
}
