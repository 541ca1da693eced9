// The layout's parts, one rule at a time: the shared time scale, event grouping, the y gutter, annotation
// lines, mark glyph boxes and hit areas, lane rows, panel stacking and month ticks. Expected numbers follow
// from the constants in config.ts and the rules in layout.ts' comments, worked out here by hand.
import { describe, expect, it } from "vitest";
import { CAP, CARET, FONT_SIZE, HIT, LINE, MARK_RADIUS, NF_HEIGHT, VARIANTS } from "../../src/lib/chart/config";
import {
  annotationLines,
  eventGroups,
  eventsBefore,
  gutterFor,
  layoutLossTimeline,
  layoutTroops,
  timeScale,
} from "../../src/lib/chart/layout";
import { chartModel, type ChartItem } from "../../src/lib/chart/model";
import type { DatedEvent } from "../../src/lib/data/schema";
import { textWidth } from "../../src/lib/chart/text";
import { overlaps } from "../../src/lib/chart/geometry";
import { chartItem, synthetic } from "./chart-fixtures";

const day = (d: Date) => d.toISOString().slice(0, 10);
/** Mark positions are rounded to 0.1 px after layout; their boxes are not. */
function expectBox(actual: { x: number; y: number; width: number; height: number }, expected: typeof actual, what: string): void {
  for (const k of ["x", "y", "width", "height"] as const)
    expect(Math.abs(actual[k] - expected[k]), `${what} ${k}`).toBeLessThanOrEqual(0.051);
}
const round1 = (v: number) => Math.round(v * 10) / 10;
const point = (date: string, value: number, extra: Partial<ChartItem> = {}) =>
  chartItem({ prefix: "P", date, figures: [value, value], item: extra });
const event = (id: string, date: string): DatedEvent => ({ ...synthetic.events[0]!, id, date });
const [S, M, L] = VARIANTS as [(typeof VARIANTS)[0], (typeof VARIANTS)[0], (typeof VARIANTS)[0]];

describe("timeScale", () => {
  it("spans the items' days with ten days to spare and keeps 8 px inside the plot", () => {
    const t = timeScale([point("2024-12-31", 1), point("2024-10-20", 1)], [], 100, 500);
    expect(day(t.start)).toBe("2024-10-10");
    expect(day(t.end)).toBe("2025-01-10");
    expect(t.x(t.start)).toBe(108);
    expect(t.x(t.end)).toBe(492);
    // Linear in time: the middle day is in the middle.
    expect(t.x(new Date((t.start.getTime() + t.end.getTime()) / 2))).toBeCloseTo(300, 6);
  });

  it("reaches out to a later event, but not back to an earlier one", () => {
    const items = [point("2024-10-20", 1), point("2024-12-31", 1)];
    expect(day(timeScale(items, [event("E-late", "2025-02-01")], 0, 100).end)).toBe("2025-02-11");
    const early = timeScale(items, [event("E-early", "2024-01-01")], 0, 100);
    expect(day(early.start)).toBe("2024-10-10");
    expect(day(early.end)).toBe("2025-01-10");
    // An event on the first day counts.
    expect(day(timeScale([point("2024-10-20", 1)], [event("E-same", "2024-10-20")], 0, 100).end)).toBe("2024-10-30");
  });
});

describe("events on the time axis", () => {
  const events = [
    event("E-0", "2024-09-01"),
    event("E-1", "2024-10-01"),
    event("E-2", "2024-10-11"),
    event("E-3", "2024-10-22"),
    event("E-4", "2024-10-25"),
  ];
  const start = new Date("2024-09-15T00:00:00Z");

  it("merges events within ten days of a line's first event into that line and drops those before the axis", () => {
    expect(eventGroups(events, start).map((g) => g.map((e) => e.id))).toEqual([
      ["E-1", "E-2"],
      ["E-3", "E-4"],
    ]);
    expect(eventGroups(events, new Date("2024-10-01T00:00:00Z")).map((g) => g.map((e) => e.id))).toEqual([
      ["E-1", "E-2"],
      ["E-3", "E-4"],
    ]);
    expect(eventGroups([], start)).toEqual([]);
  });

  it("names the events before the axis separately", () => {
    expect(eventsBefore(events, start).map((e) => e.id)).toEqual(["E-0"]);
    expect(eventsBefore(events, new Date("2024-10-01T00:00:00Z")).map((e) => e.id)).toEqual(["E-0"]);
    expect(eventsBefore(events, new Date("2024-10-02T00:00:00Z")).map((e) => e.id)).toEqual(["E-0", "E-1"]);
  });
});

