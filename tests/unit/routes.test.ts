// The address table of both languages: every page's twin, chapters by their front matter, fragments kept.
import { describe, expect, it } from "vitest";
import { chapterPathOf, filePaths, pagePath, pagePaths, pathLang, twinPath } from "../../src/lib/routes";

const twins = [
  { de: "wie-viele-soldaten", en: "how-many-soldiers" },
  { de: "glossar", en: "glossary" },
];

describe("pathLang", () => {
  it("reads English from the en/ prefix only", () => {
    expect(pathLang("en/sources/")).toBe("en");
    expect(pathLang("en/")).toBe("en");
    expect(pathLang("/en/")).toBe("en");
    expect(pathLang("")).toBe("de");
    expect(pathLang("quellen/")).toBe("de");
    // A German slug that merely starts with "en" is German.
    expect(pathLang("entsendung/")).toBe("de");
  });
});

describe("twinPath", () => {
  it("leads every page of the table to its twin and back", () => {
    for (const paths of Object.values(pagePaths)) {
      expect(twinPath(paths.de, twins)).toBe(paths.en);
      expect(twinPath(paths.en, twins)).toBe(paths.de);
    }
  });
  it("pairs chapters by the English front matter's de:", () => {
    expect(twinPath("wie-viele-soldaten/", twins)).toBe("en/how-many-soldiers/");
    expect(twinPath("en/glossary/", twins)).toBe("glossar/");
  });
  it("keeps the fragment, since anchors are the same in both languages", () => {
    expect(twinPath("quellen/#quelle-nis-1", twins)).toBe("en/sources/#quelle-nis-1");
    expect(twinPath("en/data/#angabe-S001-01", twins)).toBe("daten/#angabe-S001-01");
  });
  it("has no twin for an unknown page", () => {
    expect(twinPath("gibt-es-nicht/", twins)).toBeUndefined();
    expect(twinPath("en/missing/", twins)).toBeUndefined();
  });
});

describe("the address table", () => {
  it("puts every English address under en/ and no German one there", () => {
    for (const table of [pagePaths, filePaths])
      for (const paths of Object.values(table)) {
        expect(pathLang(paths.en)).toBe("en");
        expect(pathLang(paths.de)).toBe("de");
      }
  });
  it("gives each page and file its own address", () => {
    const all = [...Object.values(pagePaths), ...Object.values(filePaths)].flatMap((p) => [p.de, p.en]);
    expect(new Set(all).size).toBe(all.length);
  });
  it("builds chapter paths per language", () => {
    expect(chapterPathOf("glossar", "de")).toBe("glossar/");
    expect(chapterPathOf("glossary", "en")).toBe("en/glossary/");
    expect(pagePath("news", "en")).toBe("en/whats-new/");
  });
});
