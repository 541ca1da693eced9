/**
 * The basemap that ships with the site: Natural Earth countries (npm world-atlas), simplified, cut to
 * the map's region and rounded at build time, so the browser loads a few kilobytes instead of the world.
 */
import { geoIdentity, geoStream } from "d3-geo";
import { feature } from "topojson-client";
import type { MultiPolygon, Polygon, Position } from "geojson";
import type { Topology, GeometryCollection } from "topojson-specification";
import type { LonLat } from "./geo";
import { round } from "./geo";
import { simplifyLine } from "./simplify";
import { polygonsOf, type Basemap, type BasemapFeature } from "./basemap-codec";

export type { Basemap, BasemapFeature } from "./basemap-codec";

/** A longitude/latitude box. East may exceed 180: the map is centred on Asia, Chukotka lies at 180–191°. */
export interface Region {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** What the map can show: Europe east of Berlin to the Bering Strait, the Arctic coast to South-East Asia. */
export const MAP_REGION: Region = { west: 14, south: 8, east: 192, north: 78 };

/** ISO 3166 numeric id of Antarctica, which the map drops. */
const ANTARCTICA = "010";

/** How to cut and simplify. */
export interface BasemapOptions {
  region: Region;
  /** Douglas–Peucker tolerance in degrees (0 keeps every point). */
  tolerance: number;
  /** Decimals kept per coordinate: 2 ≈ 1 km. */
  decimals: number;
  /** Drops islands and enclaves smaller than this area in square degrees (0 keeps all). */
  minArea?: number;
}

/** The delta-encoded, quantized arcs of a TopoJSON topology as absolute longitude/latitude. */
export function absoluteArcs(topology: Topology): LonLat[][] {
  const t = topology.transform;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      if (!t) return [dx!, dy!] as LonLat;
      x += dx!;
      y += dy!;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]] as LonLat;
    });
  });
}

/**
 * The same topology with every arc simplified. Simplifying the shared arcs, not each country's rings,
 * keeps neighbouring countries seamless: both use the one simplified border.
 */
export function simplifyTopology(topology: Topology, tolerance: number): Topology {
  const arcs = absoluteArcs(topology).map((arc) => simplifyLine(arc, tolerance));
  const { transform: _drop, ...rest } = topology;
  return { ...rest, arcs } as Topology;
}

/**
 * Natural Earth cuts countries at ±180°. A map centred on Asia must put Chukotka (and Fiji) east of
 * 180°, or their parts at −180…−169° stretch across the whole map: for a country that touches the
 * antimeridian, every negative longitude moves by +360°.
 */
export function shiftAntimeridian(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const lons = polygonsOf(g)
    .flat(2)
    .map((p) => p[0]!);
  // Quantized data stops a little short of ±180°, so "touches" means within 1° of it on both sides.
  const crosses = lons.some((x) => x > 179) && lons.some((x) => x < -179);
  if (!crosses) return g;
  const shift = (ring: Position[]) => ring.map(([x, y]) => [x! < 0 ? x! + 360 : x!, y!]);
  const polygons = polygonsOf(g).map((poly) => poly.map(shift));
  return g.type === "Polygon" ? { type: "Polygon", coordinates: polygons[0]! } : { type: "MultiPolygon", coordinates: polygons };
}

/** True if the point lies inside the ring (even–odd rule). */
export function ringContains(ring: Position[], [x, y]: Position): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi! > y! !== yj! > y! && x! < ((xj! - xi!) * (y! - yi!)) / (yj! - yi!) + xi!) inside = !inside;
  }
  return inside;
}