describe("gutterFor and annotationLines", () => {
  it("leaves room for the widest y label plus 8 px, and at least 28 px", () => {
    // 12,000 with 40 px headroom in 290 px: a domain up to 13,920, ticks every 2,000 up to "12.000".
    expect(gutterFor([{ items: [point("2024-10-20", 12000)], height: 290 }], "de")).toBe(Math.ceil(textWidth("12.000", FONT_SIZE) + 8));
    expect(gutterFor([{ items: [], height: 110 }], "de")).toBe(28);
    // The widest of several panels counts.
    const two = [
      { items: [point("2024-10-20", 90)], height: 110 },
      { items: [point("2024-10-20", 120000)], height: 110 },
    ];
    expect(gutterFor(two, "de")).toBe(Math.ceil(textWidth("100.000", FONT_SIZE) + 8));
  });

  it("writes the figure, then who and when; narrow charts stack who and when", () => {
    const it = point("2024-10-18", 1500);
    expect(annotationLines(it, "NIS", "de")).toEqual(["1.500", "NIS, 18.10.2024"]);
    expect(annotationLines(it, "NIS", "de", true)).toEqual(["1.500", "NIS", "18.10.2024"]);
    expect(annotationLines(it, "NIS", "en")).toEqual(["1,500", "NIS, 18 October 2024"]);
    const week = chartItem({ prefix: "P", date: "2024-11-04", figures: [800, 800], claim: { date_precision: "week" } });
    expect(annotationLines(week, "HUR", "de")).toEqual(["800", "HUR, ca. 04.11.2024"]);
  });
});

describe("marks", () => {
  const model = chartModel(synthetic, "de");
  const { main, more } = layoutTroops(model, L, "de");
  const marks = [...main.panels, ...more.panels].flatMap((p) => p.marks);
  const R = MARK_RADIUS + 1;

  it("covers each glyph with its box: dot, range with caps, caret above or below", () => {
    const byKind = (k: string) => marks.filter((m) => m.kind === k);
    for (const m of byKind("point")) expectBox(m.box, { x: m.x - R, y: m.y - R, width: 2 * R, height: 2 * R }, m.id);
    for (const m of byKind("atLeast"))
      expectBox(m.box, { x: m.x - R, y: m.y - R - CARET - 2, width: 2 * R, height: 2 * R + CARET + 2 }, m.id);
    for (const m of byKind("upTo")) expectBox(m.box, { x: m.x - R, y: m.y - R, width: 2 * R, height: 2 * R + CARET + 2 }, m.id);
    for (const m of byKind("range")) {
      expect(m.y2).toBeGreaterThan(m.y);
      expectBox(m.box, { x: m.x - CAP - 1, y: m.y - 1.5, width: 2 * CAP + 2, height: m.y2! - m.y + 3 }, m.id);
    }
    for (const k of ["point", "atLeast", "upTo", "range"]) expect(byKind(k).length, k).toBeGreaterThan(0);
  });

  it("gives every mark a hit area of at least 27 × 27 px (the glyph plus 3 px a side) centred on the glyph", () => {
    for (const m of [...marks, ...(more.lane?.marks ?? [])]) {
      expect(m.hit.width).toBe(round1(Math.max(HIT, m.box.width + 6)));
      expect(m.hit.height).toBe(round1(Math.max(HIT, m.box.height + 6)));
      expect(m.hit.x + m.hit.width / 2).toBeCloseTo(m.box.x + m.box.width / 2, 1);
      expect(m.hit.y + m.hit.height / 2).toBeCloseTo(m.box.y + m.box.height / 2, 1);
    }
  });

  it("puts each mark at its day and value, shifted sideways only to dodge another", () => {
    const panel = main.panels[0]!;
    const ts = timeScale(
      model.items.filter((i) => ["main", "front", "planned", "lane"].includes(i.place)),
      model.events,
      main.plotLeft,
      main.plotRight,
    );
    const step = MARK_RADIUS * 2 + 2;
    for (const m of panel.marks) {
      const shift = (m.x - ts.x(new Date(`${m.date}T00:00:00Z`))) / step;
      expect(Math.abs(shift - Math.round(shift)), m.id).toBeLessThan(0.01);
      expect(Math.abs(shift)).toBeLessThanOrEqual(40);
    }
    // Marks come in date order and the 23.10.2024 cluster is spread out.
    const days = panel.marks.map((m) => m.date);
    expect(days).toEqual([...days].sort());
    const cluster = panel.marks.filter((m) => m.date === "2024-10-23").map((m) => m.x);
    expect(new Set(cluster).size).toBe(cluster.length);
  });

  it("stacks ticks without a figure in up to three rows of the lane, 14 px tall", () => {
    const lane = more.lane!;
    expect(lane.marks.map((m) => m.id).sort()).toEqual(["F-06", "F-07", "F-10", "F-17", "F-19"]);
    const rows = [LINE + 8 + NF_HEIGHT / 2, LINE + 8 + NF_HEIGHT * 1.5 + 2, LINE + 8 + NF_HEIGHT * 2.5 + 4];
    for (const m of lane.marks) {
      expect(rows).toContain(m.y);
      expect(m.box).toMatchObject({ y: m.y - NF_HEIGHT / 2, width: 3, height: NF_HEIGHT });
    }
    expect(lane.top).toBe(LINE + 4);
    expect(lane.titleY).toBe(FONT_SIZE);
    expect(lane.bottom).toBe(Math.max(...lane.marks.map((m) => m.box.y + m.box.height)) + 4);
    // The small panels start 14 px under the lane.
    expect(more.panels[0]!.titleY).toBe(lane.bottom + 14 + FONT_SIZE);
  });
});

