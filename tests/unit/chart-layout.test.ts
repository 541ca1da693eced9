// The pure layout keeps its promises in every width variant: each drawn claim once, no overlapping text
// (by the conservative width estimate), 4–6 annotations with short leaders, no label over a mark, touch
// targets of 24 CSS px, text never below 12 px, the lane outside every numeric axis.
import { beforeEach, describe, expect, it } from "vitest";
import { FONT_SIZE, HIT, MAX_LEADER, VARIANTS, type Variant } from "../../src/lib/chart/config";
import { overlaps, type Rect } from "../../src/lib/chart/geometry";
import { layoutDotPlot } from "../../src/lib/chart/dotplot";
import { LINE } from "../../src/lib/chart/config";
import { layoutLossTimeline, layoutTroops, type TimelineLayout } from "../../src/lib/chart/layout";
import { chartModel } from "../../src/lib/chart/model";
import { TICK_BASELINE } from "../../src/lib/chart/svg";
import { textWidth, wrapText } from "../../src/lib/chart/text";
import { loadDataset } from "../../src/build/dataset";
import { synthetic } from "./chart-fixtures";

/** Smallest container the site has: a 320 px viewport minus 2 × 16 px padding. */
const SMALLEST_CONTAINER = 288;
/** Largest chart container (.tc-chart max-width). */
const LARGEST_CONTAINER = 1200;
const scaleRange = (v: Variant) => {
  const i = VARIANTS.indexOf(v);
  const next = VARIANTS[i + 1];
  return [Math.max(SMALLEST_CONTAINER, v.minWidth) / v.width, (next ? next.minWidth : LARGEST_CONTAINER) / v.width] as const;
};

/** Estimated boxes of every text in a timeline, with what they are. */
function textBoxes(layout: TimelineLayout): { what: string; box: Rect }[] {
  const out: { what: string; box: Rect }[] = [];
  for (const e of layout.events) out.push({ what: `event ${e.ids.join()}`, box: e.box });
  for (const p of layout.panels) {
    if (p.title)
      out.push({ what: `title ${p.id}`, box: { x: 0, y: p.titleY - FONT_SIZE, width: textWidth(p.title, FONT_SIZE, true), height: LINE } });
    for (const a of p.annotations) out.push({ what: `annotation ${a.anchor}`, box: a.box });
    for (const t of p.yTicks) {
      const w = textWidth(t.label, FONT_SIZE);
      out.push({ what: `y ${p.id} ${t.label}`, box: { x: layout.plotLeft - 6 - w, y: t.pos + TICK_BASELINE - 12, width: w, height: 16 } });
    }
    for (const t of p.xTicks) {
      const w = Math.max(textWidth(t.label, FONT_SIZE), t.sub ? textWidth(t.sub, FONT_SIZE) : 0);
      const x = t.anchor === "end" ? t.pos - w : t.anchor === "start" ? t.pos : t.pos - w / 2;
      out.push({ what: `x ${p.id} ${t.label}`, box: { x, y: p.axisY + 6, width: w, height: t.sub ? 2 * LINE : LINE } });
    }
  }
  return out;
}

function check(layout: TimelineLayout, minAnnotations: number): void {
  const texts = textBoxes(layout);
  const shrink = (r: Rect) => ({ x: r.x + 0.5, y: r.y + 0.5, width: r.width - 1, height: r.height - 1 });
  for (const [i, a] of texts.entries()) {
    expect(a.box.x, `${a.what} starts inside`).toBeGreaterThanOrEqual(-0.5);
    expect(a.box.x + a.box.width, `${a.what} ends inside`).toBeLessThanOrEqual(layout.width + 0.5);
    for (const b of texts.slice(i + 1)) expect(overlaps(shrink(a.box), shrink(b.box)), `${a.what} overlaps ${b.what}`).toBe(false);
  }
  for (const p of layout.panels) {
    p.marks.forEach((a, i) => p.marks.slice(i + 1).forEach((b) => expect(overlaps(a.box, b.box), `mark ${a.id} / ${b.id}`).toBe(false)));
    for (const m of p.marks) {
      expect(m.hit.width).toBeGreaterThanOrEqual(HIT);
      expect(m.hit.height).toBeGreaterThanOrEqual(HIT);
    }
    if (p.id === "main") {
      expect(p.annotations.length, `annotations in ${layout.variant}`).toBeGreaterThanOrEqual(minAnnotations);
      expect(p.annotations.length).toBeLessThanOrEqual(6);
    }
    for (const a of p.annotations) {
      for (const m of p.marks) expect(overlaps(shrink(a.box), m.box), `annotation ${a.anchor} covers mark ${m.id}`).toBe(false);
      if (a.leader) expect(Math.hypot(a.leader.x2 - a.leader.x1, a.leader.y2 - a.leader.y1)).toBeLessThanOrEqual(MAX_LEADER + 0.5);
    }
    for (const e of layout.events)
      for (const m of p.marks) expect(overlaps(shrink(e.box), m.box), `event ${e.ids.join()} covers mark ${m.id}`).toBe(false);
  }
}

