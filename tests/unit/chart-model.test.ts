// The model: every claim has exactly one place (a panel, the no-figure lane, a losses section) or the table.
import { describe, expect, it } from "vitest";
import { colourGroupOf, placeOf } from "../../src/lib/chart/config";
import { chartModel, markKind, notDrawnBecause } from "../../src/lib/chart/model";
import { pickAnnotations } from "../../src/lib/chart/annotate";
import type { ChartItem } from "../../src/lib/chart/model";
import { loadDataset } from "../../src/build/dataset";
import { chartItem, synthetic } from "./chart-fixtures";

describe("markKind", () => {
  it("draws each wording as its own kind", () => {
    expect(markKind({ qualifier: "exact", figure_low: 5, figure_high: 5 })).toBe("point");
    expect(markKind({ qualifier: "exact", figure_low: 1, figure_high: 3 })).toBe("range");
    expect(markKind({ qualifier: "up_to", figure_high: 3 })).toBe("upTo");
    expect(markKind({ qualifier: "more_than", figure_low: 3 })).toBe("atLeast");
    expect(markKind({ qualifier: "unquantified" })).toBe("unquantified");
  });
});

describe("markKind, when wording and bounds disagree", () => {
  it("goes by the wording first: no figure, 'bis zu' and 'mindestens'/'mehr als' win over the bounds", () => {
    expect(markKind({ qualifier: "unquantified", figure_low: 5, figure_high: 5 })).toBe("unquantified");
    expect(markKind({ qualifier: "up_to", figure_low: 1, figure_high: 3 })).toBe("upTo");
    expect(markKind({ qualifier: "at_least", figure_low: 1, figure_high: 3 })).toBe("atLeast");
    expect(markKind({ qualifier: "more_than", figure_low: 1, figure_high: 3 })).toBe("atLeast");
  });

  it("then by the bounds: none is no figure, only an upper one is 'bis zu', only a lower one 'mindestens'", () => {
    expect(markKind({ qualifier: "exact" })).toBe("unquantified");
    expect(markKind({ qualifier: "approx", figure_high: 3 })).toBe("upTo");
    expect(markKind({ qualifier: "approx", figure_low: 3 })).toBe("atLeast");
    expect(markKind({ qualifier: "approx", figure_low: 3, figure_high: 3 })).toBe("point");
  });
});

