import { describe, expect, it } from "vitest";
import { arcDrawn, labelCandidates, labelPriority, SECONDARY_LABEL_ZOOM } from "../../src/lib/map/label-order";

const marker = (id: string, main = false) => ({ id, name: id, lat: 0, lon: 0, main });
// Route order as in the config: two main places, then three secondary ones.
const markers = [marker("pyongyang", true), marker("vladivostok", true), marker("wonsan"), marker("ussuriysk"), marker("kursk")];
const config = {
  markers,
  distances: [
    { main: 0, text: "", lat: 0, lon: 0, along: [] },
    { main: 1, text: "", lat: 0, lon: 0, along: [] },
  ],
  countries: [
    { id: "ru", name: "", lat: 0, lon: 0 },
    { id: "cn", name: "", lat: 0, lon: 0 },
  ],
};

describe("labelCandidates", () => {
  const ids = (c: ReturnType<typeof labelCandidates>) => c.map((x) => `${x.marker.id}@${x.rank}`);
  it("offers only the main places below the secondary zoom, with their rank in route order", () => {
    expect(ids(labelCandidates(markers, undefined, SECONDARY_LABEL_ZOOM - 0.25))).toEqual(["pyongyang@0", "vladivostok@1"]);
  });
  it("adds a step's places at any zoom", () => {
    expect(ids(labelCandidates(markers, { leg: 1, places: ["ussuriysk"] }, 0))).toEqual(["pyongyang@0", "vladivostok@1", "ussuriysk@3"]);
  });
  it("offers every place from the secondary zoom on", () => {
    expect(labelCandidates(markers, undefined, SECONDARY_LABEL_ZOOM)).toHaveLength(5);
  });
});

describe("labelPriority", () => {
  const all = new Set(markers.map((m) => m.id));
  it("orders main places, distances, other places in route order, countries", () => {
    expect(labelPriority(config, undefined, all)).toEqual([
      "pyongyang",
      "vladivostok",
      "km-0",
      "km-1",
      "wonsan",
      "ussuriysk",
      "kursk",
      "country-ru",
      "country-cn",
    ]);
  });
  it("puts the step's places right after the main ones, in the step's order, and not again later", () => {
    const step = { leg: 2, places: ["kursk", "vladivostok", "wonsan"] };
    expect(labelPriority(config, step, all)).toEqual([
      "pyongyang",
      "vladivostok",
      "kursk",
      "wonsan",
      "km-0",
      "km-1",
      "ussuriysk",
      "country-ru",
      "country-cn",
    ]);
  });
  it("leaves out places whose markers gave way, but never a main place", () => {
    const visible = new Set(["wonsan"]);
    expect(labelPriority(config, { leg: 1, places: ["kursk"] }, visible)).toEqual([
      "pyongyang",
      "vladivostok",
      "km-0",
      "km-1",
      "wonsan",
      "country-ru",
      "country-cn",
    ]);
  });
});

describe("arcDrawn", () => {
  const shown = new Set(["a", "b"]);
  const leg = { main: -1, leg: 2, from: "a", to: "b" };
  it("draws a main arc always", () => {
    expect(arcDrawn({ main: 0, leg: 0, from: "x", to: "y" }, undefined, new Set())).toBe(true);
  });
  it("draws a leg's arc only in its own step and only between shown places", () => {
    expect(arcDrawn(leg, undefined, shown)).toBe(false);
    expect(arcDrawn(leg, { leg: 2, places: [] }, shown)).toBe(true);
    expect(arcDrawn(leg, { leg: 1, places: [] }, shown)).toBe(false);
    expect(arcDrawn(leg, { leg: 2, places: [] }, new Set(["a"]))).toBe(false);
    expect(arcDrawn(leg, { leg: 2, places: [] }, new Set(["b"]))).toBe(false);
  });
});
