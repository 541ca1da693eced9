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
