/** Spherical helpers for the map: distances and great-circle arcs between places (d3-geo). */
import { geoInterpolate } from "d3-geo";
import { greatCircleKm } from "../distance";

/** A position as [longitude, latitude] in degrees, GeoJSON order. */
export type LonLat = [number, number];

/** Great-circle distance between two positions in km: the formula the chapters' text uses too. */
export function distanceKm(a: LonLat, b: LonLat): number {
  return greatCircleKm({ lon: a[0], lat: a[1] }, { lon: b[0], lat: b[1] });
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

/** Rounds to a number of decimals (the basemap and arcs keep 2–3: about 1 km or 100 m); lib/round.ts. */
import { round } from "../round";
export { round };
