import { describe, expect, it } from "vitest";
import { markAfterKey, TIP_GAP, tooltipPosition } from "../../src/lib/chart/interaction";

describe("tooltipPosition", () => {
  // A chart box at (100, 200), 600 × 400 px; a tooltip 200 × 120 px; a viewport 800 px high.
  const box = { x: 100, y: 200, width: 600, height: 400 };
  const tip = { width: 200, height: 120 };
  const mark = (x: number, y: number) => ({ x, y, width: 10, height: 10 });

  it("centres the tooltip under a mark with room below", () => {
    // Mark centre 405 → 305 in the box, minus half the tooltip: 205. Below: 310 - 200 + 8.
    expect(tooltipPosition(mark(400, 300), box, tip, 800)).toEqual({ left: 205, top: 118 });
  });
  it("keeps it inside the box at the left and right edges", () => {
    expect(tooltipPosition(mark(105, 300), box, tip, 800).left).toBe(0);
    expect(tooltipPosition(mark(690, 300), box, tip, 800).left).toBe(400);
  });
  it("puts it above a mark near the viewport's bottom", () => {
    // 700 + 10 + 120 + 8 = 838 ≥ 800, and 700 - 120 - 8 ≥ 0: above, at 700 - 200 - 120 - 8.
    expect(tooltipPosition(mark(400, 700), box, tip, 800)).toEqual({ left: 205, top: 372 });
  });
  it("keeps it below when it fits neither way (a short viewport)", () => {
    // Below ends at 338 > 300; above would start at -28 < 0.
    expect(tooltipPosition(mark(400, 100), { ...box, y: 50 }, tip, 300).top).toBe(110 - 50 + TIP_GAP);
  });
  it("decides at the exact edges: touching the bottom is not room, a top at 0 is", () => {
    // Below: 662 + 10 + 120 + 8 = 800, not < 800; above: 662 - 128 = 534 ≥ 0, so above.
    expect(tooltipPosition(mark(400, 662), box, tip, 800).top).toBe(662 - 200 - 120 - TIP_GAP);
    // One px higher fits below.
    expect(tooltipPosition(mark(400, 661), box, tip, 800).top).toBe(671 - 200 + TIP_GAP);
    // Above would start at exactly 0 (128 - 128): that fits, so with no room below it goes above.
    expect(tooltipPosition(mark(400, 128), box, tip, 200).top).toBe(128 - 200 - 120 - TIP_GAP);
    // At 127 it would start at -1: below instead.
    expect(tooltipPosition(mark(400, 127), box, tip, 200).top).toBe(137 - 200 + TIP_GAP);
  });
});

describe("markAfterKey", () => {
  it("steps with the arrows and stops at both ends", () => {
    expect(["ArrowRight", "ArrowDown", "ArrowLeft", "ArrowUp"].map((k) => markAfterKey(k, 2, 5))).toEqual([3, 3, 1, 1]);
    expect(markAfterKey("ArrowRight", 4, 5)).toBe(4);
    expect(markAfterKey("ArrowDown", 4, 5)).toBe(4);
    expect(markAfterKey("ArrowLeft", 0, 5)).toBe(0);
    expect(markAfterKey("ArrowUp", 0, 5)).toBe(0);
  });
  it("jumps to the first and last with Home and End", () => {
    expect(markAfterKey("Home", 3, 5)).toBe(0);
    expect(markAfterKey("End", 1, 5)).toBe(4);
  });
  it("starts at the first mark when the focused one is no longer shown (index -1)", () => {
    expect(markAfterKey("ArrowRight", -1, 5)).toBe(0);
    expect(markAfterKey("ArrowLeft", -1, 5)).toBe(0);
  });
  it("ignores other keys and has nowhere to go without shown marks", () => {
    expect(markAfterKey("Enter", 1, 5)).toBeUndefined();
    expect(markAfterKey("a", 1, 5)).toBeUndefined();
    expect(markAfterKey("End", 0, 0)).toBeUndefined();
    expect(markAfterKey("ArrowRight", -1, 0)).toBeUndefined();
  });
});
