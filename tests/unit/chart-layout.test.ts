// The pure layout keeps its promises in every width variant: one mark per claim, no overlapping text
// (by the conservative width estimate), every actor labelled in every panel, text never below 12 px.
import { describe, expect, it } from "vitest";
import { FONT_SIZE, VARIANTS } from "../../src/lib/chart/config";
import { overlaps, type Rect } from "../../src/lib/chart/geometry";
import { layoutChart, type ChartLayout } from "../../src/lib/chart/layout";
import { chartModel, type ChartModel } from "../../src/lib/chart/model";
import { textWidth, wrapText } from "../../src/lib/chart/text";
import { loadDataset } from "../../src/lib/data/load";
import { synthetic } from "./chart-fixtures";

/** Smallest container the site has: a 320 px viewport minus 2 × 16 px padding. */
const SMALLEST_CONTAINER = 288;
const LINE = 17;

/** Estimated boxes of every text in the layout, with what they are. */
function textBoxes(layout: ChartLayout): { what: string; box: Rect }[] {
  const out: { what: string; box: Rect }[] = [];
  for (const e of layout.events) out.push({ what: `event ${e.id}`, box: e.box });
  for (const p of layout.panels) {
    out.push({ what: `title ${p.id}`, box: p.titleBox });
    for (const l of p.labels) out.push({ what: `label ${p.id}/${l.actor}`, box: l.box });
    for (const k of p.keyed) out.push({ what: `keyed ${p.id}/${k.actor}`, box: k.box });
    for (const t of p.yTicks) {
      const w = textWidth(t.label, FONT_SIZE);
      // A 13 px glyph box reaches 12 px above the baseline and 4 below it (DejaVu Sans).
      out.push({ what: `y ${t.label}`, box: { x: layout.plotLeft - 6 - w, y: t.pos + 4.5 - 12, width: w, height: 16 } });
    }
    p.strip?.caption.forEach((line, i) => {
      const w = textWidth(line, FONT_SIZE);
      out.push({ what: `strip ${line}`, box: { x: layout.plotLeft - 6 - w, y: p.strip!.rows[i]! + 4.5 - 12, width: w, height: 16 } });
    });
    for (const t of p.xTicks) {
      const w = Math.max(textWidth(t.label, FONT_SIZE), t.sub ? textWidth(t.sub, FONT_SIZE) : 0);
      const x = t.anchor === "end" ? t.pos - w : t.anchor === "start" ? t.pos : t.pos - w / 2;
      out.push({ what: `x ${p.id} ${t.label}`, box: { x, y: p.axisY + 6, width: w, height: t.sub ? 2 * LINE : LINE } });
    }
  }
  return out;
}

function check(model: ChartModel, layout: ChartLayout): void {
  const marks = layout.panels.flatMap((p) => p.marks.map((m) => m.id));
  expect(marks.sort()).toEqual(model.items.map((i) => i.claim.id).sort());
  const texts = textBoxes(layout);
  for (const [i, a] of texts.entries()) {
    expect(a.box.x, `${a.what} starts inside`).toBeGreaterThanOrEqual(-0.5);
    expect(a.box.x + a.box.width, `${a.what} ends inside`).toBeLessThanOrEqual(layout.width + 0.5);
    for (const b of texts.slice(i + 1)) {
      const shrink = (r: Rect) => ({ x: r.x + 0.5, y: r.y + 0.5, width: r.width - 1, height: r.height - 1 });
      expect(overlaps(shrink(a.box), shrink(b.box)), `${a.what} overlaps ${b.what}`).toBe(false);
    }
  }
  for (const p of layout.panels) {
    // Dodged: no two marks cover each other.
    p.marks.forEach((a, i) => p.marks.slice(i + 1).forEach((b) => expect(overlaps(a.box, b.box), `mark ${a.id} / ${b.id}`).toBe(false)));
    const actors = new Set(p.marks.map((m) => m.actor));
    expect(new Set([...p.labels, ...p.keyed].map((l) => l.actor)), `every actor in ${p.id} is labelled`).toEqual(actors);
    for (const l of p.labels) {
      for (const m of p.marks) expect(overlaps(l.box, m.box), `label ${l.actor} covers mark ${m.id}`).toBe(false);
      expect(p.marks.find((m) => m.id === l.anchor)?.actor).toBe(l.actor);
    }
  }
}

