// Chart helpers at their edges: rectangle tests on touching edges, ISO days, the URL state, text wrapping.
import { describe, expect, it } from "vitest";
import { inside, nearestPoint, overlaps, round } from "../../src/lib/chart/geometry";
import { isIsoDay, parseState, stateToSearch, standIndex, isShown } from "../../src/lib/chart/state";
import { textWidth, wrapText } from "../../src/lib/chart/text";

const box = { x: 0, y: 0, width: 10, height: 10 };

describe("overlaps", () => {
  it("does not count touching edges, on either axis or side", () => {
    expect(overlaps(box, { x: 10, y: 0, width: 5, height: 5 })).toBe(false);
    expect(overlaps({ x: 10, y: 0, width: 5, height: 5 }, box)).toBe(false);
    expect(overlaps(box, { x: 0, y: 10, width: 5, height: 5 })).toBe(false);
    expect(overlaps({ x: 0, y: 10, width: 5, height: 5 }, box)).toBe(false);
  });
  it("counts any shared area, and containment", () => {
    expect(overlaps(box, { x: 9.9, y: 9.9, width: 5, height: 5 })).toBe(true);
    expect(overlaps(box, { x: 2, y: 2, width: 1, height: 1 })).toBe(true);
  });
  it("with a gap, counts rectangles closer than the gap", () => {
    const right = { x: 12, y: 0, width: 5, height: 5 };
    expect(overlaps(box, right)).toBe(false);
    expect(overlaps(box, right, 3)).toBe(true);
    expect(overlaps(box, right, 2)).toBe(false); // exactly the gap apart
    const below = { x: 0, y: 12, width: 5, height: 5 };
    expect(overlaps(below, box, 3)).toBe(true);
    expect(overlaps(below, box, 2)).toBe(false);
  });
});

describe("inside", () => {
  it("accepts a rectangle flush with every edge and rejects one a hair out on any side", () => {
    expect(inside(box, box)).toBe(true);
    expect(inside({ x: -0.1, y: 0, width: 5, height: 5 }, box)).toBe(false);
    expect(inside({ x: 0, y: -0.1, width: 5, height: 5 }, box)).toBe(false);
    expect(inside({ x: 5.1, y: 0, width: 5, height: 5 }, box)).toBe(false);
    expect(inside({ x: 0, y: 5.1, width: 5, height: 5 }, box)).toBe(false);
  });
});

describe("nearestPoint and round", () => {
  it("clamps to the rectangle on each axis", () => {
    expect(nearestPoint(box, 5, 5)).toEqual([5, 5]);
    expect(nearestPoint(box, -3, 20)).toEqual([0, 10]);
    expect(nearestPoint(box, 20, -3)).toEqual([10, 0]);
  });
  it("rounds to one decimal", () => {
    expect(round(1.25)).toBe(1.3);
    expect(round(1.24)).toBe(1.2);
    expect(round(-2.06)).toBe(-2.1);
  });
});

describe("isIsoDay", () => {
  it("wants four, two and two digits, a real month and a real day", () => {
    expect(isIsoDay("2024-04-30")).toBe(true);
    expect(isIsoDay("2024-04-31")).toBe(false);
    expect(isIsoDay("2023-02-29")).toBe(false);
    expect(isIsoDay("2024-00-10")).toBe(false);
    expect(isIsoDay("2024-01-00")).toBe(false);
    expect(isIsoDay("2024-1-01")).toBe(false);
    expect(isIsoDay(" 2024-01-01")).toBe(false);
    expect(isIsoDay("2024-01-01x")).toBe(false);
    expect(isIsoDay("")).toBe(false);
  });
});

describe("URL state", () => {
  const actors = ["nis", "hur"];
  it("reads nothing from an empty query", () => {
    expect(parseState("", actors)).toEqual({ hidden: [] });
    expect(parseState("?ohne=", actors)).toEqual({ hidden: [] });
  });
  it("writes the list of hidden actors with plain commas, keeping their order", () => {
    expect(stateToSearch({ hidden: ["hur", "nis"] })).toBe("?ohne=hur,nis");
    expect(stateToSearch({ stand: "2024-10-24", hidden: [] })).toBe("?stand=2024-10-24");
    expect(stateToSearch({ hidden: [] })).toBe("");
  });
  it("removes a stale stand or list from the query it updates, keeping the rest", () => {
    expect(stateToSearch({ hidden: ["nis"] }, "?a=1&stand=2024-10-24")).toBe("?a=1&ohne=nis");
    expect(stateToSearch({ stand: "2024-11-01", hidden: [] }, "?ohne=nis&a=1")).toBe("?a=1&stand=2024-11-01");
  });
  it("shows everything without a stand and hides only the hidden actors", () => {
    expect(isShown("nis", "2099-01-01", { hidden: ["hur"] })).toBe(true);
  });
  it("puts the slider at the start for an empty list and at the end past the last day", () => {
    expect(standIndex([], undefined)).toBe(-1);
    expect(standIndex([], "2024-01-01")).toBe(0);
    expect(standIndex(["2024-10-18", "2024-10-23"], "2030-01-01")).toBe(1);
    expect(standIndex(["2024-10-18", "2024-10-23"], "2024-10-18")).toBe(0);
  });
});

describe("text", () => {
  it("counts a character the font lacks as 0.65 em, in either weight", () => {
    expect(textWidth("한", 100)).toBeCloseTo(65, 6);
    expect(textWidth("한", 100, true)).toBeCloseTo(65, 6);
    expect(textWidth("", 100)).toBe(0);
  });
  it("wraps greedily at spaces; a word wider than the line keeps a line of its own; no empty lines", () => {
    const w = textWidth("ab cd", 10);
    expect(wrapText("ab cd", w, 10)).toEqual(["ab cd"]); // exactly the width fits
    expect(wrapText("ab cd", w - 0.01, 10)).toEqual(["ab", "cd"]);
    expect(wrapText("  ab   cd  ", 1000, 10)).toEqual(["ab cd"]);
    expect(wrapText("Donaudampfschiff ab", 5, 10)).toEqual(["Donaudampfschiff", "ab"]);
    expect(wrapText("", 100, 10)).toEqual([]);
  });
});
