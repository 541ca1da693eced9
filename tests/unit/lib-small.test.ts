// Small helpers directly in src/lib: the edges their doc comments promise (boundaries, empty input, defaults).
import { quoteParts } from "../../src/lib/quotes";
import { describe, expect, it } from "vitest";
import { MAX_TITLE_LENGTH, pageTitle } from "../../src/lib/meta";
import { withBase } from "../../src/lib/paths";
import { datasetCounts, isOriginal, isTotalFigure } from "../../src/lib/count";
import { EARTH_RADIUS_KM, greatCircleKm, roundedKm } from "../../src/lib/distance";
import { smallNumberWord } from "../../src/lib/claim-text";
import { isIsoDateTime } from "../../src/lib/date";
import { DATA_LICENCE_URL, licenceDeed } from "../../src/lib/licence";
import { cardTitleLines, SHARE_FIGURE_BOX, shareCardSvg, shareImagePath, wrapText } from "../../src/lib/share";

describe("pageTitle at its limits", () => {
  it("keeps the site name when the whole title is exactly 70 characters, drops it at 71", () => {
    expect(MAX_TITLE_LENGTH).toBe(70);
    const t66 = "a".repeat(66);
    expect(pageTitle(t66, "S")).toBe(`${t66} – S`); // 66 + " – S" = 70
    const t67 = "a".repeat(67);
    expect(pageTitle(t67, "S")).toBe(t67); // 71 with the site name
  });
  it("keeps a page title of exactly 70 characters whole", () => {
    const t70 = "b".repeat(70);
    expect(pageTitle(t70, "Site")).toBe(t70);
  });
  it("cuts a title without spaces hard at 69 characters plus the ellipsis", () => {
    expect(pageTitle("c".repeat(80), "Site")).toBe(`${"c".repeat(69)}…`);
  });
  it("does not cut to nothing when the only space is the first character", () => {
    expect(pageTitle(` ${"d".repeat(80)}`, "Site")).toBe(` ${"d".repeat(68)}…`);
  });
  it("cuts at the last space within the first 69 characters", () => {
    const title = `${"e".repeat(60)} ${"f".repeat(5)} ${"g".repeat(20)}`; // spaces at 60 and 66
    expect(pageTitle(title, "Site")).toBe(`${"e".repeat(60)} ${"f".repeat(5)}…`);
  });
});

describe("withBase", () => {
  it("treats an empty base as the root and strips every leading slash of the path", () => {
    expect(withBase("", "quellen/")).toBe("/quellen/");
    expect(withBase("/a/", "///b")).toBe("/a/b");
  });
});

describe("isOriginal, isTotalFigure and datasetCounts", () => {
  it("counts only rows without repeats as originals", () => {
    expect(isOriginal({})).toBe(true);
    expect(isOriginal({ repeats: undefined })).toBe(true);
    expect(isOriginal({ repeats: "T-1" })).toBe(false);
  });
  it("takes only original, quantified total figures as totals", () => {
    expect(isTotalFigure({ basis: "total", qualifier: "approx" })).toBe(true);
    expect(isTotalFigure({ basis: "total", qualifier: "unquantified" })).toBe(false);
    expect(isTotalFigure({ basis: "subset", qualifier: "approx" })).toBe(false);
    expect(isTotalFigure({ basis: undefined, qualifier: "approx" })).toBe(false);
    expect(isTotalFigure({ basis: "total", qualifier: "approx", repeats: "T-1" })).toBe(false);
  });
  it("gives rows, repeats, claims (rows minus repeats) and documents", () => {
    const claims = [{}, { repeats: "a" }, { repeats: undefined }, { repeats: "b" }, {}];
    expect(datasetCounts({ claims, sources: [1, 2, 3] })).toEqual({ rows: 5, repeats: 2, claims: 3, documents: 3 });
    expect(datasetCounts({ claims: [], sources: [] })).toEqual({ rows: 0, repeats: 0, claims: 0, documents: 0 });
  });
});