// The real data must meet the review's numbers; the synthetic stress fixture (a crowd of six actors in one
// week) must lay out without overlaps, and its compact view may name fewer marks.
describe.each([
  ["data/", loadDataset("data"), true],
  ["synthetic", synthetic, false],
] as const)("troop chart layout of %s", (_, data, real) => {
  // Built before each test: a throw while building fails the test, not the collection (StrykerJS).
  let model!: ReturnType<typeof chartModel>;
  beforeEach(() => {
    model = chartModel(data, "de");
  });
  it.each(VARIANTS.map((v) => [v.id, v] as const))(
    "variant %s: default view, full version and compact view keep their promises",
    (_, v) => {
      const { main, more } = layoutTroops(model, v, "de");
      check(main, 4);
      check(more, 0);
      check(layoutTroops(model, v, "de", true).main, real ? (v.id === "s" ? 3 : 4) : 1);
      // Each drawn claim once: the default view, the lane and the small panels together hold the troop claims.
      const ids = [...main.panels, ...more.panels].flatMap((p) => p.marks.map((m) => m.id)).concat(more.lane?.marks.map((m) => m.id) ?? []);
      expect(ids.sort()).toEqual(
        model.items
          .filter((i) => ["main", "front", "planned", "lane"].includes(i.place))
          .map((i) => i.claim.id)
          .sort(),
      );
      // The lane is outside every numeric axis: above the first small panel, below nothing with a y scale.
      if (more.lane) for (const p of more.panels) expect(more.lane.bottom).toBeLessThan(p.plotTop);
    },
  );
});

describe("losses layouts", () => {
  const data = loadDataset("data");
  let model!: ReturnType<typeof chartModel>;
  beforeEach(() => {
    model = chartModel(data, "de");
  });
  it.each(VARIANTS.map((v) => [v.id, v] as const))(
    "variant %s: the dot plot keeps killed and killed-plus-wounded apart, one row per actor",
    (_, v) => {
      const dots = layoutDotPlot(model, v, "de");
      expect(dots.sections.map((s) => s.id)).toEqual(["killed", "casualties", "wounded"]);
      for (const s of dots.sections) {
        expect(new Set(s.rows.map((r) => r.actor)).size).toBe(s.rows.length);
        for (const r of s.rows) {
          expect(r.item.place).toBe(s.id);
          expect(r.item.claim.basis).toBe("total");
          expect(textWidth(r.name + r.value, FONT_SIZE)).toBeLessThanOrEqual(v.width);
          if (r.valueLine) expect(textWidth(r.valueLine, FONT_SIZE)).toBeLessThanOrEqual(v.width);
        }
      }
      const tl = layoutLossTimeline(model, v, "de");
      expect(tl.panels.flatMap((p) => p.marks.map((m) => m.id)).sort()).toEqual(
        model.items
          .filter((i) => ["killed", "casualties", "wounded"].includes(i.place))
          .map((i) => i.claim.id)
          .sort(),
      );
      check(tl, 0);
    },
  );
});

describe("sizes in CSS px", () => {
  it("keeps text at 12 px or more and leader lines at 40 px or less wherever a variant is shown", () => {
    for (const v of VARIANTS) {
      const [min, max] = scaleRange(v);
      expect(FONT_SIZE * min, v.id).toBeGreaterThanOrEqual(12);
      expect(MAX_LEADER * max, v.id).toBeLessThanOrEqual(40);
      expect(HIT * min, v.id).toBeGreaterThanOrEqual(24);
    }
  });
});

describe("an empty chart", () => {
  it("fails the build with a clear message rather than drawing nothing", () => {
    const model = chartModel({ ...synthetic, claims: synthetic.claims.filter((c) => c.measure === "officers") }, "de");
    expect(() => layoutTroops(model, VARIANTS[0]!, "de")).toThrow(/nothing to draw/);
  });
});

describe("text width (the bundled font's advance widths; tests/unit/text.test.ts checks them against the font file)", () => {
  it("measures and wraps at spaces", () => {
    expect(textWidth("Generalstab ROK", 13)).toBeCloseTo(92.1, 1);
    expect(textWidth("iiii", 13)).toBeLessThan(textWidth("MMMM", 13));
    expect(wrapText("Ukrainischer Vorstoß nach Kursk", 90, 13)).toEqual(["Ukrainischer", "Vorstoß nach", "Kursk"]);
  });
});
