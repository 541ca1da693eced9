// The shared helpers that replaced per-module copies (review §3.2): one escaper, one round, one ISO-day
// parser, one source anchor, one find-by-id, one "Stand" ordering.
import { describe, expect, it } from "vitest";
import { escapeXml } from "../../src/lib/escape";
import { round } from "../../src/lib/round";
import { dayOf, dayParts, isIsoDay, utcDay } from "../../src/lib/date";
import { sourceAnchor, sourcePath } from "../../src/lib/paths";
import { findById } from "../../src/lib/find";
import { wrapWords } from "../../src/lib/chart/text";
import { wrapText as shareWrap } from "../../src/lib/share";
import { dataStand } from "../../src/lib/chart/describe";
import type { DescribeData } from "../../src/lib/chart/describe";
import { dataFiles } from "../../src/lib/data/schema";

describe("shared helpers", () => {
  it("escapes the four markup characters", () => {
    expect(escapeXml(`<a href="x">&</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;");
  });
  it("rounds to one decimal by default, to more on request, never to -0", () => {
    expect(round(1.26)).toBe(1.3);
    expect(round(1.2345, 3)).toBe(1.235);
    expect(Object.is(round(-0.04), 0)).toBe(true);
  });
  it("reads ISO days without time zones", () => {
    expect(dayOf("2024-10-23T14:05+02:00")).toBe("2024-10-23");
    expect(dayParts("2024-10-23")).toEqual({ y: 2024, m: 10, d: 23 });
    expect(utcDay("2024-10-23T23:30+02:00").toISOString()).toBe("2024-10-23T00:00:00.000Z");
    expect(isIsoDay("2024-02-29")).toBe(true);
    expect(isIsoDay("2025-02-29")).toBe(false);
    expect(isIsoDay("2024-10-23T10:00Z")).toBe(false);
  });
  it("links a source's entry on the sources page", () => {
    expect(sourceAnchor("nis-1")).toBe("quelle-nis-1");
    expect(sourcePath("nis-1", "de")).toBe("quellen/#quelle-nis-1");
  });
  it("finds a row by id or names the component and the file", () => {
    expect(findById([{ id: "a" }, { id: "b" }], "b", "claim", "X")).toEqual({ id: "b" });
    expect(() => findById([{ id: "a" }], "z", "source", "SourceRef")).toThrow('SourceRef: unknown source id "z" (not in data/sources.csv)');
  });
  it("wraps greedily at spaces, by characters for the share card", () => {
    expect(wrapWords("a bb ccc", (l) => l.length <= 4)).toEqual(["a bb", "ccc"]);
    expect(shareWrap("  eins zwei drei ", 9)).toEqual(["eins zwei", "drei"]);
  });
});

describe("the chart's Stand counts days as lib/stand.ts does", () => {
  const data = (published: [string, "minute" | "day"][]) =>
    ({
      claims: published.map((_, i) => ({ source: `s${i}` })),
      sources: published.map(([p, precision], i) => ({ id: `s${i}`, published: p, published_precision: precision })),
      actors: [],
      events: [],
    }) as unknown as DescribeData;
  it("a plain day is its last minute in Berlin: later than a time on that day", () => {
    expect(
      dataStand(
        data([
          ["2025-01-10T18:00+01:00", "minute"],
          ["2025-01-10", "day"],
        ]),
      ),
    ).toBe("2025-01-10");
    expect(
      dataStand(
        data([
          ["2025-01-10", "day"],
          ["2025-01-11T08:00+01:00", "minute"],
        ]),
      ),
    ).toBe("2025-01-11T08:00+01:00");
  });
  it("no documents is an error, not an empty Stand", () => {
    expect(() => dataStand(data([]))).toThrow();
  });
});

describe("route positions", () => {
  it("start at 1: 0 is rejected, empty is unknown", () => {
    const routeOrder = dataFiles.places.schema.shape.route_order;
    expect(routeOrder.safeParse("0").success).toBe(false);
    expect(routeOrder.safeParse("1").data).toBe(1);
    expect(routeOrder.safeParse("").data).toBeUndefined();
  });
});
