// No figure or date typed by hand in any string a reader sees, and no "heute" without a date: the chapters,
// the other prose, the dictionary, the site config in src/data and the data's own descriptions.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/build/dataset";
import { de } from "../../src/lib/i18n/de";
import { PRESENT_WORDS, proseOf, strayDates, strayNumbers, undatedPresent } from "../../src/lib/prose-numbers";
import { DATA_DIR } from "../../src/build/data-dir";

const dataDir = DATA_DIR;
const data = loadDataset(dataDir, dataDir);
const mdxFiles = ["src/content", "src/content/chapters", "src/content/en", "src/content/en/chapters"].flatMap((dir) =>
  (existsSync(dir) ? readdirSync(dir) : []).filter((f) => f.endsWith(".mdx")).map((f) => join(dir, f)),
);
const strip = (s: string) => s.replace(/\{[a-z]+:[A-Za-z0-9-]+\}/g, " ");

/** Every string in a nested dictionary object, with its key path. */
function strings(value: unknown, path = "de"): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

describe("hand-typed dates and figures", () => {
  it("scans every prose file", () => {
    expect(mdxFiles.length).toBeGreaterThanOrEqual(10);
  });
  it.each(mdxFiles)("%s has no date typed by hand", (file) => {
    const mdx = readFileSync(file, "utf8");
    const found = strayDates(proseOf(mdx), mdx).map((d) => `line ${d.line}: ${d.text} in "${d.context}"`);
    expect(found, 'use <DateOf id="…" /> (a claim or event id) for every date').toEqual([]);
  });
  it.each(mdxFiles)("%s says heute, inzwischen, bislang … only with a date", (file) => {
    const found = undatedPresent(readFileSync(file, "utf8")).map((d) => `line ${d.line}: "${d.word}" in "${d.context}"`);
    expect(found).toEqual([]);
  });
  it("the dictionary holds no figure and no date", () => {
    const bad = strings(de).flatMap(([path, s]) => [
      ...strayDates(strip(s)).map((d) => `${path}: ${d.text}`),
      ...strayNumbers(strip(s)).map((n) => `${path}: ${n.text}`),
    ]);
    expect(bad).toEqual([]);
  });
  it("the dictionary, pages, layouts and components never say heute, inzwischen … (they cannot carry a date)", () => {
    const word = new RegExp(`(?<![\\p{L}])(${PRESENT_WORDS.join("|")})(?![\\p{L}])`, "iu");
    const inDictionary = strings(de)
      .filter(([, s]) => word.test(s))
      .map(([path]) => path);
    const astroFiles = ["src/pages", "src/layouts", "src/components", "src/components/chart", "src/components/map"].flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith(".astro"))
        .map((f) => join(dir, f)),
    );
    const inAstro = astroFiles.filter((f) =>
      word.test(
        readFileSync(f, "utf8")
          .replace(/^---[\s\S]*?---/, "")
          .replace(/\/\/.*$/gm, ""),
      ),
    );
    expect(astroFiles.length).toBeGreaterThan(10);
    expect([...inDictionary, ...inAstro]).toEqual([]);
  });
  it("the site config in src/data holds no figure and no date", () => {
    const bad = readdirSync("src/data")
      .filter((f) => f.endsWith(".ts"))
      .flatMap((f) => {
        // Quoted strings a reader could see; paths and URLs ("404.html", "http://127.0.0.1") are not prose.
        const literals = [...readFileSync(join("src/data", f), "utf8").matchAll(/"([^"\n]*)"/g)]
          .map((m) => m[1]!)
          .filter((s) => !/[/]|^\S+\.[a-z]{2,4}$/.test(s))
          .join("\n");
        return [...strayDates(literals), ...strayNumbers(literals).filter((n) => !/^\d+$/.test(n.text) || Number(n.text) >= 100)].map(
          (d) => `${f}: ${d.text}`,
        );
      });
    expect(bad).toEqual([]);
  });
  it("place descriptions and event texts name dates and figures only by reference", () => {
    const texts: [string, string][] = [
      ...data.places.flatMap((p): [string, string][] => [
        [`places ${p.id}`, p.description_de],
        [`places ${p.id} (en)`, p.description_en],
      ]),
      ...data.events.flatMap((e): [string, string][] => [
        [`events ${e.id} title`, e.title_de],
        [`events ${e.id} title (en)`, e.title_en],
        [`events ${e.id} label`, e.label_de],
        [`events ${e.id} label (en)`, e.label_en],
      ]),
    ];
    const bad = texts.flatMap(([where, s]) => [...strayDates(strip(s)), ...strayNumbers(strip(s))].map((d) => `${where}: ${d.text}`));
    expect(bad, "write {date:ID}, {figure:ID} or {laut:ID}").toEqual([]);
  });
  it("catches what it is meant to catch", () => {
    expect(strayDates("am 23.10.2024 und am 3. November und im Oktober 2024").map((d) => d.text)).toEqual([
      "23.10.2024",
      "3. November",
      "Oktober 2024",
    ]);
    expect(undatedPresent("Wo sind sie heute?\n").map((d) => d.word)).toEqual(["heute"]);
    expect(strayDates("on 18 October 2024, on October 18, 2024, in October 2024, on 3 Nov").map((d) => d.text)).toEqual([
      "18 October 2024",
      "October 18, 2024",
      "October 2024",
      "3 Nov",
    ]);
    expect(undatedPresent("Where are they now? So far, nothing. In 2025 they were here, to date.\n").map((d) => d.word)).toEqual([
      "now",
      "So far",
    ]);
    expect(undatedPresent('Wo waren sie Ende 2025? Heute nicht.\nStand heute: <DateOf id="X" />.\n').map((d) => d.word)).toEqual(["Heute"]);
  });
});