/** Signed planar area of a ring in square degrees (shoelace); its absolute value is the size. */
export function ringArea(ring: Position[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  return a / 2;
}

/**
 * Sorts loose rings into polygons: a ring inside an odd number of others is a hole of the smallest
 * ring around it. Clipping returns the rings of a country without saying which is which.
 */
export function groupRings(rings: Position[][]): Position[][][] {
  const inner = (r: Position[]) => r[Math.floor(r.length / 2)]!; // a vertex away from the clip edge, usually
  const containers = rings.map((r, i) => rings.filter((o, j) => j !== i && ringContains(o, inner(r))));
  const polygons = new Map<Position[], Position[][]>();
  rings.forEach((r, i) => {
    if (containers[i]!.length % 2 === 0) polygons.set(r, [r]);
  });
  rings.forEach((r, i) => {
    if (containers[i]!.length % 2 === 0) return;
    const around = containers[i]!.filter((o) => polygons.has(o)).sort((a, b) => Math.abs(ringArea(a)) - Math.abs(ringArea(b)))[0];
    if (around) polygons.get(around)!.push(r);
  });
  return [...polygons.values()];
}

/**
 * Cuts a country to the region with d3-geo's rectangle clip, which rejoins cut rings along the edge
 * (no slivers). Works in the plane of longitude/latitude, y flipped as d3 expects. Null if nothing is left.
 */
export function clipToRegion(g: Polygon | MultiPolygon, region: Region): Polygon | MultiPolygon | null {
  const rings: Position[][] = [];
  let ring: Position[] = [];
  const sink = {
    point: (x: number, y: number) => void ring.push([x, -y]),
    lineStart: () => {
      ring = [];
    },
    lineEnd: () => {
      if (ring.length > 2) rings.push([...ring, ring[0]!]);
    },
    polygonStart: () => {},
    polygonEnd: () => {},
    sphere: () => {},
  };
  const clip = geoIdentity()
    .reflectY(true)
    .clipExtent([
      [region.west, -region.north],
      [region.east, -region.south],
    ]);
  geoStream(g, clip.stream(sink));
  if (rings.length === 0) return null;
  const polygons = groupRings(rings);
  return polygons.length === 1 ? { type: "Polygon", coordinates: polygons[0]! } : { type: "MultiPolygon", coordinates: polygons };
}

/** Rounds coordinates, drops repeated points and the rings (and islands) that become too small. */
export function quantize(g: Polygon | MultiPolygon, decimals: number, minArea = 0): Polygon | MultiPolygon | null {
  const cleanRing = (ring: Position[]): Position[] | null => {
    const out: Position[] = [];
    for (const [x, y] of ring) {
      const p = [round(x!, decimals), round(y!, decimals)];
      const last = out[out.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
    }
    if (out.length < 4 || Math.abs(ringArea(out)) <= minArea) return null;
    return out;
  };
  const polygons = polygonsOf(g)
    .map((poly) => {
      const [outer, ...holes] = poly.map(cleanRing);
      return outer ? [outer, ...holes.filter((h): h is Position[] => h !== null)] : null;
    })
    .filter((p): p is Position[][] => p !== null);
  if (polygons.length === 0) return null;
  return polygons.length === 1 ? { type: "Polygon", coordinates: polygons[0]! } : { type: "MultiPolygon", coordinates: polygons };
}

/** The basemap: countries simplified, antimeridian fixed, Antarctica dropped, cut to the region, rounded. */
export function buildBasemap(topology: Topology, options: BasemapOptions): Basemap {
  const simple = simplifyTopology(topology, options.tolerance);
  const countries = feature(simple, simple.objects["countries"] as GeometryCollection);
  const features: BasemapFeature[] = [];
  for (const f of countries.features) {
    if (f.id === ANTARCTICA || !f.geometry) continue;
    if (f.geometry.type !== "Polygon" && f.geometry.type !== "MultiPolygon") continue;
    const clipped = clipToRegion(shiftAntimeridian(f.geometry), options.region);
    const geometry = clipped && quantize(clipped, options.decimals, options.minArea);
    if (geometry) features.push({ type: "Feature", id: String(f.id), properties: {}, geometry });
  }
  return { type: "FeatureCollection", features };
}
