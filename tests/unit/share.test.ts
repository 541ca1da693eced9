import { describe, expect, it } from "vitest";
import { sharePages } from "../../src/data/share-pages";
import { readFrontMatter } from "../../src/lib/front-matter";
import { cardTitleLines, shareCardSvg, shareImagePath, wrapText } from "../../src/lib/share";
import { chapterFilesOfBothEditions } from "./chapter-files";

describe("share images", () => {
  it("are named after the page path", () => {
    expect(shareImagePath("")).toBe("share/start.png");
    expect(shareImagePath("wie-viele-soldaten/")).toBe("share/wie-viele-soldaten.png");
    expect(shareImagePath("404.html")).toBe("share/404-html.png");
  });
  it("of English pages are named after their en/ path, so they never meet a German one", () => {
    expect(shareImagePath("en/")).toBe("share/en.png");
    expect(shareImagePath("en/how-many-soldiers/")).toBe("share/en-how-many-soldiers.png");
    expect(shareImagePath("en/embed/")).toBe("share/en-embed.png");
    const de = sharePages("de").map((p) => shareImagePath(p.path));
    const en = sharePages("en").map((p) => shareImagePath(p.path));
    expect(en.every((path) => path.startsWith("share/en"))).toBe(true);
    expect(new Set([...de, ...en]).size).toBe(de.length + en.length);
  });
  it("cover the same pages in both languages, each titled in its own", () => {
    const de = sharePages("de");
    const en = sharePages("en");
    expect(de.map((p) => p.path)).toEqual(["", "grafik/", "karte/", "quellen/", "einbetten/", "daten/", "neu/", "404.html"]);
    expect(en.map((p) => p.path)).toEqual([
      "en/",
      "en/chart/",
      "en/map/",
      "en/sources/",
      "en/embed/",
      "en/data/",
      "en/whats-new/",
      "en/404/",
    ]);
    expect(en.map((p) => Boolean(p.chart))).toEqual(de.map((p) => Boolean(p.chart)));
    for (const p of en) expect(p.title, p.path).not.toMatch(/[äöüß]|\b(?:und|der|die|das)\b/i);
  });
  it("wrap titles at spaces within the line length", () => {
    expect(wrapText("Wie viele Soldaten hat Nordkorea geschickt?", 19)).toEqual(["Wie viele Soldaten", "hat Nordkorea", "geschickt?"]);
  });
  it("escape text from the data", () => {
    const svg = shareCardSvg("Site", `<script>alert(1)</script> & "x"`, "Stand");
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(svg).toContain("&amp;");
    expect(svg).toContain("&quot;x&quot;");
  });
});

describe("the site's share cards", () => {
  const chapters = chapterFilesOfBothEditions().map((c) => readFrontMatter(c.mdx));
  const cards = [
    ...chapters.map((fm) => ({ title: String(fm.title), chart: fm["card"] === "chart" })),
    ...(["de", "en"] as const).flatMap((lang) => sharePages(lang).map((p) => ({ title: p.title, chart: p.chart === true }))),
  ];
  it.each(cards.map((c) => [c.title, c.chart]))("%s fits its card uncut (with the chart: %s)", (title, chart) => {
    expect(cardTitleLines(title, chart).join(" ")).toBe(title.replace(/\s+/g, " ").trim());
  });
});