describe("distance", () => {
  it("uses the mean earth radius: a quarter meridian is 6371·π/2 km", () => {
    expect(EARTH_RADIUS_KM).toBe(6371);
    expect(greatCircleKm({ lat: 0, lon: 0 }, { lat: 90, lon: 0 })).toBeCloseTo((6371 * Math.PI) / 2, 6);
    // Along the equator a degree of longitude is as long as one of latitude.
    expect(greatCircleKm({ lat: 0, lon: 10 }, { lat: 0, lon: 20 })).toBeCloseTo((6371 * Math.PI) / 18, 6);
  });
  it("rounds halves up and to any step", () => {
    expect(roundedKm(5)).toBe(10);
    expect(roundedKm(4.9)).toBe(0);
    expect(roundedKm(149, 50)).toBe(150);
    expect(roundedKm(124, 50)).toBe(100);
  });
});

describe("smallNumberWord", () => {
  it("spells only whole numbers from two to twelve", () => {
    expect(["zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"]).toEqual(
      [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((n) => smallNumberWord(n, "de")),
    );
    expect(smallNumberWord(0, "de")).toBeUndefined();
    expect(smallNumberWord(2.5, "de")).toBeUndefined();
    expect(smallNumberWord(-3, "de")).toBeUndefined();
  });
});

describe("share images", () => {
  it("names the file after the path, with runs of other characters as one dash", () => {
    expect(shareImagePath("/")).toBe("share/start.png");
    expect(shareImagePath("a//b c/")).toBe("share/a-b-c.png");
    expect(shareImagePath("/x/")).toBe("share/x.png");
    expect(shareImagePath("--x--/")).toBe("share/x.png");
    expect(shareImagePath("Ä/")).toBe("share/start.png");
  });

  it("wraps: a word longer than the line stays whole on its own line, no empty lines", () => {
    expect(wrapText("", 10)).toEqual([]);
    expect(wrapText("kurz", 10)).toEqual(["kurz"]);
    expect(wrapText("ab cd", 5)).toEqual(["ab cd"]); // exactly 5 fits
    expect(wrapText("ab cde", 5)).toEqual(["ab", "cde"]);
    expect(wrapText("Donaudampfschifffahrt ja", 5)).toEqual(["Donaudampfschifffahrt", "ja"]);
  });

  const sizes = (svg: string) =>
    [...svg.matchAll(/<text x="72" y="([\d.]+)" font-size="(\d+)" font-weight="700">/g)].map((m) => [Number(m[1]), Number(m[2])]);

  it("sets a short title in 66 px, one <text> per line, each line lower than the last", () => {
    const svg = shareCardSvg("Site", "Eins zwei drei vier", "Stand");
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630" viewBox="0 0 1200 630">/);
    const title = sizes(svg).filter(([, s]) => s !== 34);
    expect(title).toEqual([[250, 66]]);
    expect(svg).toContain(`font-size="34" font-weight="700" fill="#a3122a">Site</text>`);
    expect(svg).toContain(`<text x="72" y="570" font-size="28" fill="#55534e">Stand</text>`);
  });

  it("sets a title of four lines in 58 px and stops after four lines, the last ending in an ellipsis", () => {
    const words = Array.from({ length: 6 }, (_, i) => String(i).repeat(25)).join(" "); // one word per 30-character line
    const svg = shareCardSvg("Site", words, "Stand");
    const title = sizes(svg).filter(([, s]) => s !== 34);
    expect(title.map(([, s]) => s)).toEqual([58, 58, 58, 58]);
    expect(svg).toContain(`>${"3".repeat(25)} …</text>`);
    expect(svg).not.toContain("4".repeat(25));
    expect(title[0]![0]).toBe(250);
    for (let i = 1; i < title.length; i++) expect(title[i]![0]).toBeCloseTo((title[i - 1]?.[0] ?? Number.NaN) + 58 * 1.15, 6);
  });

  it("keeps three lines at 66 px", () => {
    const words = Array.from({ length: 3 }, () => "x".repeat(25)).join(" ");
    const title = sizes(shareCardSvg("Site", words, "Stand")).filter(([, s]) => s !== 34);
    expect(title.map(([, s]) => s)).toEqual([66, 66, 66]);
  });

  it("with a figure: narrower lines (19 characters), up to five, 48 px, smaller site name", () => {
    const words = Array.from({ length: 7 }, () => "y".repeat(15)).join(" ");
    const svg = shareCardSvg("Site", words, "Stand", true);
    const title = sizes(svg).filter(([, s]) => s !== 28);
    expect(title.map(([, s]) => s)).toEqual([48, 48, 48, 48, 48]);
    expect(svg).toContain(`font-size="28" font-weight="700" fill="#a3122a">Site</text>`);
    // "Wie viele Soldaten" is 18 characters: it fits one 19-character line with a figure.
    expect(sizes(shareCardSvg("S", "Wie viele Soldaten hat", "F", true)).filter(([, s]) => s === 48)).toHaveLength(2);
    expect(SHARE_FIGURE_BOX.left + SHARE_FIGURE_BOX.width).toBeLessThanOrEqual(1200);
  });
});

describe("quoteParts", () => {
  it("finds German and English quotations and gives the text back when joined", () => {
    const text = "Peskow nannte es „another piece of fake news“; the minister “hatte zuvor erklärt”.";
    const parts = quoteParts(text);
    expect(parts.filter((p) => p.quoted).map((p) => p.text)).toEqual(["another piece of fake news", "hatte zuvor erklärt"]);
    expect(parts.map((p) => p.text).join("")).toBe(text);
  });
  it("leaves a text without quotations whole", () => {
    expect(quoteParts("Nur eigene Worte.")).toEqual([{ text: "Nur eigene Worte.", quoted: false }]);
  });
});

describe("isIsoDateTime", () => {
  it("takes a date-time with minutes and an offset on a real day, seconds optional", () => {
    for (const ok of ["2024-10-23T16:03+02:00", "2024-10-23T16:03Z", "2024-10-23T16:03:59-05:30", "2024-02-29T00:00+09:00"])
      expect(isIsoDateTime(ok), ok).toBe(true);
  });
  it("refuses a bare day, a missing offset, impossible times and days that do not exist", () => {
    for (const bad of [
      "2024-10-23",
      "2024-10-23T16:03",
      "2024-10-23T24:00+02:00",
      "2024-10-23T16:60+02:00",
      "2024-10-23T16:03:60+02:00",
      "2024-10-23T16:03+24:00",
      "2023-02-29T12:00+01:00",
      "2024-10-23 16:03+02:00",
      " 2024-10-23T16:03+02:00",
    ])
      expect(isIsoDateTime(bad), bad).toBe(false);
  });
});

describe("cardTitleLines", () => {
  it("keeps up to four lines alone and five beside a figure, and marks a cut with an ellipsis", () => {
    const words = (n: number, len: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(97 + i).repeat(len)).join(" ");
    // Exactly four lines fit whole: no ellipsis.
    expect(cardTitleLines(words(4, 25), false)).toEqual(["a".repeat(25), "b".repeat(25), "c".repeat(25), "d".repeat(25)]);
    expect(cardTitleLines(words(5, 25), false)).toEqual(["a".repeat(25), "b".repeat(25), "c".repeat(25), `${"d".repeat(25)} …`]);
    expect(cardTitleLines(words(5, 15), true)).toHaveLength(5);
    expect(cardTitleLines(words(6, 15), true).at(-1)).toBe(`${"e".repeat(15)} …`);
  });
});

describe("licence", () => {
  it("names CC BY 4.0 and its deed in the reader's language", () => {
    expect(DATA_LICENCE_URL).toBe("https://creativecommons.org/licenses/by/4.0/");
    expect(licenceDeed("de")).toBe("https://creativecommons.org/licenses/by/4.0/deed.de");
    expect(licenceDeed("en")).toBe("https://creativecommons.org/licenses/by/4.0/deed.en");
  });
});
