/** From the validated dataset to what the figures draw: each claim gets exactly one place, or the table only. */
import type { Claim, DatasetRows, DatedEvent } from "../data/schema";
import { colourGroupOf, placeOf, type ColourGroup, type PlaceId } from "./config";
import { isOriginal } from "../count";
import { localized, type Lang } from "../i18n";

/** The part of the dataset the figures read. */
export type ChartData = Pick<DatasetRows, "claims" | "actors" | "events">;

/** How one actor is shown: its colour group and its names. */
export interface ActorStyle {
  id: string;
  /** Short label, for annotations and the filter. */
  short: string;
  /** Full name, for the table and tooltips. */
  name: string;
  group: ColourGroup;
}

/** How a figure is drawn: a dot, a range bar, a dot with a caret, or a tick in the no-figure lane. */
export type MarkKind = "point" | "range" | "upTo" | "atLeast" | "unquantified";

/** A claim that becomes a mark. */
export interface ChartItem {
  claim: Claim;
  /** The panel or section, or "lane" for statements without a figure. */
  place: PlaceId | "lane";
  kind: MarkKind;
  group: ColourGroup;
  /** The value at the dot; for ranges the upper end; undefined in the lane. */
  value?: number;
  /** For ranges: the lower end. */
  low?: number;
}

/** Why a claim is only in the table. */
export type TableReason = "measure" | "repeat" | "addition" | "subset";

/** An event on the chart, with its short label in the chart's language. */
export type ChartEvent = DatedEvent & { label: string };

/** Everything the layouts need, independent of width. */
export interface ChartModel {
  items: ChartItem[];
  /** Actors with at least one mark, in actors.csv order. */
  actors: ActorStyle[];
  /** Dated events drawn as annotations (events.csv chart=true), by date, with their label in the model's language. */
  events: ChartEvent[];
  /** Claims in the table only, with the reason. */
  tableOnly: { claim: Claim; reason: TableReason }[];
}

/** The mark kind of a claim, from its qualifier and bounds. */
export function markKind(claim: Pick<Claim, "qualifier" | "figure_low" | "figure_high">): MarkKind {
  const { qualifier: q, figure_low: low, figure_high: high } = claim;
  if (q === "unquantified" || (low === undefined && high === undefined)) return "unquantified";
  if (q === "up_to" || low === undefined) return "upTo";
  if (q === "at_least" || q === "more_than" || high === undefined) return "atLeast";
  return low === high ? "point" : "range";
}

/**
 * Why a claim is not a mark: a repeat is drawn as its original; additions and subsets would read as totals on
 * the axis; officers, generals and figures of "other" are no troop or loss counts. An original statement
 * without a figure is always drawn, in the lane, whatever it counts.
 */
export function notDrawnBecause(claim: Pick<Claim, "measure" | "repeats" | "basis" | "qualifier">): TableReason | undefined {
  if (!isOriginal(claim)) return "repeat";
  if (claim.qualifier === "unquantified") return undefined;
  if (!placeOf(claim.measure)) return "measure";
  if (claim.basis === "addition" || claim.basis === "subset") return claim.basis;
  return undefined;
}

/** Where a claim is drawn, or undefined for the table only. */
export function drawnPlace(claim: Claim): PlaceId | "lane" | undefined {
  if (notDrawnBecause(claim)) return undefined;
  return claim.qualifier === "unquantified" ? "lane" : placeOf(claim.measure);
}

/** Builds the model: every drawn claim becomes exactly one item; the rest go to the table with a reason. */
export function chartModel(data: ChartData, lang: Lang): ChartModel {
  const byId = new Map(data.actors.map((a) => [a.id, a]));
  const items: ChartItem[] = [];
  const tableOnly: ChartModel["tableOnly"] = [];
  for (const claim of data.claims) {
    const place = drawnPlace(claim);
    if (!place) {
      tableOnly.push({ claim, reason: notDrawnBecause(claim) ?? "measure" });
      continue;
    }
    const actor = byId.get(claim.actor);
    if (!actor) throw new Error(`chart: claim ${claim.id} names unknown actor "${claim.actor}"`);
    // A lane claim is one without a figure, which markKind calls "unquantified".
    const kind = markKind(claim);
    const item: ChartItem = { claim, place, kind, group: colourGroupOf(actor) };
    // markKind guarantees the bound each kind needs is there.
    if (kind === "point" || kind === "atLeast") item.value = claim.figure_low!;
    if (kind === "upTo" || kind === "range") item.value = claim.figure_high!;
    if (kind === "range") item.low = claim.figure_low!;
    items.push(item);
  }
  const used = new Set(items.map((i) => i.claim.actor));
  const actors = data.actors
    .filter((a) => used.has(a.id))
    .map((a): ActorStyle => ({ id: a.id, short: localized(a, "short", lang), name: localized(a, "name", lang), group: colourGroupOf(a) }));
  const events = data.events
    .filter((e) => e.chart)
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((e): ChartEvent => ({ ...e, label: localized(e, "label", lang) }));
  return { items, actors, events, tableOnly };
}