describe("notDrawnBecause", () => {
  const base = { measure: "sent", qualifier: "exact", basis: "total" } as const;
  it("gives the first reason that applies: repeat, then measure, then addition or subset", () => {
    expect(notDrawnBecause(base)).toBeUndefined();
    expect(notDrawnBecause({ ...base, repeats: "S1" })).toBe("repeat");
    expect(notDrawnBecause({ ...base, repeats: "S1", measure: "officers" })).toBe("repeat");
    expect(notDrawnBecause({ ...base, measure: "officers" })).toBe("measure");
    expect(notDrawnBecause({ ...base, measure: "officers", basis: "addition" })).toBe("measure");
    expect(notDrawnBecause({ ...base, basis: "addition" })).toBe("addition");
    expect(notDrawnBecause({ ...base, basis: "subset" })).toBe("subset");
  });
  it("draws an original statement without a figure whatever it counts", () => {
    expect(notDrawnBecause({ measure: "officers", qualifier: "unquantified" })).toBeUndefined();
    expect(notDrawnBecause({ measure: "officers", qualifier: "unquantified", repeats: "S1" })).toBe("repeat");
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

  it("draws only events marked for the chart, by date, with their label in the model's language", () => {
    expect(chartModel(synthetic, "de").events.map((e) => e.id)).toEqual(["E-treaty", "E-duma", "E-ru", "E-kp"]);
    const reversed = chartModel({ ...synthetic, events: [...synthetic.events].reverse() }, "en").events;
    expect(reversed.map((e) => e.id)).toEqual(["E-treaty", "E-duma", "E-ru", "E-kp"]);
    expect(reversed[0]!.label).toBe(synthetic.events[0]!.label_en);
    expect(chartModel(synthetic, "de").events[0]!.label).toBe(synthetic.events[0]!.label_de);
  });

  it("lists only actors with a mark, in the data's order, named in the model's language", () => {
    const idle = { ...synthetic.actors[0]!, id: "idle", short_de: "Untätig", short_en: "Idle" };
    const m = chartModel({ ...synthetic, actors: [idle, ...synthetic.actors] }, "en");
    const used = new Set(m.items.map((i) => i.claim.actor));
    expect(m.actors.map((a) => a.id)).toEqual(synthetic.actors.filter((a) => used.has(a.id)).map((a) => a.id));
    const nis = m.actors.find((a) => a.id === "nis")!;
    expect([nis.short, nis.name, nis.group]).toEqual(["NIS", "NIS", "kr"]);
    expect(chartModel(synthetic, "de").actors.find((a) => a.id === "nis")!.name).toBe("NIS (voller Name)");
  });

  it("gives each table-only claim its reason, and no value to a mark without a figure", () => {
    const m = chartModel(synthetic, "de");
    for (const t of m.tableOnly) expect(t.reason, t.claim.id).toBe(notDrawnBecause(t.claim));
    const repeat = { ...synthetic.claims[0]!, id: "R-1", repeats: synthetic.claims[0]!.id };
    expect(chartModel({ ...synthetic, claims: [...synthetic.claims, repeat] }, "de").tableOnly.at(-1)).toEqual({
      claim: repeat,
      reason: "repeat",
    });
    for (const i of m.items.filter((x) => x.place === "lane")) {
      expect("value" in i, i.claim.id).toBe(false);
      expect("low" in i, i.claim.id).toBe(false);
    }
    for (const i of m.items.filter((x) => x.kind !== "range")) expect("low" in i, i.claim.id).toBe(false);
  });

  it("fails on a claim whose actor is unknown, naming both", () => {
    const stray = { ...synthetic.claims[0]!, id: "X-1", actor: "ghost" };
    expect(() => chartModel({ ...synthetic, claims: [stray] }, "de")).toThrow('chart: claim X-1 names unknown actor "ghost"');
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

describe("the annotation rule, case by case", () => {
  /** A drawn total figure of `group` on `date`. */
  const item = (date: string, top: number, group: ChartItem["group"], extra: Partial<ChartItem["claim"]> = {}): ChartItem =>
    chartItem({ prefix: "A", date, figures: [top, top], claim: extra, item: { group } });

  it("on a tie for the highest, names the first to say it", () => {
    const [a, b, c] = [item("2024-10-01", 100, "kr"), item("2024-10-02", 100, "kr"), item("2024-10-03", 50, "kr")];
    expect(pickAnnotations([c, b, a])).toEqual([a, c]);
  });

  it("adds no second mark for a colour already named, even if it is not that colour's highest", () => {
    const a = item("2024-10-01", 100, "kr");
    const b = item("2024-10-02", 1000, "ua");
    const d = item("2024-10-03", 300, "kr");
    const c = item("2024-10-04", 200, "ua");
    const us = item("2024-10-05", 150, "us");
    const us2 = item("2024-10-06", 120, "us");
    expect(pickAnnotations([a, b, c, d, us2, us])).toEqual([a, b, us2]);
  });

  it("names only original total figures: no mark without a figure, no repeat, no addition", () => {
    const lane: ChartItem = { ...item("2024-09-01", 0, "kr"), kind: "unquantified", place: "lane" };
    const repeat = item("2024-09-02", 9000, "ua", { repeats: "A-0" });
    const addition = item("2024-09-03", 9000, "us", { basis: "addition" });
    const a = item("2024-10-01", 100, "kr");
    expect(pickAnnotations([lane, repeat, addition, a])).toEqual([a]);
  });

  it("stops at six", () => {
    const groups = ["kr", "ua", "us", "west", "rk", "media"] as const;
    const many = groups.flatMap((g, i) => [item(`2024-10-1${i}`, 100 + i, g), item(`2024-11-1${i}`, 50, g)]);
    expect(pickAnnotations(many)).toHaveLength(6);
  });
});
