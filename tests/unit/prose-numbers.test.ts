// The scanner that keeps hand-typed figures out of chapter prose: what it must catch and what it must let through.
import { describe, expect, it } from "vitest";
import { PRESENT_WORDS, proseOf, strayDates, strayNumbers, undatedPresent } from "../../src/lib/prose-numbers";

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

describe("strayNumbers, rule by rule", () => {
  it("lets every kind of named number through, in both languages", () => {
    expect(texts("Resolutionen 1718, 1874 und 2270.")).toEqual([]);
    expect(texts("resolutions 1718 and 2397.")).toEqual([]);
    expect(texts("die Resolution 1718")).toEqual([]);
    for (const unit of ["Pionierregiment", "Pionier-Regiment", "Korps", "Brigade", "Luftlandebrigade", "Sturmbrigade"])
      expect(texts(`die 155. ${unit} und 300 Mann`), unit).toEqual(["300"]);
    for (const unit of ["Engineer Regiment", "Regiment", "Corps", "Brigade", "Airborne Brigade", "Assault Brigade"])
      expect(texts(`the 155th ${unit} and 300 men`), unit).toEqual(["300"]);
    expect(texts("the 101st Corps, the 102nd Brigade, the 103rd Regiment")).toEqual([]);
    expect(texts("KN-23 und KN-2500")).toEqual([]);
    // Wrapped lines and runs of spaces inside a name.
    expect(texts("Resolutionen\n  1718 und  2270.")).toEqual([]);
    expect(texts("das 528.\n  Pionierregiment; the 528th\n  Engineer\n  Regiment; the 11th  Airborne  Brigade")).toEqual([]);
    // A named-number word with nothing after it names nothing.
    expect(texts("die Resolution und 1718 Mann")).toEqual(["1718"]);
    expect(texts("the 155th man")).toEqual(["155"]);
    expect(texts("155. Regiment")).toEqual(["155"]);
  });

  it("lets every written date and time through, and nothing beyond it", () => {
    expect(texts("2024-10-23T16:03, 2024-10-23T16:03:59Z, 2024-10-23T16:03+02:00 und 2024-10-23T16:03-05:00")).toEqual([]);
    expect(texts("am 23. 10. 2024, am 3.11. und am 3.11.2024 um 9:05")).toEqual([]);
    expect(texts("2024-10-23 und 250 Mann")).toEqual(["250"]);
    expect(texts("um 16:03 kamen 250")).toEqual(["250"]);
  });

  it("lets calendar years 1900 to 2099 through, but not numbers that only look like years", () => {
    expect(texts("1900, 1950, 2000 und 2099")).toEqual([]);
    expect(texts("1899 und 2100")).toEqual(["1899", "2100"]);
    expect(texts("20245 und 19999 Schuss")).toEqual(["20245", "19999"]);
    // With a thousands separator or a million after it, it is a figure.
    expect(texts("2.024 Soldaten und 2024 Mio. Euro")).toEqual(["2.024", "2024"]);
  });

  it("draws the line at 100, unless the number is grouped or stands for millions or billions", () => {
    expect(texts("99 und 100")).toEqual(["100"]);
    expect(texts("99,9 und 100,5")).toEqual(["100,5"]);
    for (const unit of ["Mio.", "Million", "Millionen", "Mrd.", "Milliarde", "Milliarden"])
      expect(texts(`3 ${unit} Schuss`), unit).toEqual(["3"]);
    expect(texts("3 Milliardäre")).toEqual([]);
    // Right after the number, with or without a space; not further on.
    expect(texts("3Mio. und 4  Mrd.")).toEqual(["3", "4"]);
    expect(texts("3 und 4 Mio.")).toEqual(["4"]);
    expect(texts("1,000 and 2,5")).toEqual(["1,000"]);
  });

  it("reads thousands separators of every kind, decimals included", () => {
    expect(texts("12\u2009000, 13\u00a0000 und 1.234.567")).toEqual(["12\u2009000", "13\u00a0000", "1.234.567"]);
    expect(texts("1.500,5 Tonnen und 1.500,25 Tonnen")).toEqual(["1.500,5", "1.500,25"]);
    expect(texts("12,000,5 und 100,25")).toEqual(["12,000", "100,25"]);
    // A separator followed by fewer than three digits is no grouping.
    expect(texts("am 1.5 und 12.34")).toEqual([]);
  });

  it("skips digits that belong to a word, a designation or a longer number", () => {
    expect(texts("A320, MiG-29, B-52 und x500")).toEqual([]);
    expect(texts("Ziffer-500")).toEqual([]);
  });

  it("gives line and trimmed context of each find", () => {
    const found = strayNumbers("Erste Zeile.\n\n   Dort 400 Mann.   \nUnd 500.");
    expect(found).toEqual([
      { text: "400", line: 3, context: "Dort 400 Mann." },
      { text: "500", line: 4, context: "Und 500." },
    ]);
  });
});

