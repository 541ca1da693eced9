import { describe, expect, it } from "vitest";
import { estimateTextWidth, labelBox, overlap, placeMapLabels, type LabelRequest } from "../../src/lib/map/labels";

const frame = { x: 0, y: 0, width: 400, height: 300 };
const req = (id: string, x: number, y: number, required = true, extra: Partial<LabelRequest> = {}): LabelRequest => ({
  id,
  x,
  y,
  width: 80,
  height: 20,
  gap: 5,
  required,
  ...extra,
});

describe("labelBox and overlap", () => {
  it("puts the box on the asked side of the point", () => {
    const l = req("a", 100, 100);
    expect(labelBox(l, "right")).toEqual({ x: 105, y: 90, width: 80, height: 20 });
    expect(labelBox(l, "left")).toEqual({ x: 15, y: 90, width: 80, height: 20 });
    expect(labelBox(l, "top")).toEqual({ x: 60, y: 75, width: 80, height: 20 });
    expect(labelBox(l, "bottom")).toEqual({ x: 60, y: 105, width: 80, height: 20 });
    expect(labelBox(l, "center")).toEqual({ x: 60, y: 90, width: 80, height: 20 });
  });
  it("measures shared area", () => {
    expect(overlap({ x: 0, y: 0, width: 10, height: 10 }, { x: 5, y: 5, width: 10, height: 10 })).toBe(25);
    expect(overlap({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 10, height: 10 })).toBe(0);
  });
});

describe("placeMapLabels", () => {
  it("prefers the right side when it is free", () => {
    const out = placeMapLabels([req("a", 100, 100)], [], frame);
    expect(out.get("a")?.side).toBe("right");
  });
  it("moves a label that would leave the frame", () => {
    const out = placeMapLabels([req("a", 380, 100)], [], frame);
    expect(out.get("a")?.side).toBe("left");
  });
  it("keeps two nearby labels apart (Pyongyang and Vladivostok)", () => {
    const out = placeMapLabels([req("a", 300, 150), req("b", 310, 140)], [], frame);
    const a = out.get("a")!;
    const b = out.get("b")!;
    expect(overlap(a.box, b.box)).toBe(0);
  });
  it("finds spots for two close places near the edge together, where one-by-one would clash", () => {
    // Pyongyang and Vladivostok on a 358 px phone map, right at its eastern edge.
    const phone = { x: 0, y: 0, width: 358, height: 268 };
    const a = { id: "pyongyang", x: 297, y: 200, width: 94, height: 19, gap: 11, required: true };
    const b = { id: "vladivostok", x: 312, y: 187, width: 119, height: 19, gap: 11, required: true };
    const out = placeMapLabels([a, b], [], phone);
    const [pa, pb] = [out.get("pyongyang")!, out.get("vladivostok")!];
    expect(overlap(pa.box, pb.box)).toBe(0);
    for (const p of [pa, pb]) {
      expect(p.box.x).toBeGreaterThanOrEqual(0);
      expect(p.box.x + p.box.width).toBeLessThanOrEqual(358);
    }
  });
  it("places corner labels diagonally off the point", () => {
    const l = req("a", 100, 100);
    const box = labelBox(l, "top-left");
    expect(box.x + box.width).toBeLessThan(100);
    expect(box.y + box.height).toBeLessThan(100);
  });
  it("hides an optional label with no free spot, never a required one", () => {
    const block = [{ x: 0, y: 0, width: 400, height: 300 }];
    const out = placeMapLabels([req("must", 200, 150, true), req("may", 200, 150, false)], block, frame);
    expect(out.get("must")).not.toBeNull();
    expect(out.get("may")).toBeNull();
  });
  it("tries only the sides it is given", () => {
    const out = placeMapLabels([req("c", 200, 150, false, { sides: ["center"] })], [], frame);
    expect(out.get("c")?.side).toBe("center");
  });
  it("places an optional label at fractional coordinates well inside the frame (rounding is no overlap)", () => {
    // 0.1 + 80 − 0.1 is not 80 in floating point: the area outside the frame came out as 1e-12.
    const out = placeMapLabels([req("c", 200.1, 150.3, false, { sides: ["center"], width: 80.7, height: 13.5 })], [], frame);
    expect(out.get("c")?.side).toBe("center");
    // A real overlap still counts, however small: a box one hundredth of a pixel over the edge.
    const edge = placeMapLabels([req("e", 40 - 0.01, 150, false, { sides: ["center"] })], [], frame);
    expect(edge.get("e")).toBeNull();
  });
});

describe("estimateTextWidth", () => {
  it("grows with the text and the font size", () => {
    expect(estimateTextWidth("Wladiwostok", 16)).toBeGreaterThan(estimateTextWidth("Kursk", 16));
    expect(estimateTextWidth("Kursk", 20)).toBeGreaterThan(estimateTextWidth("Kursk", 10));
  });
});

describe("labels with other points to go to", () => {
  it("moves along to the first free point when its own is taken", () => {
    const taken = { x: 80, y: 80, width: 60, height: 60 };
    const placed = placeMapLabels(
      [
        {
          id: "km",
          x: 100,
          y: 100,
          width: 40,
          height: 10,
          gap: 2,
          required: false,
          sides: ["top", "bottom"],
          alternatives: [{ x: 300, y: 100 }],
        },
      ],
      [taken],
      { x: 0, y: 0, width: 400, height: 200 },
    );
    const p = placed.get("km")!;
    expect(p?.at).toBe(1);
    expect(p?.box.x).toBe(280);
  });
});
