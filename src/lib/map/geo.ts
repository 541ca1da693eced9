/** Spherical helpers for the map: distances and great-circle arcs between places (d3-geo). */
import { geoDistance, geoInterpolate } from "d3-geo";

/** A position as [longitude, latitude] in degrees, GeoJSON order. */
export type LonLat = [number, number];

/** Mean Earth radius in km (IUGG), the usual radius for "as the crow flies" distances. */
export const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance between two positions in kilometres. */
export function distanceKm(a: LonLat, b: LonLat): number {
  return geoDistance(a, b) * EARTH_RADIUS_KM;
}

/**
 * A distance as a reader says it: two significant digits (687 → 690, 6.732 → 6.700),
 * because the coordinates of cities and training grounds are not more precise than that.
 */
export function roundKm(km: number): number {
  if (km < 10) return Math.round(km);
  const unit = 10 ** (Math.floor(Math.log10(km)) - 1);
  return Math.round(km / unit) * unit;
}

/**
 * Points along the great circle from a to b, ends included. Longitudes are unwrapped so the line
 * never jumps across the antimeridian (a flat map then draws it as one continuous curve).
 */
export function greatCircle(a: LonLat, b: LonLat, segments?: number): LonLat[] {
  const n = segments ?? Math.max(2, Math.ceil(distanceKm(a, b) / 100));
  const at = geoInterpolate(a, b);
  const points: LonLat[] = [];
  let prev: number | undefined;
  for (let i = 0; i <= n; i++) {
    // The ends are the places themselves, exactly, so arcs meet their markers.
    const [lon, lat] = i === 0 ? a : i === n ? b : at(i / n);
    let x = lon;
    if (prev !== undefined) while (x - prev > 180) x -= 360;
    if (prev !== undefined) while (prev - x > 180) x += 360;
    points.push(i === 0 || i === n ? [x, lat] : [round(x, 3), round(lat, 3)]);
    prev = x;
  }
  return points;
}

/** Rounds to a number of decimals (the basemap and arcs keep 2–3: about 1 km or 100 m). */
export function round(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f + 0; // + 0 turns -0 into 0
}