describe("panels", () => {
  const model = chartModel(synthetic, "de");

  it("stacks the small panels 10 px apart, each with its title, plot, axis and two lines of ticks", () => {
    const { more } = layoutTroops(model, M, "de");
    expect(more.panels.map((p) => p.id)).toEqual(["front", "planned"]);
    for (const p of more.panels) {
      expect(p.plotTop).toBe(p.titleY - FONT_SIZE + LINE + 8);
      expect(p.plotBottom - p.plotTop).toBeGreaterThanOrEqual(M.small);
      expect(p.axisY).toBe(p.plotBottom + 4);
      expect(p.bottom).toBe(p.axisY + 6 + LINE * 2);
    }
    expect(more.panels[1]!.titleY - FONT_SIZE).toBe(more.panels[0]!.bottom + 10);
    expect(more.height).toBe(Math.ceil(more.panels[1]!.bottom + 10 - 6));
    expect(more.events).toEqual([]);
  });

  it("draws the compact view's main panel without a title, at the compact height", () => {
    const { main } = layoutTroops(model, S, "de", true);
    const p = main.panels[0]!;
    expect(p.title).toBe("");
    expect(p.plotTop).toBe(4);
    expect(p.plotBottom - p.plotTop).toBe(S.compact);
    const full = layoutTroops(model, S, "de").main.panels[0]!;
    expect(full.title).toBe("Entsandt / in Russland");
    expect(full.plotTop).toBe(LINE + 8);
    expect(main.height).toBe(Math.ceil(p.bottom + 10 - 6));
  });

  it("labels y ticks in the page's number format, from 0 at the baseline upwards", () => {
    const p = layoutTroops(model, L, "de").main.panels[0]!;
    expect(p.yTicks[0]).toEqual({ pos: p.plotBottom, label: "0" });
    const pos = p.yTicks.map((t) => t.pos);
    expect(pos).toEqual([...pos].sort((a, b) => b - a));
    expect(p.yTicks.map((t) => t.label)).toContain("10.000");
    expect(layoutTroops(model, L, "en").main.panels[0]!.yTicks.map((t) => t.label)).toContain("10,000");
  });

  it("ticks months at an interval their labels fit, with the year under the first tick and each January", () => {
    const wide = layoutTroops(model, L, "de").main.panels[0]!.xTicks;
    const narrow = layoutTroops(model, S, "de").main.panels[0]!.xTicks;
    expect(narrow.length).toBeLessThan(wide.length);
    for (const ticks of [wide, narrow]) {
      expect(ticks[0]!.sub).toMatch(/^20\d\d$/);
      for (const t of ticks) if (t.label === "Jan") expect(t.sub).toMatch(/^20\d\d$/);
      const gaps = ticks.slice(1).map((t, i) => t.pos - ticks[i]!.pos);
      // Each label fits between its neighbours.
      for (const g of gaps) expect(g).toBeGreaterThanOrEqual(textWidth("Sept", FONT_SIZE) + 10 - 1);
    }
    // Ticks near an edge are anchored inwards.
    const last = wide[wide.length - 1]!;
    if (last.pos + textWidth(last.label, FONT_SIZE) / 2 > L.width) expect(last.anchor).toBe("end");
    expect(wide.every((t) => ["start", "middle", "end"].includes(t.anchor!))).toBe(true);
  });

  it("refuses to lay out a troop chart without a total to draw, saying why", () => {
    const none = chartModel(
      { ...synthetic, claims: synthetic.claims.filter((c) => c.measure !== "sent" && c.measure !== "in_russia") },
      "de",
    );
    expect(() => layoutTroops(none, S, "de")).toThrow(/no total figure for soldiers sent or in Russia/);
  });
});

