import { gzipSync } from "node:zlib";
import { readFileSync, statSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import type { Polygon, Position } from "geojson";
import type { Topology } from "topojson-specification";
import {
  absoluteArcs,
  buildBasemap,
  clipToRegion,
  groupRings,
  MAP_REGION,
  quantize,
  ringArea,
  shiftAntimeridian,
  simplifyTopology,
} from "../../src/lib/map/basemap";
import { decodeBasemap, encodeBasemap, polygonsOf } from "../../src/lib/map/basemap-codec";
import { leafletBasemapFile, LEAFLET_BASEMAP, worldFilePath, worldTopology } from "../../src/build/world";

const square = (x0: number, y0: number, x1: number, y1: number): Position[] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
];
const poly = (...rings: Position[][]): Polygon => ({ type: "Polygon", coordinates: rings });

describe("absoluteArcs and simplifyTopology", () => {
  const topo = {
    type: "Topology",
    transform: { scale: [0.5, 0.5], translate: [10, 20] },
    arcs: [
      [
        [0, 0],
        [2, 0],
        [2, 0],
        [0, 2],
      ],
    ],
    objects: {},
  } as unknown as Topology;
  it("undoes quantization and delta encoding", () => {
    expect(absoluteArcs(topo)).toEqual([
      [
        [10, 20],
        [11, 20],
        [12, 20],
        [12, 21],
      ],
    ]);
  });
  it("simplifies arcs in place and drops the transform", () => {
    const s = simplifyTopology(topo, 0.1);
    expect(s.transform).toBeUndefined();
    expect(s.arcs[0]).toEqual([
      [10, 20],
      [12, 20],
      [12, 21],
    ]);
  });
});

describe("shiftAntimeridian", () => {
  it("moves the negative longitudes of a country that touches ±180° east of 180°", () => {
    const chukotka = poly([
      [179.9, 65],
      [-179.99, 65],
      [-170, 66],
      [-179.99, 67],
      [179.9, 67],
      [179.9, 65],
    ]);
    const shifted = shiftAntimeridian(chukotka) as Polygon;
    expect(shifted.coordinates[0]!.map((p) => p[0])).toEqual([179.9, 180.01, 190, 180.01, 179.9, 179.9].map((x) => expect.closeTo(x, 6)));
  });
  it("leaves other countries alone", () => {
    const ukraine = poly(square(22, 44, 40, 52));
    expect(shiftAntimeridian(ukraine)).toBe(ukraine);
  });
});

describe("clipToRegion", () => {
  const region = { west: 0, south: 0, east: 10, north: 10 };
  it("cuts a shape at the region's edge and closes it along the edge", () => {
    const out = clipToRegion(poly(square(5, 5, 15, 8)), region) as Polygon;
    expect(out.type).toBe("Polygon");
    expect(Math.abs(ringArea(out.coordinates[0]!))).toBeCloseTo(15, 6);
    for (const [x, y] of out.coordinates[0]!) {
      expect(x).toBeLessThanOrEqual(10);
      expect(y).toBeLessThanOrEqual(10);
    }
  });
  it("returns null for a shape outside the region", () => {
    expect(clipToRegion(poly(square(20, 20, 30, 30)), region)).toBeNull();
  });
  it("keeps a hole a hole", () => {
    const withHole = poly(square(1, 1, 9, 9), square(4, 4, 6, 6).reverse());
    const out = clipToRegion(withHole, region) as Polygon;
    expect(out.coordinates).toHaveLength(2);
    expect(Math.abs(ringArea(out.coordinates[1]!))).toBeCloseTo(4, 6);
  });
  it("does not turn a shape that covers a corner of the region inside out", () => {
    const out = clipToRegion(poly(square(-5, -5, 3, 3)), region) as Polygon;
    expect(Math.abs(ringArea(out.coordinates[0]!))).toBeCloseTo(9, 6);
  });
});

describe("groupRings", () => {
  it("puts a ring inside another as its hole, and keeps separate rings apart", () => {
    const out = groupRings([square(0, 0, 10, 10), square(2, 2, 4, 4), square(20, 0, 30, 10)]);
    expect(out).toHaveLength(2);
    expect(out[0]).toHaveLength(2);
    expect(out[1]).toHaveLength(1);
  });
});

