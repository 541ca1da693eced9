/** Axis-aligned rectangles: the one shape the label placement reasons about. */

/** A rectangle in SVG coordinates (y grows downwards). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** True if two rectangles overlap by more than `gap` (touching edges do not count). */
export function overlaps(a: Rect, b: Rect, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

/** True if `inner` lies completely inside `outer`. */
export function inside(inner: Rect, outer: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

/** The point of `r` nearest to (px, py). */
export function nearestPoint(r: Rect, px: number, py: number): [number, number] {
  return [Math.max(r.x, Math.min(px, r.x + r.width)), Math.max(r.y, Math.min(py, r.y + r.height))];
}

/** Rounds to one decimal for compact, stable SVG output (the one round, lib/round.ts). */
import { round } from "../round";
export { round };
