// Direct labels never overlap each other or obstacles, stay in bounds, and report when there is no room.
import { describe, expect, it } from "vitest";
import { overlaps, type Rect } from "../../src/lib/chart/geometry";
import { placeLabels, segmentHitsRect, segmentsCross, type LabelRequest } from "../../src/lib/chart/labels";

const bounds: Rect = { x: 0, y: 0, width: 300, height: 200 };

describe("placeLabels", () => {
  it("puts a label right next to its mark when there is room", () => {
    const { placed, failed } = placeLabels(
      [{ key: "a", width: 40, height: 16, anchors: [{ id: "m1", x: 100, y: 100, r: 5 }] }],
      [],
      bounds,
    );
    expect(failed).toEqual([]);
    expect(placed[0]).toMatchObject({ key: "a", anchor: "m1", box: { x: 108, y: 92 } });
    expect(placed[0]!.leader).toBeUndefined();
  });

  it("keeps many labels around one crowded spot apart, off the marks, inside the bounds", () => {
    const marks: Rect[] = [];
    const requests: LabelRequest[] = [];
    for (let i = 0; i < 12; i++) {
      const x = 140 + (i % 4) * 12;
      const y = 90 + Math.floor(i / 4) * 12;
      marks.push({ x: x - 5, y: y - 5, width: 10, height: 10 });
      requests.push({ key: `k${i}`, width: 30 + i * 3, height: 16, anchors: [{ id: `m${i}`, x, y, r: 5 }] });
    }
    const { placed, failed } = placeLabels(requests, marks, bounds, marks);
    expect(failed).toEqual([]);
    for (const [i, a] of placed.entries()) {
      expect(a.box.x).toBeGreaterThanOrEqual(0);
      expect(a.box.x + a.box.width).toBeLessThanOrEqual(300);
      for (const m of marks) expect(overlaps(a.box, m)).toBe(false);
      for (const b of placed.slice(i + 1)) expect(overlaps(a.box, b.box)).toBe(false);
    }
    expect(placed.some((p) => p.leader)).toBe(true);
  });

  it("reports a label that cannot fit anywhere", () => {
    const { placed, failed } = placeLabels(
      [{ key: "wide", width: 400, height: 16, anchors: [{ id: "m", x: 10, y: 10, r: 5 }] }],
      [],
      bounds,
    );
    expect(placed).toEqual([]);
    expect(failed).toEqual(["wide"]);
  });
});

describe("segment tests", () => {
  it("find segments through rectangles and crossing segments", () => {
    const r = { x: 10, y: 10, width: 10, height: 10 };
    expect(segmentHitsRect(0, 15, 30, 15, r)).toBe(true);
    expect(segmentHitsRect(0, 0, 5, 30, r)).toBe(false);
    expect(segmentsCross({ x1: 0, y1: 0, x2: 10, y2: 10 }, { x1: 0, y1: 10, x2: 10, y2: 0 })).toBe(true);
    expect(segmentsCross({ x1: 0, y1: 0, x2: 10, y2: 0 }, { x1: 0, y1: 5, x2: 10, y2: 5 })).toBe(false);
  });
});

