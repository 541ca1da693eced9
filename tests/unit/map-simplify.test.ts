import { describe, expect, it } from "vitest";
import { simplifyLine } from "../../src/lib/map/simplify";

describe("simplifyLine", () => {
  it("drops points on a straight line and keeps the ends", () => {
    const line: [number, number][] = [
      [0, 0],
      [1, 0.001],
      [2, 0],
      [3, -0.001],
      [4, 0],
    ];
    expect(simplifyLine(line, 0.01)).toEqual([
      [0, 0],
      [4, 0],
    ]);
  });
  it("keeps a point that deviates more than the tolerance", () => {
    const line: [number, number][] = [
      [0, 0],
      [1, 0.5],
      [2, 0],
    ];
    expect(simplifyLine(line, 0.1)).toEqual(line);
    expect(simplifyLine(line, 1)).toEqual([
      [0, 0],
      [2, 0],
    ]);
  });
  it("keeps the farthest point of a closed ring (start = end)", () => {
    const ring: [number, number][] = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ];
    const out = simplifyLine(ring, 0.1);
    expect(out[0]).toEqual([0, 0]);
    expect(out[out.length - 1]).toEqual([0, 0]);
    expect(out.length).toBeGreaterThanOrEqual(4);
  });
  it("returns a copy when there is nothing to simplify", () => {
    const line: [number, number][] = [
      [0, 0],
      [1, 1],
    ];
    expect(simplifyLine(line, 1)).toEqual(line);
    expect(simplifyLine(line, 1)).not.toBe(line);
  });
});
