// The losses dot plot, number by number: which claim each row shows, where its mark sits on the x scale,
// how rows stack, when a label wraps, and the axis. Synthetic data, so the values are known here.
import { beforeEach, describe, expect, it } from "vitest";
import { FONT_SIZE, HIT, MARK_RADIUS, VARIANTS, type Variant } from "../../src/lib/chart/config";
import { latestPerActor, layoutDotPlot, type DotPlotLayout } from "../../src/lib/chart/dotplot";
import { CAP, CARET, LINE } from "../../src/lib/chart/config";
import { chartModel, type ChartItem, type ChartModel } from "../../src/lib/chart/model";
import { textWidth } from "../../src/lib/chart/text";
import { chartItem, synthetic } from "./chart-fixtures";

/** A drawn loss figure: [low, high] as in the CSV. */
const item = (
  actor: string,
  date: string,
  figures: [number | undefined, number | undefined],
  extra: Partial<ChartItem["claim"]> = {},
): ChartItem => chartItem({ prefix: "L", date, figures, claim: { actor, measure: "killed", ...extra }, item: { place: "killed" } });

describe("latestPerActor", () => {
  it("keeps each actor's latest total, the later row on a same-day tie", () => {
    const old = item("a", "2024-12-01", [100, 100]);
    const late = item("a", "2025-01-01", [50, 50]);
    const sameDay = item("a", "2025-01-01", [60, 60]);
    const other = item("b", "2024-11-01", [10, 10]);
    expect(latestPerActor([old, late, other])).toEqual([late, other]);
    expect(latestPerActor([late, old])).toEqual([late]);
    expect(latestPerActor([late, sameDay])).toEqual([sameDay]);
  });

  it("skips what is no original total: a repeat, an addition, a statement without a figure", () => {
    const total = item("a", "2024-12-01", [100, 100]);
    const repeat = item("a", "2025-01-01", [900, 900], { repeats: "X" });
    const addition = item("a", "2025-01-02", [900, 900], { basis: "addition" });
    const none = item("a", "2025-01-03", [undefined, undefined], { qualifier: "unquantified" });
    expect(latestPerActor([total, repeat, addition, none])).toEqual([total]);
  });

  it("orders the rows highest first (upper end of a range, else the lower bound), then the later first", () => {
    const range = item("a", "2024-12-01", [100, 700]);
    const atLeast = item("b", "2024-12-01", [500, undefined]);
    const upTo = item("c", "2024-12-01", [undefined, 600]);
    const tieEarly = item("d", "2024-11-01", [500, 500]);
    const tieLate = item("e", "2024-12-05", [500, 500]);
    expect(latestPerActor([tieEarly, atLeast, range, tieLate, upTo]).map((i) => i.claim.actor)).toEqual(["a", "c", "e", "b", "d"]);
  });
});

