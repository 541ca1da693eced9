/**
 * Which marks of the default view get a direct annotation ("figure – who, date"), by a written rule, from the
 * data; the long description states the same rule (dictionary: chart.long.annotations).
 *
 * The rule, on the original total figures of the default view (isTotalFigure; never a repeat, an addition or
 * a subset):
 *  1. the first figure (earliest date);
 *  2. the highest figure (upper end of a range; on a tie, the first to name it);
 *  3. the latest figure;
 *  4. then, for each colour group not yet named, in key order, that group's highest figure (tie: earliest),
 *  until six marks are named. Where the layout cannot place them all, it grows the plot, then drops from the
 *  end of this list, never below four; only the compact embed, which may not grow, keeps three on a phone.
 */
import type { Claim } from "../data/schema";
import { isTotalFigure } from "../count";
import { COLOUR_GROUPS } from "./config";
import type { ChartItem } from "./model";

/** At most this many annotations; the layout keeps at least MIN_ANNOTATIONS. */
export const MAX_ANNOTATIONS = 6;
export const MIN_ANNOTATIONS = 4;

/** The largest number a claim names (upper bound, or the lower bound of "mehr als"). */
export const topOf = (c: Pick<Claim, "figure_low" | "figure_high">): number => c.figure_high ?? c.figure_low ?? 0;

const byDate = (a: ChartItem, b: ChartItem) => a.claim.claim_date.localeCompare(b.claim.claim_date);

/** The highest of `items`, which are in date order (tie: the earliest). */
function highest(items: ChartItem[]): ChartItem | undefined {
  return items.reduce<ChartItem | undefined>((best, i) => (best === undefined || topOf(i.claim) > topOf(best.claim) ? i : best), undefined);
}

/** The annotated items of a panel, in priority order (the rule above). */
export function pickAnnotations(panelItems: ChartItem[]): ChartItem[] {
  const totals = panelItems.filter((i) => i.kind !== "unquantified" && isTotalFigure(i.claim)).sort(byDate);
  const out: ChartItem[] = [];
  const add = (i: ChartItem | undefined) => {
    if (i && !out.includes(i) && out.length < MAX_ANNOTATIONS) out.push(i);
  };
  add(totals[0]);
  add(highest(totals));
  add(totals[totals.length - 1]);
  for (const g of COLOUR_GROUPS) {
    if (out.some((i) => i.group === g)) continue;
    add(highest(totals.filter((i) => i.group === g)));
  }
  return out;
}
