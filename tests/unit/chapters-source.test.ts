// The chapters as written (src/content/*.mdx), checked against data/: no hand-typed figures, every figure's
// source listed under its answer, front matter sources complete, and an honest Stand.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/build/dataset";
import { sections, splitFrontMatter } from "../../src/lib/citations";
import { readFrontMatter } from "../../src/lib/front-matter";
import { strayNumbers } from "../../src/lib/prose-numbers";
import { standFor } from "../../src/lib/stand";
import { DATA_DIR } from "../../src/build/data-dir";
import { chapterFilesOfBothEditions } from "./chapter-files";

const dataDir = DATA_DIR;
const data = loadDataset(dataDir, dataDir);
const chapterDir = "src/content/chapters";
const chapters = readdirSync(chapterDir)
  .filter((f) => f.endsWith(".mdx"))
  .map((f) => ({ file: join(chapterDir, f), mdx: readFileSync(join(chapterDir, f), "utf8") }));
const otherProse = readdirSync("src/content")
  .filter((f) => f.endsWith(".mdx"))
  .map((f) => ({ file: join("src/content", f), mdx: readFileSync(join("src/content", f), "utf8") }));
const claimSource = (id: string) => {
  const claim = data.claims.find((c) => c.id === id);
  if (!claim) throw new Error(`unknown claim ${id}`);
  return claim.source;
};

describe("prose numbers", () => {
  it("finds chapters and other prose to scan", () => {
    expect(chapters.length).toBeGreaterThan(0);
    expect(otherProse.map((p) => p.file)).toEqual(expect.arrayContaining(["src/content/methode.mdx", "src/content/das-wichtigste.mdx"]));
  });
  it.each([...chapters, ...otherProse].map((c) => [c.file, c.mdx]))("%s has no figure typed by hand", (_file, mdx) => {
    const stray = strayNumbers(mdx).map((n) => `line ${n.line}: ${n.text} in "${n.context}"`);
    expect(stray, "use <ClaimFigure id> or <PlaceDistance> for every figure").toEqual([]);
  });
});

describe("share cards", () => {
  const both = chapterFilesOfBothEditions();
  it.each(both.map((c) => [c.file, c.mdx]))("%s declares card: chart exactly when it shows the troop chart", (_file, mdx) => {
    const showsChart = /<TroopChart\b/.test(splitFrontMatter(mdx).body);
    expect(readFrontMatter(mdx)["card"], "front matter `card: chart` puts the chart on the share card").toBe(
      showsChart ? "chart" : undefined,
    );
  });
  it("finds the chart in both editions", () => {
    expect(both.filter((c) => readFrontMatter(c.mdx)["card"] === "chart").map((c) => c.file)).toEqual([
      "src/content/chapters/wie-viele-soldaten.mdx",
      "src/content/en/chapters/how-many-soldiers.mdx",
    ]);
  });
});

describe.each(chapters.map((c) => [c.file, c.mdx]))("%s", (_file, mdx) => {
  const fm = readFrontMatter(mdx);
  const parts = sections(splitFrontMatter(mdx).body);
  const answers = parts.slice(1);

  it("asks questions: a question title and at least two question headings", () => {
    expect(fm.title).toMatch(/\?$/);
    expect(answers.length).toBeGreaterThanOrEqual(2);
    for (const a of answers) expect(a.heading).toMatch(/\?$/);
  });

  it("lists under every answer the sources of the figures it shows", () => {
    for (const a of answers) {
      const listed = new Set([...a.listedSources, ...a.inlineSources, ...a.listedClaims.map(claimSource)]);
      expect(listed.size, `answer "${a.heading}" lists no source`).toBeGreaterThan(0);
      const missing = a.shownClaims.filter((id) => !listed.has(claimSource(id)));
      expect(missing, `answer "${a.heading}" shows claims whose source it does not list`).toEqual([]);
    }
  });

  it("names in its front matter exactly the sources its answers list", () => {
    const cited = new Set(parts.flatMap((a) => [...a.listedSources, ...a.inlineSources, ...a.listedClaims.map(claimSource)]));
    expect([...fm.sources].sort(), "run: npx tsx scripts/sync-chapter-meta.ts").toEqual([...cited].sort());
    const opening = parts[0]!.shownClaims.filter((id) => !cited.has(claimSource(id)));
    expect(opening, "figures in the opening must rest on a source listed below").toEqual([]);
  });

  it("has the Stand of its newest source", () => {
    const used = data.sources.filter((s) => fm.sources.includes(s.id));
    expect(fm.stand, "run: npx tsx scripts/sync-chapter-meta.ts").toBe(standFor(used));
  });
});
