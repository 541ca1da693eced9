/**
 * Label placement for the map, in screen pixels (Leaflet) or SVG units (the static map): each label
 * tries the sides of its point in turn and takes the first spot free of other labels, markers and the
 * map's edge. Required labels (the main places) always show; optional ones hide when there is no room.
 */

/** Where a label sits relative to its point. */
export type Side = "right" | "left" | "top" | "bottom" | "center";

/** An axis-aligned box. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

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
}

/** The outcome for one label: its side and box, or null when an optional label found no room. */
export type Placement = { side: Side; box: Box } | null;

/** Default order of sides: right reads most naturally, then left, above, below. */
export const DEFAULT_SIDES: readonly Side[] = ["right", "left", "top", "bottom"];

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

/** Area of a box that lies outside the frame. */
function outside(b: Box, frame: Box): number {
  const inside = overlap(b, frame);
  return b.width * b.height - inside;
}

/**
 * Places labels greedily in the order given (put required labels first). `obstacles` are the markers,
 * `frame` the visible area. Returns one placement per request id.
 */
export function placeLabels(requests: LabelRequest[], obstacles: Box[], frame: Box): Map<string, Placement> {
  const placed: Box[] = [];
  const result = new Map<string, Placement>();
  for (const r of requests) {
    let best: { side: Side; box: Box; cost: number } | undefined;
    for (const side of r.sides ?? DEFAULT_SIDES) {
      const box = labelBox(r, side);
      // A label cut off by the frame is unreadable: worse than covering another label or a marker.
      const cost =
        outside(box, frame) * 50 +
        placed.reduce((s, p) => s + overlap(box, p) * 8, 0) +
        obstacles.reduce((s, o) => s + overlap(box, o), 0);
      if (!best || cost < best.cost) best = { side, box, cost };
      if (cost === 0) break;
    }
    if (best && (best.cost === 0 || r.required)) {
      placed.push(best.box);
      result.set(r.id, { side: best.side, box: best.box });
    } else {
      result.set(r.id, null);
    }
  }
  return result;
}

/** Rough width of a text in the system sans-serif: enough for placement when nothing can be measured. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.56;
}
