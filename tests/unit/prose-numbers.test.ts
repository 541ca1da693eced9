// The scanner that keeps hand-typed figures out of chapter prose: what it must catch and what it must let through.
import { describe, expect, it } from "vitest";
import { proseOf, strayNumbers } from "../../src/lib/prose-numbers";

const texts = (mdx: string) => strayNumbers(mdx).map((n) => n.text);

describe("strayNumbers", () => {
  it("catches figures typed by hand, with or without thousands separators", () => {
    expect(texts("Laut NIS sind es 12.000 Soldaten.")).toEqual(["12.000"]);
    expect(texts("Laut NIS sind es 12000 Soldaten.")).toEqual(["12000"]);
    expect(texts("Es sind 1.500 und dann 3000.")).toEqual(["1.500", "3000"]);
    expect(texts("Rund 500 Offiziere.")).toEqual(["500"]);
    expect(texts("Es waren 12\u202f000.")).toEqual(["12\u202f000"]);
  });

  it("catches English figures with thousands commas, and English named numbers let through", () => {
    expect(texts("According to the NIS, 12,000 soldiers and then 1,500 more.")).toEqual(["12,000", "1,500"]);
    expect(texts("About 1,000,000 shells.")).toEqual(["1,000,000"]);
    expect(texts("Resolutions 1718 and 2270; the 528th Engineer Regiment; the 11th Airborne Brigade.")).toEqual([]);
    expect(texts("UN Security Council resolution 1718 and 1,000 engineers.")).toEqual(["1,000"]);
    // A German decimal is still a decimal.
    expect(texts("Es wurden 1,5 Millionen gefunden.")).toEqual(["1,5"]);
  });

  it("catches small numbers that stand for millions", () => {
    expect(texts("Es wurden 1,5 Millionen Sprengkörper gefunden.")).toEqual(["1,5"]);
  });

  it("lets small numbers, dates, years and clock times through", () => {
    expect(texts("Drei Generäle, 27 Staaten, Artikel 4.")).toEqual([]);
    expect(texts("Am 23.10.2024 um 16:03 Uhr, am 3. November 2024 und im Juni 2025.")).toEqual([]);
    expect(texts("Der Vertrag vom 19.06. trat am 2024-12-04 in Kraft.")).toEqual([]);
  });

  it("lets named numbers through but not figures beside them", () => {
    expect(texts("Resolution 1718 von 2006; das 528. Pionierregiment; die KN-23.")).toEqual([]);
    expect(texts("Resolution 1718 und 1.000 Pioniere.")).toEqual(["1.000"]);
  });

  it("ignores component tags, imports, link targets and non-reader front matter", () => {
    const mdx = [
      "---",
      "title: Wie viele Soldaten sind es?",
      'stand: "2024-10-24T12:42+02:00"',
      "order: 200",
      "summary: Zahlen von 12.000 bis 15.000",
      "---",
      'import ClaimFigure from "../../components/ClaimFigure.astro";',
      '<ClaimFigure id="S001-02" attribution /> Soldaten, <Sources ids={["tagesschau-faq-2024-10-23"]} />',
      '<PlaceDistance from="pyongyang" to="vladivostok" />, siehe [Quelle](https://example.org/2024/10/188550).',
      "Aber 2.600 hier.",
    ].join("\n");
    const found = strayNumbers(mdx);
    expect(found.map((n) => [n.text, n.line])).toEqual([
      ["12.000", 5],
      ["15.000", 5],
      ["2.600", 10],
    ]);
    expect(found[2]!.context).toBe("Aber 2.600 hier.");
  });

  it("keeps line numbers when it blanks multi-line tags", () => {
    const mdx = '<Sources\n  ids={["a-2024-10-23"]}\n/>\n\nDann 700.';
    expect(proseOf(mdx).split("\n")).toHaveLength(5);
    expect(strayNumbers(mdx).map((n) => n.line)).toEqual([5]);
  });
});