describe("losses timeline", () => {
  const model = chartModel(synthetic, "de");

  it("has one panel per section with claims, titled in the page's language, without annotations", () => {
    const tl = layoutLossTimeline(model, M, "de");
    expect(tl.panels.map((p) => [p.id, p.title, p.marks.length])).toEqual([
      ["killed", "Getötete", 3],
      ["casualties", "Getötete und Verwundete", 2],
      ["wounded", "Verwundete", 1],
    ]);
    for (const p of tl.panels) {
      expect(p.annotations).toEqual([]);
      expect(p.plotBottom - p.plotTop).toBe(M.small + 10);
    }
    expect(tl.height).toBe(Math.ceil(tl.panels[2]!.bottom + 10 - 6));
    expect(tl.plotRight).toBe(M.width - 4);
  });

  it("is empty, not an error, without loss claims", () => {
    const none = chartModel(
      { ...synthetic, claims: synthetic.claims.filter((c) => !["killed", "casualties", "wounded"].includes(c.measure)) },
      "de",
    );
    const tl = layoutLossTimeline(none, S, "de");
    expect(tl).toMatchObject({ variant: "s", width: S.width, height: 0, panels: [], events: [], plotLeft: 28 });
  });
});

describe("the troop chart's time scale", () => {
  // An early claim in each troop place that is not the main panel: the shared date scale must reach it, or
  // its mark would sit left of the plot.
  it.each([
    ["front", "at_front"],
    ["planned", "planned_total"],
    ["lane", "other"],
  ])("covers a %s claim made before every other claim", (_place, measure) => {
    const model0 = synthetic.claims.find((c) => c.measure === measure)!;
    const early = { ...model0, id: "early", claim_date: "2024-06-01" };
    const model = chartModel({ ...synthetic, claims: [...synthetic.claims, early] }, "de");
    const { more } = layoutTroops(model, L, "de");
    const marks = [...more.panels.flatMap((p) => p.marks), ...(more.lane?.marks ?? [])];
    const mark = marks.find((m) => m.id === "early");
    expect(mark, "drawn").toBeDefined();
    // June 1 lies 139 days before the next claim (October 18) in a domain of about 480 days: nearly 30 % of
    // the plot's width (a mark outside the scale would be pushed in at the plot's left edge instead).
    const next = Math.min(...marks.filter((m) => m.id !== "early").map((m) => m.x));
    expect(next - mark!.x).toBeGreaterThan((more.plotRight - more.plotLeft) * 0.2);
    expect(mark!.x).toBeGreaterThanOrEqual(more.plotLeft);
  });
});

describe("event labels in the wide troop chart", () => {
  // The synthetic events: the Duma vote (October 24) among the crowd of October claims, and two
  // statements two days apart in April 2025 that share one line.
  const layout = layoutTroops(chartModel(synthetic, "de"), L, "de").main;
  const panel = layout.panels[0]!;
  it("draws each dated event of the plot's span", () => {
    expect(layout.events.map((e) => e.ids.join("+"))).toEqual(["E-duma", "E-ru+E-kp"]);
  });
  it.each(layout.events.map((e) => [e.ids.join("+"), e] as const))(
    "%s: its label stays in the plot, 1 px off every mark, 2 px off other labels, 3 px off other events' lines",
    (_id, e) => {
      expect(e.box.y).toBeGreaterThanOrEqual(panel.plotTop);
      expect(e.box.y + e.box.height).toBeLessThanOrEqual(panel.plotBottom);
      for (const m of panel.marks) expect(overlaps(e.box, m.box, 1), m.id).toBe(false);
      for (const o of layout.events.filter((o) => o !== e)) {
        expect(overlaps(e.box, o.box, 2)).toBe(false);
        expect(o.x > e.box.x - 3 && o.x < e.box.x + e.box.width + 3, `line of ${o.ids}`).toBe(false);
      }
      // Beside its own line: starting 4 px right of it, or ending 4 px left.
      expect(e.anchor === "start" ? e.box.x - e.x : e.x - (e.box.x + e.box.width)).toBe(4);
    },
  );
});
