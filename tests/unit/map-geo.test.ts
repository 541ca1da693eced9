import { describe, expect, it } from "vitest";
import { distanceKm, greatCircle, round } from "../../src/lib/map/geo";
import { greatCircleKm } from "../../src/lib/distance";

const PYONGYANG: [number, number] = [125.7381, 39.0194];
const VLADIVOSTOK: [number, number] = [131.8855, 43.1155];
const KURSK: [number, number] = [36.1926, 51.7304];

describe("distanceKm", () => {
  it("gives the great-circle distances the research notes list (haversine, R = 6.371 km)", () => {
    expect(distanceKm(PYONGYANG, VLADIVOSTOK)).toBeCloseTo(687, 0);
    expect(distanceKm(VLADIVOSTOK, KURSK)).toBeGreaterThan(6725);
    expect(distanceKm(VLADIVOSTOK, KURSK)).toBeLessThan(6740);
  });
  it("is the formula the chapters' PlaceDistance uses", () => {
    expect(distanceKm(VLADIVOSTOK, KURSK)).toBe(
      greatCircleKm({ lon: VLADIVOSTOK[0], lat: VLADIVOSTOK[1] }, { lon: KURSK[0], lat: KURSK[1] }),
    );
  });
  it("is symmetric and zero for one point", () => {
    expect(distanceKm(KURSK, VLADIVOSTOK)).toBeCloseTo(distanceKm(VLADIVOSTOK, KURSK), 9);
    expect(distanceKm(KURSK, KURSK)).toBe(0);
  });
});

describe("greatCircle", () => {
  const arc = greatCircle(VLADIVOSTOK, KURSK);
  it("starts and ends at the places", () => {
    expect(arc[0]).toEqual(VLADIVOSTOK);
    expect(arc[arc.length - 1]).toEqual(KURSK);
  });
  it("bends north of both ends, as a great circle across Siberia does", () => {
    const maxLat = Math.max(...arc.map((p) => p[1]));
    expect(maxLat).toBeGreaterThan(58);
  });
  it("has no jump across the antimeridian", () => {
    for (let i = 1; i < arc.length; i++) expect(Math.abs(arc[i]![0] - arc[i - 1]![0])).toBeLessThan(10);
    const east = greatCircle([170, 60], [-170, 62]);
    expect(east[east.length - 1]![0]).toBeCloseTo(190, 3);
  });
  it("takes about one point per 100 km", () => {
    expect(arc.length).toBe(Math.ceil(distanceKm(VLADIVOSTOK, KURSK) / 100) + 1);
  });
});

describe("round", () => {
  it("rounds and never returns -0", () => {
    expect(round(1.23456, 2)).toBe(1.23);
    expect(Object.is(round(-0.0001, 2), 0)).toBe(true);
  });
});