describe.each(VARIANTS)("variant $id ($width px)", (variant) => {
  it("lays out the synthetic fixture without overlapping text", () => {
    const model = chartModel(synthetic);
    check(model, layoutChart(model, variant));
  });

  it("labels every actor next to a mark with ordinary data", () => {
    const layout = layoutChart(chartModel(synthetic), variant);
    expect(layout.panels.flatMap((p) => p.keyed)).toEqual([]);
  });

  it("survives names and event labels at their longest: what finds no spot goes into a key, nothing overlaps", () => {
    const long = {
      ...synthetic,
      actors: synthetic.actors.map((a, i) => ({ ...a, short_de: `<b>x</b>${a.short_de}WWWWWWWW`.slice(0, 16 - (i % 2)) })),
      events: synthetic.events.map((e) => ({ ...e, label_de: `<b>x</b>${e.label_de} WWWWWWWWWWWW`.slice(0, 32) })),
    };
    const model = chartModel(long);
    check(model, layoutChart(model, variant));
  });

  it("lays out the tiny valid fixture", () => {
    const model = chartModel(loadDataset("tests/fixtures/valid"));
    check(model, layoutChart(model, variant));
  });

  // The real dataset takes seconds on a loaded two-core machine; the check is about overlap, not speed.
  it("lays out the real dataset in data/", { timeout: 60_000 }, () => {
    const model = chartModel(loadDataset("data"));
    check(model, layoutChart(model, variant));
  });

  it("keeps text at 12 px or more at the narrowest container it is shown in", () => {
    const narrowest = Math.max(variant.minWidth, SMALLEST_CONTAINER);
    expect(FONT_SIZE * (narrowest / variant.width)).toBeGreaterThanOrEqual(12);
  });
});

describe("layout details", () => {
  const model = chartModel(synthetic);
  const wide = layoutChart(model, VARIANTS[VARIANTS.length - 1]!);
  const narrow = layoutChart(model, VARIANTS[0]!);

  it("dodges marks of one day so that no two glyphs overlap", () => {
    for (const layout of [wide, narrow]) {
      for (const p of layout.panels) {
        p.marks.forEach((a, i) => p.marks.slice(i + 1).forEach((b) => expect(overlaps(a.box, b.box), `${a.id} / ${b.id}`).toBe(false)));
      }
    }
  });

  it("puts claims without a figure in the strip below the axis, and the rest above it", () => {
    for (const p of wide.panels) {
      for (const m of p.marks) {
        if (m.kind === "unquantified") expect(m.y).toBeGreaterThan(p.plotBottom);
        else expect(m.y).toBeLessThanOrEqual(p.plotBottom);
      }
    }
  });

  it("draws a higher figure higher and a later claim further right", () => {
    const troops = wide.panels.find((p) => p.id === "troops")!;
    const y = (id: string) => troops.marks.find((m) => m.id === id)!.y;
    expect(y("F-02")).toBeLessThan(y("F-01")); // 12.000 above 1.500
    const x = (id: string) => troops.marks.find((m) => m.id === id)!.x;
    expect(x("F-18")).toBeGreaterThan(x("F-11"));
  });

  it("labels events directly where they fit and numbers them with a key where they do not", () => {
    expect(wide.eventKey).toBeUndefined();
    expect(wide.events.map((e) => e.lines.join(" "))).toEqual(["Vertrag Moskau–Pjöngjang", "Duma ratifiziert Vertrag", "Russland bestätigt Einsatz", "Nordkorea bestätigt Einsatz"]);
    expect(narrow.eventKey?.entries.map((e) => e.badge)).toEqual([1, 2, 3, 4]);
    expect(narrow.eventKey?.entries[0]!.lines.join(" ")).toContain("(19.06.2024)");
  });
});

describe("an empty chart", () => {
  it("fails the build with a clear message rather than drawing nothing", () => {
    const model = chartModel({ ...synthetic, claims: synthetic.claims.filter((c) => c.measure === "other") });
    expect(() => layoutChart(model, VARIANTS[0]!)).toThrow(/no claim of a drawn measure/);
  });
});

describe("text width (the bundled font's advance widths; tests/unit/text.test.ts checks them against the font file)", () => {
  it("measures and wraps at spaces", () => {
    expect(textWidth("Generalstab ROK", 13)).toBeCloseTo(92.1, 1);
    expect(textWidth("iiii", 13)).toBeLessThan(textWidth("MMMM", 13));
    expect(wrapText("Ukrainischer Vorstoß nach Kursk", 90, 13)).toEqual(["Ukrainischer", "Vorstoß nach", "Kursk"]);
  });
});
