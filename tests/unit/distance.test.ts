// Great-circle distances: checked against the haversine values in the research notes.
import { describe, expect, it } from "vitest";
import { greatCircleKm, roundedKm } from "../../src/lib/distance";

const pyongyang = { lat: 39.0194, lon: 125.7381 };
const vladivostok = { lat: 43.1155, lon: 131.8855 };
const kursk = { lat: 51.7304, lon: 36.1926 };

describe("greatCircleKm", () => {
  it("matches the research notes' haversine distances to within 1 km", () => {
    expect(Math.abs(greatCircleKm(pyongyang, vladivostok) - 687)).toBeLessThan(1);
    expect(Math.abs(greatCircleKm(vladivostok, kursk) - 6732)).toBeLessThan(1);
  });
  it("is symmetric and zero for the same point", () => {
    expect(greatCircleKm(kursk, vladivostok)).toBeCloseTo(greatCircleKm(vladivostok, kursk), 9);
    expect(greatCircleKm(kursk, kursk)).toBe(0);
  });
});

describe("roundedKm", () => {
  it("rounds to 10 km by default", () => {
    expect(roundedKm(687.4)).toBe(690);
    expect(roundedKm(6731.6)).toBe(6730);
    expect(roundedKm(6735)).toBe(6740);
    expect(roundedKm(6731.6, 100)).toBe(6700);
  });
});
