/**
 * The chart's reader interaction as pure functions, for the client script (src/client/chart-client.ts):
 * where a tooltip goes and which mark a key moves to. DOM-free, so they are unit-tested in Node.
 */
import type { Rect } from "./geometry";

/** Space between a mark and its tooltip, in CSS px. */
export const TIP_GAP = 8;

/** How long a tooltip stays after pointer or focus leave, in ms: time to move onto it and use its source link. */
export const TIP_HIDE_DELAY_MS = 250;

/**
 * Where the tooltip goes, relative to the chart box (all rectangles in viewport px): centred on the mark
 * and kept inside the box's width; below the mark if it fits above the viewport's bottom there, or if it
 * would not fit above the mark either; otherwise above.
 */
export function tooltipPosition(
  mark: Rect,
  box: Rect,
  tip: { width: number; height: number },
  viewportHeight: number,
): { left: number; top: number } {
  const centred = mark.x + mark.width / 2 - box.x - tip.width / 2;
  const left = Math.max(0, Math.min(box.width - tip.width, centred));
  const markBottom = mark.y + mark.height;
  const below = markBottom + tip.height + TIP_GAP < viewportHeight || mark.y - tip.height - TIP_GAP < 0;
  return { left, top: below ? markBottom - box.y + TIP_GAP : mark.y - box.y - tip.height - TIP_GAP };
}

/**
 * The index of the mark a key moves focus to among `count` shown marks, from `index`: arrows step (right
 * and down forward, left and up back) and stop at the ends, Home and End jump. Undefined for other keys.
 */
export function markAfterKey(key: string, index: number, count: number): number | undefined {
  const target: Record<string, number> = {
    ArrowRight: index + 1,
    ArrowDown: index + 1,
    ArrowLeft: index - 1,
    ArrowUp: index - 1,
    Home: 0,
    End: count - 1,
  };
  if (!(key in target) || count === 0) return undefined;
  return Math.max(0, Math.min(count - 1, target[key]!));
}
