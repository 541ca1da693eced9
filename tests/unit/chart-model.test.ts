// What becomes a mark: every claim of a drawn measure exactly once, the rest in the table only.
import { describe, expect, it } from "vitest";
import { CHART_MEASURES, colourGroupOf, panelOf } from "../../src/lib/chart/config";
import { chartModel, markKind } from "../../src/lib/chart/model";
import { loadDataset } from "../../src/lib/data/load";
import { synthetic } from "./chart-fixtures";

describe("markKind", () => {
  it("draws each wording as its own kind", () => {
    expect(markKind({ qualifier: "exact", figure_low: 5, figure_high: 5 })).toBe("point");
    expect(markKind({ qualifier: "approx", figure_low: 5, figure_high: 5 })).toBe("point");
    expect(markKind({ qualifier: "exact", figure_low: 1000, figure_high: 3000 })).toBe("range");
    expect(markKind({ qualifier: "up_to", figure_high: 12000 })).toBe("upTo");
    expect(markKind({ qualifier: "more_than", figure_low: 11000 })).toBe("atLeast");
    expect(markKind({ qualifier: "at_least", figure_low: 100 })).toBe("atLeast");
    expect(markKind({ qualifier: "unquantified" })).toBe("unquantified");
  });
});

describe("chartModel", () => {
  const model = chartModel(synthetic);

  it("turns every claim of a drawn measure into exactly one item and keeps the others for the table", () => {
    const drawn = synthetic.claims.filter((c) => CHART_MEASURES.includes(c.measure)).map((c) => c.id);
    expect(model.items.map((i) => i.claim.id)).toEqual(drawn);
    expect(model.tableOnly.map((c) => c.measure).sort()).toEqual(["officers", "other", "other"]);
    expect(model.items.length + model.tableOnly.length).toBe(synthetic.claims.length);
  });

  it("never puts troop counts and casualty counts in one panel", () => {
    for (const item of model.items) {
      expect(item.panel).toBe(["killed", "wounded", "casualties"].includes(item.claim.measure) ? "losses" : "troops");
    }
    expect(panelOf("officers")).toBeUndefined();
  });

  it("gives every actor with marks a colour group by country and a shape unique within the group", () => {
    expect(model.actors.map((a) => a.id)).toEqual(["nis", "jcs", "hur", "us", "nato", "ru"]);
    const pairs = model.actors.map((a) => `${a.group}/${a.shape}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(model.actors.find((a) => a.id === "jcs")).toMatchObject({ group: "kr", shape: "square" });
    expect(colourGroupOf("KP")).toBe("rk");
    expect(colourGroupOf("NATO")).toBe("west");
  });

  it("keeps the value to draw: the upper end of ranges and 'bis zu', the lower end of 'mehr als'", () => {
    const byId = new Map(model.items.map((i) => [i.claim.id, i]));
    const range = [...byId.values()].find((i) => i.kind === "range")!;
    expect([range.value, range.low]).toEqual([3000, 1000]);
    expect([...byId.values()].find((i) => i.kind === "upTo")!.value).toBe(12000);
    expect([...byId.values()].find((i) => i.claim.qualifier === "more_than")!.value).toBe(11000);
    expect([...byId.values()].filter((i) => i.kind === "unquantified").every((i) => i.value === undefined)).toBe(true);
  });

  it("draws only events marked for the chart, by date", () => {
    expect(model.events.map((e) => e.id)).toEqual(["E-treaty", "E-duma", "E-ru", "E-kp"]);
  });

  it("works on the tiny valid fixture", () => {
    const m = chartModel(loadDataset("tests/fixtures/valid"));
    expect(m.items.map((i) => i.claim.id)).toEqual(["T-1", "T-2", "T-3", "T-4", "T-5", "T-6"]);
  });
});
