/**
 * Label placement for the map, in screen pixels (Leaflet) or SVG units (the static map): each label
 * tries the sides of its point in turn and takes the first spot free of other labels, markers and the
 * map's edge. Required labels (the main places) always show; optional ones hide when there is no room.
 */
import type { Rect } from "../chart/geometry";
import { textWidth } from "../chart/text";

/** Where a label sits relative to its point. */
export type Side = "right" | "left" | "top" | "bottom" | "top-right" | "top-left" | "bottom-right" | "bottom-left" | "center";

/** An axis-aligned box: the chart's Rect, one shape for both figures. */
export type Box = Rect;

/** A label to place. */
export interface LabelRequest {
  id: string;
  /** The point the label belongs to. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Distance between the point and the label (marker radius plus a gap). */
  gap: number;
  /** Required labels always get a side (the least bad one if none is free). */
  required: boolean;
  /** Sides to try, best first. */
  sides?: readonly Side[];
  /** Other points the label may belong to, tried after the first (a distance anywhere along its arc). */
  alternatives?: readonly { x: number; y: number }[];
}

/** The outcome for one label: its side, box and point (0 = x/y, i = alternatives[i − 1]), or null when an optional label found no room. */
export type Placement = { side: Side; box: Box; at: number } | null;

/** Every spot a label may take: each of its points, each side, in order of preference. */
function candidates(l: LabelRequest): { side: Side; box: Box; at: number }[] {
  const points = [{ x: l.x, y: l.y }, ...(l.alternatives ?? [])];
  return points.flatMap((p, at) => (l.sides ?? DEFAULT_SIDES).map((side) => ({ side, box: labelBox({ ...l, ...p }, side), at })));
}

/** Default order of sides: right reads most naturally, then left, above, below, then the corners. */
export const DEFAULT_SIDES: readonly Side[] = ["right", "left", "top", "bottom", "top-right", "bottom-right", "top-left", "bottom-left"];

/** How far a corner label sits from its point, as a share of the gap on each axis. */
const DIAGONAL = 0.7;

/** The box of a label placed on one side of its point. */
export function labelBox(l: Pick<LabelRequest, "x" | "y" | "width" | "height" | "gap">, side: Side): Box {
  const { x, y, width: w, height: h, gap } = l;
  switch (side) {
    case "right":
      return { x: x + gap, y: y - h / 2, width: w, height: h };
    case "left":
      return { x: x - gap - w, y: y - h / 2, width: w, height: h };
    case "top":
      return { x: x - w / 2, y: y - gap - h, width: w, height: h };
    case "bottom":
      return { x: x - w / 2, y: y + gap, width: w, height: h };
    case "top-right":
      return { x: x + gap * DIAGONAL, y: y - gap * DIAGONAL - h, width: w, height: h };
    case "top-left":
      return { x: x - gap * DIAGONAL - w, y: y - gap * DIAGONAL - h, width: w, height: h };
    case "bottom-right":
      return { x: x + gap * DIAGONAL, y: y + gap * DIAGONAL, width: w, height: h };
    case "bottom-left":
      return { x: x - gap * DIAGONAL - w, y: y + gap * DIAGONAL, width: w, height: h };
    case "center":
      return { x: x - w / 2, y: y - h / 2, width: w, height: h };
  }
}

/** Area shared by two boxes (0 if they do not touch). */
export function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Room kept between two labels, so they never touch (browsers round positions differently). */
const LABEL_SPACING = 2;

/** A box made larger by `d` on every side. */
function grow(b: Box, d: number): Box {
  return { x: b.x - d, y: b.y - d, width: b.width + 2 * d, height: b.height + 2 * d };
}

/** Area of a box that lies outside the frame. */
function outside(b: Box, frame: Box): number {
  const inside = overlap(b, frame);
  return b.width * b.height - inside;
}

/** What a label would cost on one spot: cut off by the frame is worst, then covering labels, then markers. */
function cost(box: Box, placed: Box[], obstacles: Box[], frame: Box): number {
  return (
    outside(box, frame) * 50 +
    placed.reduce((s, p) => s + overlap(grow(box, LABEL_SPACING), p) * 8, 0) +
    obstacles.reduce((s, o) => s + overlap(box, o), 0)
  );
}

/**
 * Places labels: the required ones together (every combination of sides is tried, so two close
 * places such as Pyongyang and Vladivostok find a pair of spots that fit), then the optional ones in
 * the order given, each on the first free spot or not at all. `obstacles` are the markers, `frame`
 * the visible area. Returns one placement per request id.
 */
export function placeMapLabels(requests: LabelRequest[], obstacles: Box[], frame: Box): Map<string, Placement> {
  const result = new Map<string, Placement>();
  const required = requests.filter((r) => r.required);
  const placed = placeTogether(required, obstacles, frame);
  required.forEach((r, i) => result.set(r.id, placed[i]!));
  const boxes = placed.map((p) => p.box);
  for (const r of requests.filter((x) => !x.required)) {
    const free = candidates(r).find((c) => cost(c.box, boxes, obstacles, frame) < ROUNDING);
    result.set(r.id, free ?? null);
    if (free) boxes.push(free.box);
  }
  return result;
}

/**
 * A cost this small is floating-point rounding, not a real overlap: a box's area minus its area inside
 * the frame comes out as 1e-12 rather than 0 for fractional coordinates, and an exact "=== 0" then
 * found no free spot for any optional label of the static map.
 */
const ROUNDING = 1e-6;

/** How many required labels are placed by full search; more would take too long, they go one by one. */
const SEARCH_LIMIT = 5;

/** The cheapest combination of spots for the required labels (branch and bound over all sides). */
function placeTogether(labels: LabelRequest[], obstacles: Box[], frame: Box): { side: Side; box: Box; at: number }[] {
  const spots = candidates;
  const searched = labels.slice(0, SEARCH_LIMIT);
  let best = { cost: Infinity, pick: [] as { side: Side; box: Box; at: number }[] };
  const search = (i: number, pick: { side: Side; box: Box; at: number }[], sum: number) => {
    if (sum >= best.cost) return;
    if (i === searched.length) {
      best = { cost: sum, pick: [...pick] };
      return;
    }
    for (const spot of spots(searched[i]!)) {
      const c = cost(
        spot.box,
        pick.map((p) => p.box),
        obstacles,
        frame,
      );
      pick.push(spot);
      search(i + 1, pick, sum + c);
      pick.pop();
    }
  };
  search(0, [], 0);
  const pick = best.pick;
  for (const l of labels.slice(SEARCH_LIMIT)) {
    const boxes = pick.map((p) => p.box);
    pick.push(spots(l).reduce((a, b) => (cost(b.box, boxes, obstacles, frame) < cost(a.box, boxes, obstacles, frame) ? b : a)));
  }
  return pick;
}

/** Width of a text in the site's bundled font (its real advance widths, as the chart measures). */
export function estimateTextWidth(text: string, fontSize: number): number {
  return textWidth(text, fontSize);
}
