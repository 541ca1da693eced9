/** Great-circle distances between places, as the map draws its arcs: one formula for text and map. */
import { geoDistance } from "d3-geo";

/** Mean earth radius in km (IUGG), the radius the research notes use. */
export const EARTH_RADIUS_KM = 6371;

/** A point with WGS84 coordinates in degrees. */
export interface LatLon {
  lat: number;
  lon: number;
}

/** The great-circle distance between two points in km, unrounded. */
export function greatCircleKm(a: LatLon, b: LatLon): number {
  return geoDistance([a.lon, a.lat], [b.lon, b.lat]) * EARTH_RADIUS_KM;
}

/** The distance rounded to `step` km (default 10): a great circle is a lower bound, not a travel distance, so no false precision. */
export function roundedKm(km: number, step = 10): number {
  return Math.round(km / step) * step;
}