describe("proseOf", () => {
  it("keeps reader-facing front matter and blanks the rest, line for line", () => {
    const mdx = "---\ntitle: T 1\nsummary: S 2\nnav: N 3\nstand: 2024\norder: 400\n---\nText";
    const lines = proseOf(mdx).split("\n");
    expect(lines.slice(1, 4)).toEqual(["title: T 1", "summary: S 2", "nav: N 3"]);
    expect(lines[4]).toBe(" ".repeat("stand: 2024".length));
    expect(lines[5]).toBe(" ".repeat("order: 400".length));
    expect(lines.at(-1)).toBe("Text");
    // Only the first block is front matter.
    expect(proseOf("Text\n---\norder: 400\n---")).toBe("Text\n---\norder: 400\n---");
  });

  it("blanks imports, exports, code, comments, tags, link targets and bare URLs", () => {
    // [text, the part that must become spaces]
    const cases: [string, string][] = [
      ['import X from "./x";', 'import X from "./x";'],
      ["export const n = 400;", "export const n = 400;"],
      ["a\n```\nconst n = 400;\n```\nb", "```\nconst n = 400;\n```"],
      ["a `400` b", "`400`"],
      ["a {/* 400\n 500 */} b", "{/* 400\n 500 */}"],
      ['a <X n="400" m={f({a: 1})} /> b', '<X n="400" m={f({a: 1})} />'],
      ["a <X m={f({a: 1}, 400)} /> b", "<X m={f({a: 1}, 400)} />"],
      ["a </X> b", "</X>"],
      ["[Text](https://e.org/400) b", "](https://e.org/400)"],
      ["siehe https://e.org/400 dort", "https://e.org/400"],
      ["siehe http://e.org/400 dort", "http://e.org/400"],
    ];
    const spaces = (s: string) => s.replace(/[^\n]/g, " ");
    for (const [mdx, part] of cases) expect(proseOf(mdx), mdx).toBe(mdx.replace(part, spaces(part)));
    expect(proseOf("a <Y> c")).toBe("a     c");
    // Only at the start of a line is import an import.
    expect(proseOf("Wir import 400")).toBe("Wir import 400");
  });
});