describe("quantize", () => {
  it("rounds, removes repeated points and drops rings that become too small", () => {
    const tiny = square(50, 50, 50.001, 50.001);
    const out = quantize({ type: "MultiPolygon", coordinates: [[square(0.001, 0, 1.004, 1)], [tiny]] }, 2) as Polygon;
    expect(out.type).toBe("Polygon");
    expect(out.coordinates[0]).toEqual(square(0, 0, 1, 1));
  });
  it("drops islands under the minimum area", () => {
    expect(quantize(poly(square(0, 0, 0.1, 0.1)), 2, 0.05)).toBeNull();
  });
});

describe("the shipped basemap (world-atlas 1:50m)", () => {
  // Built once, inside a test's set-up: a throw while building fails each test (StrykerJS counts the
  // mutant killed), where a throw while collecting would run none.
  let shipped: ReturnType<typeof buildBasemap> | undefined;
  let world: ReturnType<typeof worldTopology> | undefined;
  let topo!: ReturnType<typeof worldTopology>;
  let basemap!: ReturnType<typeof buildBasemap>;
  let byId!: Map<string, ReturnType<typeof buildBasemap>["features"][number]>;
  beforeEach(() => {
    topo = world ??= worldTopology();
    basemap = shipped ??= buildBasemap(topo, LEAFLET_BASEMAP);
    byId = new Map(basemap.features.map((f) => [String(f.id), f]));
  });
  const lons = (id: string) =>
    polygonsOf(byId.get(id)!.geometry)
      .flat(2)
      .map((p) => p[0]!);

  it("has the four countries of the story and drops Antarctica", () => {
    for (const id of ["408", "410", "643", "804"]) expect(byId.has(id)).toBe(true);
    expect(byId.has("010")).toBe(false);
  });
  it("keeps every point inside the region", () => {
    for (const f of basemap.features) {
      for (const [x, y] of polygonsOf(f.geometry).flat(2)) {
        expect(x).toBeGreaterThanOrEqual(MAP_REGION.west);
        expect(x).toBeLessThanOrEqual(MAP_REGION.east);
        expect(y).toBeGreaterThanOrEqual(MAP_REGION.south);
        expect(y).toBeLessThanOrEqual(MAP_REGION.north);
      }
    }
  });
  it("draws Chukotka east of 180° instead of across the map", () => {
    expect(Math.max(...lons("643"))).toBeGreaterThan(185);
    for (const ring of polygonsOf(byId.get("643")!.geometry).flat()) {
      for (let i = 1; i < ring.length; i++) expect(Math.abs(ring[i]![0]! - ring[i - 1]![0]!)).toBeLessThan(30);
    }
  });
  it("round-trips through the shipped encoding", () => {
    const encoded = encodeBasemap(basemap, LEAFLET_BASEMAP.decimals, "Natural Earth");
    const decoded = decodeBasemap(JSON.parse(JSON.stringify(encoded)));
    expect(decoded.features.map((f) => f.id)).toEqual(basemap.features.map((f) => f.id));
    expect(decoded.features[0]!.geometry).toEqual(basemap.features[0]!.geometry);
    expect(encoded.attribution).toBe("Natural Earth");
  });
  it("is a small fraction of the world file (bytes gzipped, as served)", () => {
    const world = statSync(worldFilePath()).size;
    const worldGz = gzipSync(readFileSync(worldFilePath())).length;
    const shipped = Buffer.from(JSON.stringify(leafletBasemapFile()));
    const shippedGz = gzipSync(shipped).length;
    // Budget: the map page's JS (~47 KB) plus this must stay under 80 KB gzipped.
    expect(shippedGz).toBeLessThan(28_000);
    expect(shippedGz * 8).toBeLessThan(worldGz);
    console.info(`basemap: world-atlas countries-50m ${world} B (${worldGz} B gz) → shipped ${shipped.length} B (${shippedGz} B gz)`);
  });
});