// One label of 40 × 16 px for a mark of radius 5 at (100, 100), worked through by hand: its spots in order are
// right (108, 92), left (52, 92), above (80, 77), below (80, 107), then the four corners, then spots 6, 12, …
// px further out with a leader line.
describe("placeLabels, spot by spot", () => {
  const request = (key = "a", x = 100, y = 100): LabelRequest => ({
    key,
    width: 40,
    height: 16,
    anchors: [{ id: `m-${key}`, x, y, r: 5 }],
  });
  const boxOf = (obstacles: Rect[], marks: Rect[] = [], maxLeader = 150) => placeLabels([request()], obstacles, bounds, marks, maxLeader);
  /** Small blocks inside one spot each. */
  const inRight: Rect = { x: 120, y: 95, width: 5, height: 5 };
  const inLeft: Rect = { x: 60, y: 95, width: 5, height: 5 };
  const inAbove: Rect = { x: 90, y: 80, width: 5, height: 5 };
  /** Two blocks beside the mark that cover all eight adjacent spots and the first ring of leader spots. */
  const hemmedIn: Rect[] = [
    { x: 106, y: 90, width: 14, height: 20 },
    { x: 80, y: 90, width: 14, height: 20 },
  ];

  it("tries right, then left, then above, then below", () => {
    expect(boxOf([]).placed[0]!.box).toEqual({ x: 108, y: 92, width: 40, height: 16 });
    expect(boxOf([inRight]).placed[0]!.box).toMatchObject({ x: 52, y: 92 });
    expect(boxOf([inRight, inLeft]).placed[0]!.box).toMatchObject({ x: 80, y: 77 });
    expect(boxOf([inRight, inLeft, inAbove]).placed[0]!.box).toMatchObject({ x: 80, y: 107 });
    for (const r of [boxOf([]), boxOf([inRight]), boxOf([inRight, inLeft, inAbove])]) expect(r.placed[0]!.leader).toBeUndefined();
  });

  it("then takes the corners: top right, bottom right, top left, bottom left", () => {
    // 1 px blocks that each lie in one spot only (1.5 px gap included): right, left, above, below, then the corners.
    const beside = [
      { x: 146, y: 99, width: 1, height: 1 },
      { x: 52.5, y: 99, width: 1, height: 1 },
      { x: 100, y: 77, width: 1, height: 1 },
      { x: 100, y: 122, width: 1, height: 1 },
    ];
    const corners = [
      { x: 130, y: 82, width: 1, height: 1 },
      { x: 130, y: 115, width: 1, height: 1 },
      { x: 65, y: 82, width: 1, height: 1 },
    ];
    const expected = [
      { x: 104, y: 80 },
      { x: 104, y: 104 },
      { x: 56, y: 80 },
      { x: 56, y: 104 },
    ];
    expected.forEach((spot, i) => {
      const placed = boxOf([...beside, ...corners.slice(0, i)]).placed[0]!;
      expect(placed.box, `corner ${i}`).toEqual({ ...spot, width: 40, height: 16 });
      expect(placed.leader, `corner ${i}`).toBeUndefined();
    });
  });

  it("counts a mark as the label's own when the anchor lies on its edge", () => {
    // The anchor (100, 100) on the box's left and bottom edges: the leader up along the left edge is free.
    expect(boxOf(hemmedIn, [{ x: 100, y: 80, width: 5, height: 20 }]).placed[0]!.box).toMatchObject({ x: 80, y: 67 });
    // Another mark on the way up, and the anchor on the right and top edges of its own box below: the leader
    // down along that box's right edge is free, so the label goes below.
    const other: Rect = { x: 98, y: 85, width: 4, height: 4 };
    expect(boxOf(hemmedIn, [other, { x: 95, y: 100, width: 5, height: 20 }]).placed[0]!.box).toMatchObject({ x: 80, y: 117 });
  });

  it("keeps 1.5 px from obstacles: a block 1 px beyond the spot still moves the label, 2 px does not", () => {
    expect(boxOf([{ x: 149, y: 95, width: 5, height: 5 }]).placed[0]!.box.x).toBe(52);
    expect(boxOf([{ x: 150, y: 95, width: 5, height: 5 }]).placed[0]!.box.x).toBe(108);
  });

  it("moves out with a leader from the glyph's edge to the box when every adjacent spot is taken", () => {
    // Cheapest free spot: 12 px above (score 19); the leader runs from 6 px above the centre to the box.
    const { placed, failed } = boxOf(hemmedIn);
    expect(failed).toEqual([]);
    expect(placed[0]).toEqual({
      key: "a",
      anchor: "m-a",
      box: { x: 80, y: 67, width: 40, height: 16 },
      leader: { x1: 100, y1: 94, x2: 100, y2: 83 },
    });
    // Leaders are limited: up to 6 px finds nothing free here.
    expect(boxOf(hemmedIn, [], 6)).toEqual({ placed: [], failed: ["a"] });
  });

  it("avoids a leader through another mark while a spot without one is free", () => {
    const other: Rect = { x: 98, y: 85, width: 4, height: 4 };
    // Through the other mark the spot above costs 40 more, so the one 12 px below (score 20) wins.
    expect(boxOf(hemmedIn, [other]).placed[0]).toMatchObject({ box: { x: 80, y: 117 }, leader: { x1: 100, y1: 106, x2: 100, y2: 117 } });
    // The label's own mark does not count, even where its box reaches past the leader's start (a range).
    const ownRange: Rect = { x: 95, y: 80, width: 10, height: 25 };
    expect(boxOf(hemmedIn, [ownRange]).placed[0]!.box).toMatchObject({ x: 80, y: 67 });
  });

  it("keeps 2.5 px between labels", () => {
    const apart = placeLabels([request("a"), request("b", 100, 118.5)], [], bounds);
    expect(apart.placed[1]!.box).toMatchObject({ x: 108, y: 110.5 });
    const close = placeLabels([request("a"), request("b", 100, 118)], [], bounds);
    expect(close.placed[1]!.box).not.toMatchObject({ x: 108 });
    expect(close.failed).toEqual([]);
  });

  it("keeps a label inside the bounds and off earlier leader lines", () => {
    expect(placeLabels([request("edge", 290, 100)], [], bounds).placed[0]!.box).toMatchObject({ x: 242, y: 92 });
    // The first label takes a leader above its mark (x = 100, y 83 to 94). A small second label whose first
    // spot lies across that line, clear of the first box and the blocks, takes it alone but not after the first.
    const first = boxOf(hemmedIn).placed[0]!;
    const small: LabelRequest = { key: "b", width: 10, height: 2, anchors: [{ id: "m-b", x: 91, y: 87, r: 1 }] };
    expect(placeLabels([small], hemmedIn, bounds).placed[0]!.box).toEqual({ x: 95, y: 86, width: 10, height: 2 });
    const both = placeLabels([request(), small], hemmedIn, bounds);
    expect(both.placed[0]).toEqual(first);
    const second = both.placed[1]!;
    expect(second.key).toBe("b");
    expect(second.box).not.toMatchObject({ x: 95, y: 86 });
    expect(segmentHitsRect(first.leader!.x1, first.leader!.y1, first.leader!.x2, first.leader!.y2, second.box)).toBe(false);
  });

  it("prefers the first anchor of a request over the second by two points a rank", () => {
    const two: LabelRequest = {
      key: "a",
      width: 40,
      height: 16,
      anchors: [
        { id: "first", x: 100, y: 100, r: 5 },
        { id: "second", x: 200, y: 100, r: 5 },
      ],
    };
    expect(placeLabels([two], [], bounds).placed[0]!.anchor).toBe("first");
    // The first anchor's left spot (score 1) still beats the second's right spot (0 + 2).
    expect(placeLabels([two], [inRight], bounds).placed[0]).toMatchObject({ anchor: "first", box: { x: 52 } });
    // With the first anchor's right, left and above taken, below (2) ties the second's right (2): the first anchor keeps it.
    expect(placeLabels([two], [inRight, inLeft, inAbove], bounds).placed[0]).toMatchObject({ anchor: "first", box: { x: 80, y: 107 } });
  });
});

