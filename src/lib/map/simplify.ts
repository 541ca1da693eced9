/** Douglas–Peucker line simplification, used on the shared arcs of the TopoJSON basemap. */
import type { LonLat } from "./geo";

/** Squared distance from p to the segment a–b (planar, in degrees: fine at basemap tolerances). */
function segmentDistance2(p: LonLat, a: LonLat, b: LonLat): number {
  const [x, y] = p;
  let [x0, y0] = a;
  const dx = b[0] - x0;
  const dy = b[1] - y0;
  if (dx !== 0 || dy !== 0) {
    const t = ((x - x0) * dx + (y - y0) * dy) / (dx * dx + dy * dy);
    if (t > 1) [x0, y0] = b;
    else if (t > 0) [x0, y0] = [x0 + dx * t, y0 + dy * t];
  }
  return (x - x0) ** 2 + (y - y0) ** 2;
}

/**
 * Keeps the points of a line that deviate more than `tolerance` (degrees) from the simplified line.
 * The first and last points always stay, so arcs shared by two countries still meet.
 */
export function simplifyLine(points: LonLat[], tolerance: number): LonLat[] {
  if (points.length <= 2 || tolerance <= 0) return points.slice();
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  const tol2 = tolerance * tolerance;
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let maxD = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance2(points[i]!, points[first]!, points[last]!);
      if (d > maxD) [maxD, index] = [d, i];
    }
    if (index !== -1 && maxD > tol2) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}
