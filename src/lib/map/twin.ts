/**
 * The map's text twin (the list of places under the map) in route order: the main places the route starts
 * from, then each stage of the route (titled when it holds several places), then the other places on the
 * map, then those outside it. A place folded into a marker appears with that marker's place, not alone.
 */
import type { Place } from "../data/schema";
import type { MapModel } from "./model";

/** One item of the ordered list: a stage's title (if it has several places) and its places. */
export interface TwinEntry {
  title: string | undefined;
  places: Place[];
}

/** The twin's parts. */
export interface Twin {
  /** Route order: lead places, then the stages. */
  entries: TwinEntry[];
  /** Places on the map that are neither on the route, nor lead, nor folded into another marker. */
  others: Place[];
  /** Places outside the map's frame. */
  outside: Place[];
}

/** Orders the twin; `stageTitle` names a stage by the kind of its first place. */
export function twinEntries(
  model: Pick<MapModel, "stages" | "mainLine" | "markers" | "outside">,
  stageTitle: (kind: string) => string,
): Twin {
  const onRoute = new Set(model.stages.flatMap((s) => s.places.map((p) => p.id)));
  const lead = model.mainLine.filter((p) => !onRoute.has(p.id));
  const leadIds = new Set(lead.map((p) => p.id));
  const folded = new Set(model.markers.flatMap((m) => m.folded.map((f) => f.id)));
  const others = model.markers.map((m) => m.place).filter((p) => !onRoute.has(p.id) && !leadIds.has(p.id) && !folded.has(p.id));
  const entries: TwinEntry[] = [
    ...lead.map((p) => ({ title: undefined, places: [p] })),
    ...model.stages.map((s) => ({ title: s.places.length > 1 ? stageTitle(s.places[0]!.kind) : undefined, places: s.places })),
  ];
  return { entries, others, outside: model.outside };
}

/** The places folded into `place`'s marker (none if it has no marker). */
export function foldedInto(model: Pick<MapModel, "markers">, place: Place): Place[] {
  return model.markers.find((m) => m.place.id === place.id)?.folded ?? [];
}
