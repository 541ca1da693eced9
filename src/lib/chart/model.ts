/** From the validated dataset to what the chart draws: which claims are marks, in which panel, in which style. */
import type { Actor, Claim, DatedEvent } from "../data/schema";
import { colourGroupOf, PANELS, SHAPES, type ColourGroup, type Decoration, type PanelId, type Shape } from "./config";
import { isOriginal } from "../count";

/** The part of the dataset the chart reads. */
export interface ChartData {
  claims: Claim[];
  actors: Actor[];
  events: DatedEvent[];
}

/** How one actor's marks look in every panel. */
export interface ActorStyle {
  id: string;
  /** Short label, drawn next to the marks. */
  short: string;
  /** Full name, for the table and tooltips. */
  name: string;
  group: ColourGroup;
  shape: Shape;
}

/** How a figure is drawn: a point, a range, an open-ended arrow, or a mark in the "no figure" strip. */
export type MarkKind = "point" | "range" | "upTo" | "atLeast" | "unquantified";

/** A claim that becomes a mark. */
export interface ChartItem {
  claim: Claim;
  panel: PanelId;
  decoration: Decoration;
  kind: MarkKind;
  /** The value at the mark's glyph; undefined in the strip. For ranges the upper end. */
  value?: number;
  /** For ranges: the lower end. */
  low?: number;
}

/** Everything the layout needs, independent of width. */
export interface ChartModel {
  items: ChartItem[];
  /** Actors that have at least one mark, in actors.csv order. */
  actors: ActorStyle[];
  /** Dated events drawn as annotations (events.csv chart=true), by date. */
  events: DatedEvent[];
  /** Claims that are in the table only: measures the chart does not draw, repeats, additions and subsets. */
  tableOnly: Claim[];
}

/** The mark kind of a claim, from its qualifier and bounds. */
export function markKind(claim: Pick<Claim, "qualifier" | "figure_low" | "figure_high">): MarkKind {
  const { qualifier: q, figure_low: low, figure_high: high } = claim;
  if (q === "unquantified" || (low === undefined && high === undefined)) return "unquantified";
  if (q === "up_to" || low === undefined) return "upTo";
  if (q === "at_least" || q === "more_than" || high === undefined) return "atLeast";
  return low === high ? "point" : "range";
}

/** Why a claim is not a mark: a repeat is drawn as its original; additions and subsets would read as totals on the axis. */
export function notDrawnBecause(claim: Pick<Claim, "measure" | "repeats" | "basis">): "measure" | "repeat" | "addition" | "subset" | undefined {
  if (!isOriginal(claim)) return "repeat";
  if (!PANELS.some((p) => claim.measure in p.measures)) return "measure";
  if (claim.basis === "addition" || claim.basis === "subset") return claim.basis;
  return undefined;
}

/** Builds the chart model: every original total (or figure-less claim) of a drawn measure becomes exactly one item; the rest go to the table. */
export function chartModel(data: ChartData): ChartModel {
  const items: ChartItem[] = [];
  const tableOnly: Claim[] = [];
  for (const claim of data.claims) {
    const panel = PANELS.find((p) => claim.measure in p.measures);
    if (!panel || notDrawnBecause(claim)) {
      tableOnly.push(claim);
      continue;
    }
    const kind = markKind(claim);
    const item: ChartItem = { claim, panel: panel.id, decoration: panel.measures[claim.measure]!, kind };
    // markKind guarantees the bound each kind needs is there.
    if (kind === "point" || kind === "atLeast") item.value = claim.figure_low!;
    if (kind === "upTo" || kind === "range") item.value = claim.figure_high!;
    if (kind === "range") item.low = claim.figure_low!;
    items.push(item);
  }
  const used = new Set(items.map((i) => i.claim.actor));
  const perGroup = new Map<ColourGroup, number>();
  const actors = data.actors
    .filter((a) => used.has(a.id))
    .map((a): ActorStyle => {
      const group = colourGroupOf(a.country);
      const n = perGroup.get(group) ?? 0;
      perGroup.set(group, n + 1);
      return { id: a.id, short: a.short_de, name: a.name_de, group, shape: SHAPES[n % SHAPES.length]! };
    });
  const known = new Set(data.actors.map((a) => a.id));
  for (const item of items) {
    if (!known.has(item.claim.actor)) throw new Error(`chart: claim ${item.claim.id} names unknown actor "${item.claim.actor}"`);
  }
  const events = data.events.filter((e) => e.chart).sort((a, b) => a.date.localeCompare(b.date));
  return { items, actors, events, tableOnly };
}
