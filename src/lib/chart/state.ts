/**
 * The chart's view state in the URL (?stand=2024-10-24&ohne=nis,hur): what was known on a date, which actors
 * are hidden. Pure functions, shared by the client script and the unit tests; no dataset, no i18n (bundle size).
 */

import { isIsoDay } from "../date";

/** What the reader chose to see. */
export interface ChartState {
  /** ISO day: only claims made on or before it are shown; undefined shows all. */
  stand?: string;
  /** Actor ids whose marks are hidden. */
  hidden: string[];
}

/** URL parameter names. */
export const PARAMS = { stand: "stand", hidden: "ohne" } as const;

/** True if `s` is an ISO day (YYYY-MM-DD) that exists in the calendar (lib/date.ts). */
export { isIsoDay };

/** Reads the state from a query string; unknown actors and invalid dates are ignored. */
export function parseState(search: string, actors: readonly string[]): ChartState {
  const q = new URLSearchParams(search);
  const stand = q.get(PARAMS.stand) ?? "";
  const known = new Set(actors);
  const hidden = (q.get(PARAMS.hidden) ?? "").split(",").filter((a) => known.has(a));
  return { ...(isIsoDay(stand) ? { stand } : {}), hidden: [...new Set(hidden)] };
}

/** Writes the state into a query string, keeping any other parameters; the default view adds nothing. */
export function stateToSearch(state: ChartState, search = ""): string {
  const q = new URLSearchParams(search);
  if (state.stand) q.set(PARAMS.stand, state.stand);
  else q.delete(PARAMS.stand);
  if (state.hidden.length) q.set(PARAMS.hidden, state.hidden.join(","));
  else q.delete(PARAMS.hidden);
  const s = q.toString().replace(/%2C/g, ",");
  return s ? `?${s}` : "";
}

/** True if a claim by `actor` made on `date` is shown in this state. */
export function isShown(actor: string, date: string, state: ChartState): boolean {
  return !state.hidden.includes(actor) && (state.stand === undefined || date <= state.stand);
}

/** Index of the last of the sorted `dates` on or before `stand` (the slider position); the last index if no stand. */
export function standIndex(dates: readonly string[], stand: string | undefined): number {
  if (stand === undefined) return dates.length - 1;
  let i = -1;
  while (i + 1 < dates.length && dates[i + 1]! <= stand) i++;
  return Math.max(0, i);
}
