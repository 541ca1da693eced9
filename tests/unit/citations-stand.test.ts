// The MDX citation reader and the Stand rule, on small hand-made inputs.
import { describe, expect, it } from "vitest";
import { sections, splitFrontMatter } from "../../src/lib/citations";
import { readFrontMatter, withStandAndSources } from "../../src/lib/front-matter";
import { berlinOffset, latestInstant, latestMoment, standFor, toBerlin } from "../../src/lib/stand";

const mdx = `---
title: Wie viele?
stand: "2024-10-24T23:59+02:00"
sources:
  - src-a
  - src-b
---
import X from "y";

**Kurz.** <ClaimFigure id="T-1" attribution />

## Erste Frage?

Text <ClaimFigure id="T-2" unit="Soldaten" /> und <Attribution id="T-3" />.

<Sources ids={["src-a"]} claims={["T-2", "T-3"]} />

## Zweite Frage?

Text <SourceRef id="src-b" />.
`;

describe("front matter", () => {
  it("reads title, stand and a block list of sources", () => {
    expect(readFrontMatter(mdx)).toEqual({ title: "Wie viele?", stand: "2024-10-24T23:59+02:00", sources: ["src-a", "src-b"] });
  });
  it("reads an inline list, an empty one, a missing one, and numbers as numbers", () => {
    expect(readFrontMatter('---\ntitle: A?\nsources: ["x", y]\n---\n').sources).toEqual(["x", "y"]);
    expect(readFrontMatter("---\ntitle: A?\nsources: []\n---\n").sources).toEqual([]);
    expect(readFrontMatter("---\ntitle: A?\norder: 3\n---\n")).toEqual({ title: "A?", order: 3, sources: [] });
  });
  it("refuses a file without front matter, invalid YAML and sources that are not a list of ids", () => {
    expect(() => splitFrontMatter("# no")).toThrow(/front matter/);
    expect(() => readFrontMatter("---\ntitle: [unclosed\n---\n")).toThrow(/^front matter: /);
    expect(() => readFrontMatter("---\nsources: a-b\n---\n")).toThrow(/sources must be a list of ids/);
    expect(() => readFrontMatter("---\nsources:\n  - 3\n---\n")).toThrow(/sources must be a list of ids/);
  });
  it("sets Stand and sources and keeps every other key, its order, quoting and comments, and the body", () => {
    const before =
      '---\ntitle: "Wie viele?"\n# edited by hand\nstand: "2024-01-01T00:00+01:00"\nsources:\n  - old\nnav: Zahlen\nsummary: Ein sehr langer Satz, der auf keinen Fall auf eine zweite Zeile umbrechen darf, auch wenn er weit über achtzig Zeichen lang ist.\n---\nText.\n';
    const after = withStandAndSources(before, "2024-10-24T23:59+02:00", ["src-a", "src-b"]);
    expect(after).toBe(
      '---\ntitle: "Wie viele?"\n# edited by hand\nstand: "2024-10-24T23:59+02:00"\nsources:\n  - src-a\n  - src-b\nnav: Zahlen\nsummary: Ein sehr langer Satz, der auf keinen Fall auf eine zweite Zeile umbrechen darf, auch wenn er weit über achtzig Zeichen lang ist.\n---\nText.\n',
    );
    // Keys that were missing are added at the end.
    expect(withStandAndSources("---\ntitle: A?\n---\nB\n", "2024-10-24", [])).toBe(
      '---\ntitle: A?\nstand: "2024-10-24"\nsources: []\n---\nB\n',
    );
  });
});

describe("sections", () => {
  it("splits at ## and collects shown claims and listed sources per answer", () => {
    const s = sections(splitFrontMatter(mdx).body);
    expect(s.map((x) => x.heading)).toEqual(["", "Erste Frage?", "Zweite Frage?"]);
    expect(s[0]!.shownClaims).toEqual(["T-1"]);
    expect(s[1]).toMatchObject({ shownClaims: ["T-2", "T-3"], listedSources: ["src-a"], listedClaims: ["T-2", "T-3"] });
    expect(s[2]).toMatchObject({ shownClaims: [], inlineSources: ["src-b"] });
  });
});

describe("Stand", () => {
  it("knows Berlin's winter and summer offsets, switching on the last Sundays of March and October", () => {
    expect(berlinOffset(new Date("2024-10-23T12:00Z"))).toBe("+02:00");
    expect(berlinOffset(new Date("2024-12-16T12:00Z"))).toBe("+01:00");
    expect(berlinOffset(new Date("2024-10-27T00:59Z"))).toBe("+02:00");
    expect(berlinOffset(new Date("2024-10-27T01:00Z"))).toBe("+01:00");
  });
  it("writes a known time in Berlin time", () => {
    expect(toBerlin(new Date("2024-11-20T12:22+09:00"))).toBe("2024-11-20T04:22+01:00");
    expect(latestMoment({ published: "2024-10-23T16:03+02:00", published_precision: "minute" })).toBe("2024-10-23T16:03+02:00");
  });
  it("takes the end of the day when only the day is known", () => {
    expect(latestMoment({ published: "2025-12-13", published_precision: "day" })).toBe("2025-12-13T23:59+01:00");
    expect(latestMoment({ published: "2025-06-17", published_precision: "day" })).toBe("2025-06-17T23:59+02:00");
  });
  it("is the latest of a chapter's sources, compared as instants", () => {
    expect(
      standFor([
        { published: "2024-10-23T16:03+02:00", published_precision: "minute" },
        { published: "2024-10-24T12:42+02:00", published_precision: "minute" },
        { published: "2024-10-23", published_precision: "day" },
      ]),
    ).toBe("2024-10-24T12:42+02:00");
    expect(() => standFor([])).toThrow();
  });
});

describe("latestInstant", () => {
  it("compares instants, not strings, and keeps the winner as written", () => {
    // 04:00-05:00 is 09:00 UTC: later than 09:00+02:00 (07:00 UTC) although it sorts first as text.
    expect(latestInstant(["2024-10-24T09:00+02:00", "2024-10-24T04:00-05:00"])).toBe("2024-10-24T04:00-05:00");
    expect(() => latestInstant([])).toThrow(/no date-times/);
  });
});