describe("segment tests, edge cases", () => {
  const r = { x: 10, y: 10, width: 10, height: 10 };
  it.each([
    ["a vertical segment beside the box", [5, 0, 5, 30], false],
    ["a vertical segment through the box", [15, 0, 15, 30], true],
    ["a segment that stops short", [0, 15, 5, 15], false],
    ["a segment inside the box", [12, 12, 18, 18], true],
    ["a segment along an edge", [0, 10, 30, 10], true],
    ["a diagonal past a corner", [0, 5, 5, 0], false],
    ["a segment that starts beyond the box", [25, 15, 40, 15], false],
    ["a diagonal through a corner", [0, 20, 20, 0], true],
  ] as const)("%s", (_, [x1, y1, x2, y2], hits) => {
    expect(segmentHitsRect(x1, y1, x2, y2, r)).toBe(hits);
    expect(segmentHitsRect(x2, y2, x1, y1, r)).toBe(hits);
  });

  it.each([
    ["crossing in the middle", { x1: 0, y1: 0, x2: 10, y2: 10 }, { x1: 0, y1: 10, x2: 10, y2: 0 }, true],
    ["sharing an end", { x1: 0, y1: 0, x2: 10, y2: 10 }, { x1: 10, y1: 10, x2: 20, y2: 0 }, false],
    ["an end on the other (a T)", { x1: 0, y1: 0, x2: 10, y2: 0 }, { x1: 5, y1: 0, x2: 5, y2: 10 }, false],
    ["parallel", { x1: 0, y1: 0, x2: 10, y2: 0 }, { x1: 0, y1: 5, x2: 10, y2: 5 }, false],
    ["lines that cross beyond the segments", { x1: 0, y1: 0, x2: 1, y2: 1 }, { x1: 0, y1: 10, x2: 10, y2: 0 }, false],
    ["an end on the other, from below", { x1: 0, y1: 0, x2: 10, y2: 0 }, { x1: 5, y1: -10, x2: 5, y2: 0 }, false],
    ["crossing far from the origin", { x1: 100, y1: 100, x2: 110, y2: 110 }, { x1: 105, y1: 101, x2: 101, y2: 105 }, true],
  ] as const)("segments %s", (_, a, b, cross) => {
    expect(segmentsCross(a, b)).toBe(cross);
    expect(segmentsCross(b, a)).toBe(cross);
  });
});
