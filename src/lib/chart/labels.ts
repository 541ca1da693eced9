/**
 * Direct labels without overlaps: a greedy placement that tries spots next to each of an actor's marks,
 * then spots further away joined by a leader line, and takes the nearest spot that collides with nothing.
 */
import { inside, nearestPoint, overlaps, type Rect } from "./geometry";

/** A mark a label may sit next to. */
export interface LabelAnchor {
  /** Claim id of the mark. */
  id: string;
  /** Centre of the glyph. */
  x: number;
  y: number;
  /** Radius of the glyph (with its ring). */
  r: number;
}

/** One label to place, with the marks it may name, most preferred first. */
export interface LabelRequest {
  key: string;
  width: number;
  height: number;
  anchors: LabelAnchor[];
}

/** A line from a mark to its label when they are not adjacent. */
export interface Leader {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Where a label went. */
export interface PlacedLabel {
  key: string;
  /** The box of the text. */
  box: Rect;
  /** Claim id of the mark it names. */
  anchor: string;
  leader?: Leader;
}

interface Candidate {
  box: Rect;
  anchor: LabelAnchor;
  score: number;
  leader: boolean;
}

/** Score added for each mark a leader line runs through (it would seem to point there). */
const CROSSING_COST = 40;
/** Gap kept between a label and anything else, in px. */
const GAP = 1.5;

/**
 * The candidate boxes for one anchor, each with a score (lower is better). The scoring model: the eight
 * spots touching the mark come first, in reading preference (right 0, left 1, above 1.5, below 2, then the
 * corners 2.5 to 3.5). A spot that needs a leader line lies d px further out (rings every 6 px up to
 * `maxLeader`) and scores d plus 6 to the right, 7 to the left or above, 8 below, plus 0.6 a px it is
 * shifted along the ring (so straight out beats diagonal at the same ring): always more than the touching
 * spots. Each further anchor of the same label (a range's other end) adds 2 a rank. placeLabels adds
 * CROSSING_COST for every mark or leader line that a leader would cross.
 */
function candidates(a: LabelAnchor, w: number, h: number, rank: number, maxLeader: number): Candidate[] {
  const out: Candidate[] = [];
  const add = (x: number, y: number, score: number, leader: boolean) =>
    out.push({ box: { x, y, width: w, height: h }, anchor: a, score: score + rank * 2, leader });
  const { x: cx, y: cy, r } = a;
  add(cx + r + 3, cy - h / 2, 0, false);
  add(cx - r - 3 - w, cy - h / 2, 1, false);
  add(cx - w / 2, cy - r - 2 - h, 1.5, false);
  add(cx - w / 2, cy + r + 2, 2, false);
  add(cx + r - 1, cy - r - h + 1, 2.5, false);
  add(cx + r - 1, cy + r - 1, 3, false);
  add(cx - r + 1 - w, cy - r - h + 1, 3, false);
  add(cx - r + 1 - w, cy + r - 1, 3.5, false);
  for (let d = 6; d <= maxLeader; d += 6) {
    for (let dy = 0; dy <= d; dy += 6) {
      for (const s of dy === 0 ? [1] : [-1, 1]) {
        add(cx + r + d, cy - h / 2 + s * dy, 6 + d + dy * 0.6, true);
        add(cx - r - d - w, cy - h / 2 + s * dy, 7 + d + dy * 0.6, true);
      }
    }
    for (let dx = 0; dx <= w; dx += 8) {
      for (const s of dx === 0 ? [1] : [-1, 1]) {
        add(cx - w / 2 + s * dx, cy - r - d - h, 7 + d + dx * 0.6, true);
        add(cx - w / 2 + s * dx, cy + r + d, 8 + d + dx * 0.6, true);
      }
    }
  }
  return out;
}

/** True if the segment p→q crosses the rectangle (Liang–Barsky clipping). */
export function segmentHitsRect(x1: number, y1: number, x2: number, y2: number, r: Rect): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = x2 - x1;
  const dy = y2 - y1;
  const edges: [number, number][] = [
    [-dx, x1 - r.x],
    [dx, r.x + r.width - x1],
    [-dy, y1 - r.y],
    [dy, r.y + r.height - y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/** True if two segments cross (touching at an end does not count). */
export function segmentsCross(a: Leader, b: Leader): boolean {
  const side = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) =>
    Math.sign((qx - px) * (ry - py) - (qy - py) * (rx - px));
  return (
    side(a.x1, a.y1, a.x2, a.y2, b.x1, b.y1) * side(a.x1, a.y1, a.x2, a.y2, b.x2, b.y2) < 0 &&
    side(b.x1, b.y1, b.x2, b.y2, a.x1, a.y1) * side(b.x1, b.y1, b.x2, b.y2, a.x2, a.y2) < 0
  );
}

/** The leader from the edge of the anchor's glyph to the nearest point of the label box. */
function leaderFor(a: LabelAnchor, box: Rect): Leader {
  const [px, py] = nearestPoint(box, a.x, a.y);
  const len = Math.hypot(px - a.x, py - a.y) || 1;
  return { x1: a.x + ((px - a.x) / len) * (a.r + 1), y1: a.y + ((py - a.y) / len) * (a.r + 1), x2: px, y2: py };
}

/**
 * Places labels one by one (the order given), each at its best free spot inside `bounds`: never over another
 * label, an obstacle (marks, titles, other text) or a leader line; a leader through one of `marks` (other
 * than its own) is allowed only where nothing better is free. Returns the placed labels and the keys of
 * those that found no spot, so the caller can make room and try again.
 */
export function placeLabels(
  requests: LabelRequest[],
  obstacles: Rect[],
  bounds: Rect,
  marks: Rect[] = [],
  maxLeader = 150,
): { placed: PlacedLabel[]; failed: string[] } {
  // The mark box an anchor belongs to: its own leader may start inside it.
  const own = (a: LabelAnchor) => marks.find((m) => a.x >= m.x && a.x <= m.x + m.width && a.y >= m.y && a.y <= m.y + m.height);
  const placed: PlacedLabel[] = [];
  const failed: string[] = [];
  const leaders: Leader[] = [];
  for (const req of requests) {
    const all = req.anchors.flatMap((a, i) => candidates(a, req.width, req.height, i, maxLeader)).sort((p, q) => p.score - q.score);
    // Candidates come sorted by score; a leader through other marks costs extra, so keep looking while a
    // cheaper spot may still come.
    let chosen: PlacedLabel | undefined;
    let chosenScore = Infinity;
    for (const c of all) {
      if (c.score >= chosenScore) break;
      if (!inside(c.box, bounds)) continue;
      if (obstacles.some((o) => overlaps(c.box, o, GAP))) continue;
      if (placed.some((p) => overlaps(c.box, p.box, GAP + 1))) continue;
      if (leaders.some((l) => segmentHitsRect(l.x1, l.y1, l.x2, l.y2, c.box))) continue;
      const leader = c.leader ? leaderFor(c.anchor, c.box) : undefined;
      if (leader && Math.hypot(leader.x2 - leader.x1, leader.y2 - leader.y1) > maxLeader) continue;
      if (leader && placed.some((p) => segmentHitsRect(leader.x1, leader.y1, leader.x2, leader.y2, p.box))) continue;
      const anchorBox = own(c.anchor);
      const crossings = leader
        ? marks.filter((m) => m !== anchorBox && segmentHitsRect(leader.x1, leader.y1, leader.x2, leader.y2, m)).length
        : 0;
      const tangles = leader ? leaders.filter((l) => segmentsCross(l, leader)).length : 0;
      const score = c.score + (crossings + tangles) * CROSSING_COST;
      if (score < chosenScore) {
        chosen = { key: req.key, box: c.box, anchor: c.anchor.id, ...(leader ? { leader } : {}) };
        chosenScore = score;
      }
    }
    if (chosen) {
      placed.push(chosen);
      if (chosen.leader) leaders.push(chosen.leader);
    } else failed.push(req.key);
  }
  return { placed, failed };
}