describe("layoutDotPlot on the synthetic losses", () => {
  let model!: ChartModel;
  let plots!: Map<Variant["id"], DotPlotLayout>;
  beforeEach(() => {
    model = chartModel(synthetic, "de");
    plots = new Map(VARIANTS.map((v) => [v.id, layoutDotPlot(model, v, "de")]));
  });
  const rows = (p: DotPlotLayout) => p.sections.flatMap((s) => s.rows);

  it("has a section per measure with losses, titled in the language, each actor's latest figure per row", () => {
    const l = plots.get("l")!;
    expect(l.sections.map((s) => [s.id, s.title])).toEqual([
      ["killed", "Getötete"],
      ["casualties", "Getötete und Verwundete"],
      ["wounded", "Verwundete"],
    ]);
    // Killed: NIS said "mindestens 100", later "rund 2.000"; the US 1.000.
    expect(l.sections[0]!.rows.map((r) => [r.actor, r.name, r.value])).toEqual([
      ["nis", "NIS", ": rund 2.000 (02.09.2025)"],
      ["us", "US-Regierung", ": 1.000 (21.12.2024)"],
    ]);
    expect(layoutDotPlot(model, VARIANTS[2]!, "en").sections[0]!.title).toBe("Killed");
  });

  it("puts the marks on one x scale from 0 at the plot's left to a round maximum at or right of the largest figure", () => {
    for (const [id, p] of plots) {
      const v = VARIANTS.find((x) => x.id === id)!;
      expect([p.plotLeft, p.plotRight, p.width], id).toEqual([8, v.width - 12, v.width]);
      expect(p.xTicks[0]!.label, id).toBe("0");
      expect(p.xTicks[0]!.pos, id).toBe(8);
      expect(p.xTicks.at(-1)!.pos, id).toBe(v.width - 12);
      // Figures 2.000 and 1.100 … 1.200: a domain of 0 … 2.000 on the widest plot.
      const scale = (value: number) => 8 + (value / Number(p.xTicks.at(-1)!.label.replace(".", ""))) * (v.width - 20);
      for (const r of rows(p)) expect(r.mark.x, `${id} ${r.mark.id}`).toBeCloseTo(scale(r.item.value!), 1);
    }
    const l = plots.get("l")!;
    expect(l.xTicks.map((t) => t.label)).toEqual(["0", "500", "1.000", "1.500", "2.000"]);
    // 2.000 centred on the plot's right end would run past the figure's edge.
    expect(l.xTicks.map((t) => t.anchor)).toEqual(["start", "middle", "middle", "middle", "end"]);
  });

  it("anchors the last tick label at its end where centring it would cut it off", () => {
    const narrow = { ...VARIANTS[0]!, width: 60 };
    const ticks = layoutDotPlot(model, narrow, "de").xTicks;
    expect(ticks.at(-1)!.anchor).toBe("end");
    expect(ticks[0]!.anchor).toBe("start");
  });

  it("stacks title, label and mark downwards, each row below the one before, the axis below all", () => {
    for (const [id, p] of plots) {
      let last = 0;
      for (const s of p.sections) {
        expect(s.titleY, id).toBeGreaterThan(last);
        last = s.titleY;
        for (const r of s.rows) {
          expect(r.textY, `${id} ${r.actor}`).toBeGreaterThan(last);
          expect(r.mark.y, `${id} ${r.actor}`).toBeGreaterThan(r.textY);
          last = r.mark.y;
        }
      }
      expect(p.axisY, id).toBeGreaterThan(last + MARK_RADIUS);
      expect(p.height, id).toBe(Math.ceil(p.axisY + 6 + LINE + 4));
      // 10 below a row's mark comes the next row; 6 more between sections, 2 more above the axis.
      const lastMarkY = (i: number) => p.sections[i]!.rows.at(-1)!.mark.y;
      for (let i = 1; i < p.sections.length; i++)
        expect(p.sections[i]!.titleY, id).toBeCloseTo(lastMarkY(i - 1) + 10 + 6 + FONT_SIZE + 2, 0);
      expect(p.axisY, id).toBeCloseTo(lastMarkY(p.sections.length - 1) + 10 + 6 + 2, 0);
      expect(p.gridTop, id).toBe(LINE + 8);
      const first = p.sections[0]!;
      expect(first.titleY, id).toBe(FONT_SIZE + 2);
      expect(first.rows[0]!.textY, id).toBe(LINE + 8 + FONT_SIZE);
      expect(first.rows[0]!.mark.y, id).toBe(LINE + 8 + LINE + 6);
    }
  });

  it("gives each mark a hit area of at least HIT, centred on it, and no two rows' hit areas overlap", () => {
    for (const [id, p] of plots) {
      const all = rows(p);
      for (const r of all) {
        const { hit, box } = r.mark;
        expect(hit.height).toBe(HIT);
        expect(hit.width).toBeGreaterThanOrEqual(HIT);
        expect(hit.width).toBeGreaterThanOrEqual(box.width);
        expect(hit.x + hit.width / 2).toBeCloseTo(box.x + box.width / 2, 0);
        expect(hit.y + HIT / 2).toBeCloseTo(r.mark.y, 0);
      }
      for (let i = 1; i < all.length; i++) expect(all[i]!.mark.hit.y, id).toBeGreaterThanOrEqual(all[i - 1]!.mark.hit.y + HIT - 10);
    }
  });

  it("draws a range as a bar from its low to its high end, 'bis zu' with the caret left of the dot", () => {
    const v = VARIANTS[2]!;
    const m: ChartModel = {
      ...model,
      items: [
        { ...item("nis", "2025-01-01", [400, 1600]), kind: "range", low: 400, value: 1600 },
        { ...item("us", "2025-01-02", [undefined, 800]), kind: "upTo", value: 800 },
        { ...item("hur", "2025-01-03", [1000, 1000]), kind: "point", value: 1000 },
      ],
    };
    const plot = layoutDotPlot(m, v, "de");
    // Highest first: the range (1.600), the point (1.000), "bis zu" 800.
    const [range, point, upTo] = plot.sections[0]!.rows.map((r) => r.mark);
    expect([range, point, upTo].map((mark) => mark!.actor)).toEqual(["nis", "hur", "us"]);
    // 1.600 at most: the scale's round end is 2.000.
    expect(plot.xTicks.at(-1)!.label).toBe("2.000");
    const x = (value: number) => 8 + (value / 2000) * (v.width - 20);
    expect(range!.kind).toBe("range");
    expect(range!.x).toBeCloseTo(x(1600), 1);
    expect(range!.y2).toBeCloseTo(x(400), 1);
    expect(range!.box.x).toBeCloseTo(x(400) - 1.5, 1);
    expect(range!.box.width).toBeCloseTo(x(1600) - x(400) + 3, 1);
    expect(range!.box.height).toBe(2 * CAP + 2);
    expect(range!.box.y).toBeCloseTo(range!.y - CAP - 1, 1);
    // Wider than HIT: the hit area is the bar with 3 px on each side.
    expect(range!.hit.width).toBeCloseTo(range!.box.width + 6, 0);
    expect(upTo!.y2).toBeUndefined();
    expect(upTo!.box.x).toBeCloseTo(upTo!.x - MARK_RADIUS - 1 - CARET - 2, 1);
    expect(point!.box.x).toBeCloseTo(point!.x - MARK_RADIUS - 1, 1);
    for (const mark of [upTo!, point!]) {
      expect(mark.box.width).toBe(2 * MARK_RADIUS + 2 + CARET + 2);
      expect(mark.box.y).toBeCloseTo(mark.y - MARK_RADIUS - 1, 1);
      expect(mark.box.height).toBe(2 * MARK_RADIUS + 2);
    }
    expect([range!.id, range!.actor, range!.group, range!.date]).toEqual([m.items[0]!.claim.id, "nis", "kr", "2025-01-01"]);
  });

  it("puts the figure on a second line where name and figure do not fit one, one line lower", () => {
    const narrow = { ...VARIANTS[0]!, width: 150 };
    const p = layoutDotPlot(model, narrow, "de");
    const nis = p.sections[0]!.rows[0]!;
    expect(textWidth(`NIS: rund 2.000 (02.09.2025)`, FONT_SIZE)).toBeGreaterThan(150);
    expect([nis.value, nis.valueLine]).toEqual(["", "rund 2.000 (02.09.2025)"]);
    expect(nis.mark.y - nis.textY).toBe(2 * LINE + 6 - FONT_SIZE);
    const wide = plots.get("l")!.sections[0]!.rows[0]!;
    expect(wide.valueLine).toBeUndefined();
    expect(wide.mark.y - wide.textY).toBe(LINE + 6 - FONT_SIZE);
  });

  it("names an actor missing from the model by its id", () => {
    const m: ChartModel = { ...model, items: [item("ghost", "2025-01-01", [10, 10])] };
    expect(layoutDotPlot(m, VARIANTS[0]!, "de").sections[0]!.rows[0]!.name).toBe("ghost");
  });

  it("leaves out a section without figures, and scales to at least 1 without any", () => {
    const m: ChartModel = { ...model, items: model.items.filter((i) => i.place === "wounded") };
    expect(layoutDotPlot(m, VARIANTS[0]!, "de").sections.map((s) => s.id)).toEqual(["wounded"]);
    const empty = layoutDotPlot({ ...model, items: [] }, VARIANTS[0]!, "de");
    expect(empty.sections).toEqual([]);
    expect(empty.xTicks.at(-1)!.label).toBe("1");
  });
});
