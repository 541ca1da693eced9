/** Rounds to `decimals` places (default 1: compact, stable SVG coordinates); -0 becomes 0. */
export function round(x: number, decimals = 1): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f + 0;
}