describe("strayDates", () => {
  const dates = (text: string) => strayDates(text).map((d) => d.text);

  it("finds each way of writing a day or a month, German and English", () => {
    expect(dates("2024-10-23; 23.10.2024; 23. 10. 2024; 23.10.; 3. November; 3.November 2024; Oktober 2024")).toEqual([
      "2024-10-23",
      "23.10.2024",
      "23. 10. 2024",
      "23.10.",
      "3. November",
      "3.November 2024",
      "Oktober 2024",
    ]);
    expect(dates("18 Oct. 2024; 18 Sept; Oct. 18th, 2024; Oct 3rd; December 1st 2024; May 2025")).toEqual([
      "18 Oct. 2024",
      "18 Sept",
      "Oct. 18th, 2024",
      "Oct 3rd",
      "December 1st 2024",
      "May 2025",
    ]);
    for (const month of ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Dezember"])
      expect(dates(`im ${month} 2025`), month).toEqual([`${month} 2025`]);
    for (const month of [
      "January",
      "February",
      "March",
      "June",
      "July",
      "Jan",
      "Feb",
      "Mar",
      "Apr",
      "Jun",
      "Jul",
      "Aug",
      "Sep",
      "Nov",
      "Dec",
    ])
      expect(dates(`in ${month} 2025`), month).toEqual([`${month} 2025`]);
  });

  it("leaves bare years, numbers and month names alone", () => {
    expect(dates("Im Jahr 2024 kamen 12 Mann; im Oktober; in May; 2024-10; Mayday 2024")).toEqual([]);
  });

  it("reports the longest reading of a date once, with its line and the original line as context", () => {
    const text = "Zeile eins\n  am 18 October 2024 und am 3. November  \nEnde";
    const original = "Zeile eins\n  am <b>18 October 2024</b> und am 3. November  \nEnde";
    expect(strayDates(text, original)).toEqual([
      { text: "18 October 2024", line: 2, context: "am <b>18 October 2024</b> und am 3. November" },
      { text: "3. November", line: 2, context: "am <b>18 October 2024</b> und am 3. November" },
    ]);
    // Dates side by side are each reported.
    expect(dates("23.10.24.10.")).toEqual(["23.10.", "24.10."]);
    // Without an original, the text is its own context.
    expect(strayDates("x\nam 23.10.2024 ").map((d) => [d.line, d.context])).toEqual([[2, "am 23.10.2024"]]);
  });
});

describe("undatedPresent", () => {
  const words = (mdx: string) => undatedPresent(mdx).map((d) => d.word);

  it("knows each present-time word, in any case, as a whole word", () => {
    for (const word of PRESENT_WORDS) {
      expect(words(`Das gilt ${word}.`), word).toEqual([word]);
      expect(words(`${word.toUpperCase()} gilt das.`), word).toEqual([word.toUpperCase()]);
    }
    expect(words("Die heutige Lage, known facts, nowhere, snowy, Jetztzeit.")).toEqual([]);
  });

  it("accepts a sentence dated by a year, the Stand, a DateOf, an Attribution, an attributed figure or a {date:}", () => {
    for (const dated of [
      "Heute, Ende 2025, sind es viele.",
      "Stand heute sind es viele.",
      'Heute sind es <DateOf id="E1" /> viele.',
      'Heute sind es <Attribution id="S1" /> viele.',
      'Heute sind es <ClaimFigure id="S1" attribution /> viele.',
      "Heute sind es {date:E1} viele.",
    ])
      expect(words(dated), dated).toEqual([]);
    expect(words('Heute sind es <ClaimFigure id="S1" /> viele.')).toEqual(["Heute"]);
    expect(words("Heute sind es 1800 viele.")).toEqual(["Heute"]);
  });

  it("judges sentence by sentence: at . ? ! and line ends, not at dots in tags or numbers", () => {
    expect(words("Es war 2024. Jetzt nicht! Und heute? Ja")).toEqual(["Jetzt", "heute"]);
    expect(words("Es war 2024\nJetzt nicht")).toEqual(["Jetzt"]);
    expect(words('Jetzt <X a="b. c" /> sind es 1.5 und 2025.')).toEqual([]);
    expect(words("Jetzt sind es 1.5 Mal. 2025 war es anders.")).toEqual(["Jetzt"]);
    // A dot without a space after it (an abbreviation like "z.B.x") does not end a sentence.
    expect(words("Jetzt etwa.2025")).toEqual([]);
  });

  it("reads a --- block later in the text as text, not as front matter", () => {
    expect(words("Gut.\n---\nnote: jetzt\n---\n")).toEqual(["jetzt"]);
  });

  it("reads only the reader-facing front matter and gives line and context", () => {
    const mdx = "---\ntitle: Wo sind sie heute?\nnote: jetzt\n---\n\n  Bislang nichts.  \n";
    expect(undatedPresent(mdx)).toEqual([
      { word: "heute", line: 2, context: "title: Wo sind sie heute?" },
      { word: "Bislang", line: 6, context: "Bislang nichts." },
    ]);
  });
});
