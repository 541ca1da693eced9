/**
 * The route of the map, read from data/places.csv: stages by `route_order`, legs between stages as
 * great-circle arcs, and the line through the main places whose distances the text quotes.
 */
import type { Place } from "../data/schema";
import { distanceKm, greatCircle, type LonLat } from "./geo";

/** Position of a place as [lon, lat]. */
export function lonLat(p: Pick<Place, "lon" | "lat">): LonLat {
  return [p.lon, p.lat];
}

/** A stage of the route: the places that share one `route_order` (several ports, several training grounds). */
export interface Stage {
  order: number;
  places: Place[];
}

/** One great-circle arc between two places, with its length computed from their coordinates. */
export interface Arc {
  from: Place;
  to: Place;
  /** Great-circle distance in km, unrounded. */
  km: number;
  /** Points along the arc, [lon, lat]. */
  points: LonLat[];
}

/** A leg: the move from one stage to the next, drawn as one arc per pair of places it connects. */
export interface Leg {
  /** 1 for the first leg. */
  number: number;
  from: Stage;
  to: Stage;
  arcs: Arc[];
}

/** The arc between two places. */
export function arcBetween(from: Place, to: Place): Arc {
  return { from, to, km: distanceKm(lonLat(from), lonLat(to)), points: greatCircle(lonLat(from), lonLat(to)) };
}

/** The places on the route grouped into stages, in route order (file order within a stage). */
export function routeStages(places: Place[]): Stage[] {
  const byOrder = new Map<number, Place[]>();
  for (const p of places) {
    if (p.route_order === undefined) continue;
    byOrder.set(p.route_order, [...(byOrder.get(p.route_order) ?? []), p]);
  }
  return [...byOrder.entries()].sort(([a], [b]) => a - b).map(([order, ps]) => ({ order, places: ps }));
}

/**
 * The legs between consecutive stages. Many places meeting one (ports → Vladivostok) or one place
 * fanning out to many (Vladivostok → training grounds) connect every pair; between two groups of
 * several places, each destination is joined to its nearest origin rather than drawing every pair.
 */
export function routeLegs(stages: Stage[]): Leg[] {
  const legs: Leg[] = [];
  for (let i = 0; i + 1 < stages.length; i++) {
    const from = stages[i]!;
    const to = stages[i + 1]!;
    let arcs: Arc[];
    if (from.places.length === 1 || to.places.length === 1) {
      arcs = from.places.flatMap((a) => to.places.map((b) => arcBetween(a, b)));
    } else {
      arcs = to.places.map((b) => {
        const nearest = [...from.places].sort((x, y) => distanceKm(lonLat(x), lonLat(b)) - distanceKm(lonLat(y), lonLat(b)))[0]!;
        return arcBetween(nearest, b);
      });
    }
    legs.push({ number: i + 1, from, to, arcs });
  }
  return legs;
}

/**
 * The main places in route order. A main place without a route position (Pyongyang, where the orders
 * come from) starts the line; its arcs give the headline distances (Pyongyang → Vladivostok → Kursk).
 */
export function mainLine(places: Place[]): Place[] {
  const main = places.filter((p) => p.prominence === "main");
  return main
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.route_order ?? 0) - (b.p.route_order ?? 0) || a.i - b.i)
    .map(({ p }) => p);
}

/** The arcs between consecutive main places: the distances a reader should take away. */
export function mainArcs(places: Place[]): Arc[] {
  const line = mainLine(places);
  return line.slice(1).map((to, i) => arcBetween(line[i]!, to));
}
