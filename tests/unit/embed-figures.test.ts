// The embeddable figures in both languages: each language's addresses, texts and files, and codes that
// carry no word of the other language.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { embedFigure, embedFigures, embedPath, embedTarget, oembedPath } from "../../src/data/embeds";
import { responsiveCode } from "../../src/lib/embed/code";
import { filePaths } from "../../src/lib/routes";

const root = "https://example.org/explainer/";

describe("the embeddable figures", () => {
  it("are the same three in both languages, in the same order, with the same message ids and heights", () => {
    const de = embedFigures("de");
    const en = embedFigures("en");
    expect(de.map((f) => f.id)).toEqual(["chart", "verluste", "map"]);
    expect(en.map((f) => f.id)).toEqual(de.map((f) => f.id));
    expect(en.map((f) => [f.messageId, f.height])).toEqual(de.map((f) => [f.messageId, f.height]));
    expect(new Set(de.map((f) => f.messageId)).size).toBe(3);
  });

  it("live under embed/ in German and en/embed/ in English, with an oEmbed document beside each", () => {
    expect(embedFigures("de").map((f) => f.path)).toEqual(["embed/chart/", "embed/verluste/", "embed/map/"]);
    expect(embedFigures("en").map((f) => f.path)).toEqual(["en/embed/chart/", "en/embed/losses/", "en/embed/map/"]);
    expect(embedPath("verluste", "en")).toBe("en/embed/losses/");
    expect(oembedPath(embedFigure("verluste", "en"))).toBe("en/embed/losses/oembed.json");
    expect(oembedPath(embedFigure("map"))).toBe("embed/map/oembed.json");
  });

  it("fall back on their language's PNG and belong to their language's chapter", () => {
    expect(embedFigures("de").map((f) => f.image)).toEqual([filePaths.troopCompactPng.de, filePaths.lossPng.de, filePaths.mapPng.de]);
    expect(embedFigures("en").map((f) => f.image)).toEqual([filePaths.troopCompactPng.en, filePaths.lossPng.en, filePaths.mapPng.en]);
    expect(embedFigures("de").map((f) => f.page)).toEqual(["wie-viele-soldaten/", "was-geschah-danach/", "wo-sind-die-soldaten/"]);
    // Each English chapter is the twin of the German one: its front matter names it in `de:`.
    for (const [de, en] of embedFigures("de").map((f, i) => [f, embedFigures("en")[i]!] as const)) {
      const slug = en.page.replace(/^en\/|\/$/g, "");
      const front = readFileSync(`src/content/en/chapters/${slug}.mdx`, "utf8");
      expect(front, slug).toMatch(new RegExp(`^de: ${de.page.replace(/\/$/, "")}$`, "m"));
    }
  });

  it("have titles and alt texts in their language", () => {
    for (const f of embedFigures("en")) {
      expect(f.lang).toBe("en");
      expect(`${f.title} ${f.alt}`, f.id).not.toMatch(/[äöüß]|\b(?:und|der|die|nach|Grafik|Karte|Quelle)\b/i);
    }
    expect(embedFigure("map", "en").title).toBe("Map: From Pyongyang via Vladivostok to Kursk");
    expect(embedFigure("map", "de").title).toBe("Karte: Von Pjöngjang über Wladiwostok nach Kursk");
  });

  it("make an English code that points only at English addresses", () => {
    const code = responsiveCode(embedTarget(embedFigure("verluste", "en"), root, "dark", "Alt"));
    expect(code).toContain(`src="${root}en/embed/losses/?theme=dark"`);
    expect(code).toContain(`<a href="${root}en/what-happened-next/">`);
    expect(code).toContain(`<img src="${root}en/chart/losses.png" alt="Alt"`);
    expect(code).toContain(`<script src="${root}embed.js" async>`);
    expect(code).not.toMatch(/verluste|was-geschah|grafik\//);
  });

  it("keep the German code as it was", () => {
    const target = embedTarget(embedFigure("chart", "de"), root);
    expect(target).toEqual({
      src: `${root}embed/chart/`,
      script: `${root}embed.js`,
      image: `${root}grafik/nordkorea-soldaten-kompakt.png`,
      page: `${root}wie-viele-soldaten/`,
      title: "Grafik: Gemeldete Zahlen nordkoreanischer Soldaten in Russland, nach Quelle und Datum",
      alt: "Punktgrafik: gemeldete Zahlen nordkoreanischer Soldaten in Russland, nach Quelle und Datum.",
      height: 460,
    });
  });
});
