/**
 * The map's projection, shared by Leaflet (through a custom CRS in the browser code), the static SVG
 * and the PNG: a Lambert conformal conic with standard parallels at 40° and 60° N, its central meridian
 * at 85° E. Web Mercator stretches a 7,000 km east–west route at 40–60° N by half again at Kursk; on this
 * cone the scale between the parallels stays within a few per cent and shapes keep their angles.
 *
 * Projected coordinates are metres on the sphere of mean radius, x east and y north (as a real CRS),
 * with (0, 0) at 85° E, 50° N. Pure and DOM-free: d3-geo's raw projection and its exact inverse only.
 */
import { geoConicConformalRaw } from "d3-geo";
import type { LonLat } from "./geo";

/** The projection's parameters in degrees. */
export const PROJECTION = {
  /** The two standard parallels: true scale along both, the route lies between and near them. */
  parallels: [40, 60] as const,
  /** Central meridian: the middle of Pyongyang (126° E) and Kursk (36° E), rounded; it stays vertical. */
  centralMeridian: 85,
  /** Latitude of the origin (y = 0). */
  originLatitude: 50,
} as const;

/** Mean Earth radius in metres (IUGG), as Leaflet's and the distance formula's sphere. */
export const EARTH_RADIUS_M = 6371008.8;

/** A projected position: [x, y] in metres, y north. */
export type XY = [number, number];

/** A box in projected metres: [[xmin, ymin], [xmax, ymax]]. */
export type ProjectedBox = [[number, number], [number, number]];

const RAD = Math.PI / 180;
const raw = geoConicConformalRaw(PROJECTION.parallels[0] * RAD, PROJECTION.parallels[1] * RAD);
const originY = raw(0, PROJECTION.originLatitude * RAD)[1];

/** Longitude relative to the central meridian, in [−180, 180): Chukotka at 191° and at −169° agree. */
function relativeLon(lon: number): number {
  const l = lon - PROJECTION.centralMeridian;
  return l - 360 * Math.floor((l + 180) / 360);
}

/** Projects [lon, lat] in degrees to [x, y] in metres. */
export function project([lon, lat]: LonLat): XY {
  // Latitudes at the pole have no finite conic image; the map never goes there.
  const phi = Math.max(-89.9, Math.min(89.9, lat)) * RAD;
  const [x, y] = raw(relativeLon(lon) * RAD, phi);
  return [x * EARTH_RADIUS_M, (y - originY) * EARTH_RADIUS_M];
}

/** Inverts project(): [x, y] in metres to [lon, lat] in degrees (lon within 180° of the central meridian). */
export function unproject([x, y]: XY): LonLat {
  const [l, phi] = raw.invert!(x / EARTH_RADIUS_M, y / EARTH_RADIUS_M + originY);
  return [l / RAD + PROJECTION.centralMeridian, phi / RAD];
}

/** The projected box around a set of positions. */
export function projectedBox(points: LonLat[]): ProjectedBox {
  const xy = points.map(project);
  const xs = xy.map((p) => p[0]);
  const ys = xy.map((p) => p[1]);
  return [
    [Math.min(...xs), Math.min(...ys)],
    [Math.max(...xs), Math.max(...ys)],
  ];
}

/**
 * Scale and offset that fit a projected box into a frame of `width` × `height` pixels with the given
 * padding, y flipped for the screen: screen = [(x − x0) · k + dx, (y0 − y) · k + dy]. The box is centred.
 */
export function fitBox(
  box: ProjectedBox,
  width: number,
  height: number,
  pad: { top: number; right: number; bottom: number; left: number },
) {
  const [[x0, y0], [x1, y1]] = box;
  const w = Math.max(1, width - pad.left - pad.right);
  const h = Math.max(1, height - pad.top - pad.bottom);
  const k = Math.min(w / Math.max(x1 - x0, 1), h / Math.max(y1 - y0, 1));
  const dx = pad.left + (w - (x1 - x0) * k) / 2;
  const dy = pad.top + (h - (y1 - y0) * k) / 2;
  const toScreen = ([x, y]: XY): XY => [(x - x0) * k + dx, (y1 - y) * k + dy];
  return { k, toScreen };
}
