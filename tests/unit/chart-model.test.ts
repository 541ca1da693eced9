// The model: every claim has exactly one place (a panel, the no-figure lane, a losses section) or the table.
import { describe, expect, it } from "vitest";
import { colourGroupOf, placeOf } from "../../src/lib/chart/config";
import { chartModel, markKind } from "../../src/lib/chart/model";
import { pickAnnotations } from "../../src/lib/chart/annotate";
import { loadDataset } from "../../src/build/dataset";
import { synthetic } from "./chart-fixtures";

describe("markKind", () => {
  it("draws each wording as its own kind", () => {
    expect(markKind({ qualifier: "exact", figure_low: 5, figure_high: 5 })).toBe("point");
    expect(markKind({ qualifier: "exact", figure_low: 1, figure_high: 3 })).toBe("range");
    expect(markKind({ qualifier: "up_to", figure_high: 3 })).toBe("upTo");
    expect(markKind({ qualifier: "more_than", figure_low: 3 })).toBe("atLeast");
    expect(markKind({ qualifier: "unquantified" })).toBe("unquantified");
  });
});

describe("chartModel", () => {
  for (const [name, data] of [
    ["synthetic", synthetic],
    ["data/", loadDataset("data")],
  ] as const) {
    it(`gives every claim of ${name} exactly one place or the table`, () => {
      const m = chartModel(data, "de");
      const ids = [...m.items.map((i) => i.claim.id), ...m.tableOnly.map((t) => t.claim.id)];
      expect(ids.sort()).toEqual(data.claims.map((c) => c.id).sort());
      expect(new Set(ids).size).toBe(ids.length);
      for (const i of m.items) {
        if (i.place === "lane") expect(i.kind).toBe("unquantified");
        else {
          expect(i.kind).not.toBe("unquantified");
          expect(placeOf(i.claim.measure)).toBe(i.place);
          expect(i.claim.basis).toBe("total");
        }
        expect(i.claim.repeats).toBeUndefined();
      }
      // Every original statement without a figure is in the lane.
      expect(m.items.filter((i) => i.place === "lane").length).toBe(
        data.claims.filter((c) => c.qualifier === "unquantified" && !c.repeats).length,
      );
    });
  }

  it("colours by origin, and media and anonymous sources grey whatever their country", () => {
    expect(colourGroupOf({ country: "KR", kind: "intelligence" })).toBe("kr");
    expect(colourGroupOf({ country: "KR", kind: "media" })).toBe("media");
    expect(colourGroupOf({ country: "multi", kind: "anonymous" })).toBe("media");
    expect(colourGroupOf({ country: "KP", kind: "government" })).toBe("rk");
    expect(colourGroupOf({ country: "GB", kind: "government" })).toBe("west");
  });

  it("keeps the value to draw: the upper end of ranges and 'bis zu', the lower end of 'mehr als'", () => {
    const m = chartModel(synthetic, "de");
    const upTo = m.items.find((i) => i.kind === "upTo")!;
    expect(upTo.value).toBe(upTo.claim.figure_high);
    const range = m.items.find((i) => i.kind === "range")!;
    expect([range.low, range.value]).toEqual([range.claim.figure_low, range.claim.figure_high]);
    const atLeast = m.items.find((i) => i.kind === "atLeast")!;
    expect(atLeast.value).toBe(atLeast.claim.figure_low);
  });

  it("draws only events marked for the chart, by date", () => {
    expect(chartModel(synthetic, "de").events.map((e) => e.id)).toEqual(["E-treaty", "E-duma", "E-ru", "E-kp"]);
  });
});

describe("the annotation rule", () => {
  it("names first, highest (first to say it), latest, then each other origin's highest, at most six", () => {
    const m = chartModel(synthetic, "de");
    const picks = pickAnnotations(m.items.filter((i) => i.place === "main")).map((i) => i.claim.id);
    const main = m.items.filter((i) => i.place === "main").sort((a, b) => a.claim.claim_date.localeCompare(b.claim.claim_date));
    expect(picks[0]).toBe(main[0]!.claim.id);
    expect(picks.length).toBeGreaterThanOrEqual(4);
    expect(picks.length).toBeLessThanOrEqual(6);
    expect(new Set(picks).size).toBe(picks.length);
    const data = loadDataset("data");
    const real = pickAnnotations(chartModel(data, "de").items.filter((i) => i.place === "main"));
    expect(real.length).toBeGreaterThanOrEqual(4);
    for (const i of real) expect(i.claim.basis).toBe("total");
  });
});
