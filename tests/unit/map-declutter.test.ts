import { describe, expect, it } from "vitest";
import { visibleMarkers } from "../../src/lib/map/declutter";

describe("visibleMarkers", () => {
  it("keeps every marker when none overlap", () => {
    const ids = visibleMarkers([
      { id: "a", x: 0, y: 0, size: 24, rank: 1 },
      { id: "b", x: 24, y: 0, size: 24, rank: 1 },
      { id: "c", x: 0, y: 30, size: 24, rank: 1 },
    ]);
    expect([...ids].sort()).toEqual(["a", "b", "c"]);
  });
  it("keeps the more important of two overlapping markers, whatever the input order", () => {
    const markers = [
      { id: "port", x: 10, y: 10, size: 24, rank: 2 },
      { id: "pyongyang", x: 0, y: 0, size: 28, rank: 0 },
    ];
    expect([...visibleMarkers(markers)]).toEqual(["pyongyang"]);
    expect([...visibleMarkers([...markers].reverse())]).toEqual(["pyongyang"]);
  });
  it("lets a marker return when the one hiding it is itself hidden", () => {
    // b overlaps a (hidden), c overlaps b but not a: a chain resolves by rank, not by neighbours.
    const ids = visibleMarkers([
      { id: "a", x: 0, y: 0, size: 24, rank: 0 },
      { id: "b", x: 20, y: 0, size: 24, rank: 1 },
      { id: "c", x: 40, y: 0, size: 24, rank: 2 },
    ]);
    expect([...ids].sort()).toEqual(["a", "c"]);
  });
  it("breaks ties by id so the result does not depend on data order", () => {
    const m = (id: string) => ({ id, x: 0, y: 0, size: 24, rank: 1 });
    expect([...visibleMarkers([m("z"), m("b"), m("k")])]).toEqual(["b"]);
  });
});

describe("required markers", () => {
  it("always show, and hide the optional markers they overlap", () => {
    const ids = visibleMarkers([
      { id: "pyongyang", x: 0, y: 0, size: 28, rank: 5, required: true },
      { id: "vladivostok", x: 10, y: 0, size: 28, rank: 6, required: true },
      { id: "wonsan", x: 5, y: 5, size: 24, rank: 0 },
      { id: "kyiv", x: 300, y: 0, size: 24, rank: 9 },
    ]);
    expect([...ids].sort()).toEqual(["kyiv", "pyongyang", "vladivostok"]);
  });
});
