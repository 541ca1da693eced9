// Map helpers at their edges: where distance labels may move along an arc, and how arcs are sampled.
import { describe, expect, it } from "vitest";
import { ALONG_ARC, alongArc } from "../../src/lib/map/client-config";
import { greatCircle, round } from "../../src/lib/map/geo";
import { COUNTRY_LABEL_POINTS } from "../../src/lib/map/countries";

describe("alongArc", () => {
  it("takes the points nearest 40, 60, 30, 70, 22 and 78 % of the way, ever further from the middle", () => {
    const points = Array.from({ length: 11 }, (_, i): [number, number] => [i, -i]);
    expect(alongArc(points)).toEqual([
      [4, -4],
      [6, -6],
      [3, -3],
      [7, -7],
      [2, -2], // 2.2 rounds to 2
      [8, -8], // 7.8 rounds to 8
    ]);
    expect(ALONG_ARC).toHaveLength(6);
    // Each pair lies symmetric about the middle.
    for (let i = 0; i < ALONG_ARC.length; i += 2) expect(ALONG_ARC[i]! + ALONG_ARC[i + 1]!).toBeCloseTo(1, 9);
  });
  it("on a two-point arc gives its ends only", () => {
    const ends: [number, number][] = [
      [0, 0],
      [1, 1],
    ];
    expect(alongArc(ends)).toEqual([ends[0], ends[1], ends[0], ends[1], ends[0], ends[1]]);
  });
});

describe("greatCircle sampling", () => {
  it("takes the given number of segments: n + 1 points", () => {
    expect(greatCircle([0, 0], [10, 0], 5)).toHaveLength(6);
    expect(greatCircle([0, 0], [10, 0], 1)).toEqual([
      [0, 0],
      [10, 0],
    ]);
  });
  it("keeps at least two segments for a short hop", () => {
    expect(greatCircle([0, 0], [0.1, 0])).toHaveLength(3);
  });
  it("splits an arc along the equator evenly, inner points rounded to 3 decimals", () => {
    expect(greatCircle([0, 0], [3, 0], 3)).toEqual([
      [0, 0],
      [1, 0],
      [2, 0],
      [3, 0],
    ]);
    const third = greatCircle([0, 0], [1, 0], 3)[1]!;
    expect(third).toEqual([0.333, 0]);
  });
  it("keeps the ends exact, unrounded", () => {
    const arc = greatCircle([0.123456, 1.234567], [2.345678, 3.456789], 2);
    expect(arc[0]).toEqual([0.123456, 1.234567]);
    expect(arc[2]).toEqual([2.345678, 3.456789]);
  });
  it("unwraps westward across the antimeridian too", () => {
    const west = greatCircle([-170, 0], [170, 0], 4);
    expect(west[4]![0]).toBeCloseTo(-190, 6);
    for (let i = 1; i < west.length; i++) expect(west[i]![0]).toBeLessThan(west[i - 1]![0]);
  });
  it("round keeps the decimals asked for", () => {
    expect(round(2.5, 0)).toBe(3);
    expect(round(1.0049, 3)).toBe(1.005);
    expect(round(-1.26, 1)).toBe(-1.3);
  });
});

describe("country label points", () => {
  it("are [lon, lat] inside the map's region, for Russia, China, both Koreas and their neighbours", () => {
    for (const [id, [lon, lat]] of Object.entries(COUNTRY_LABEL_POINTS)) {
      expect(id).toMatch(/^\d{3}$/);
      expect(lon).toBeGreaterThan(20);
      expect(lon).toBeLessThan(150);
      expect(lat).toBeGreaterThan(30);
      expect(lat).toBeLessThan(70);
    }
    expect(Object.keys(COUNTRY_LABEL_POINTS).sort()).toEqual(["156", "392", "398", "408", "410", "496", "643", "804"]);
  });
});
