// Every German chapter has exactly one English twin and back, with the same place in the reading order,
// the same Stand and the same sources: the two editions tell the same record.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { chapterTwinsFromFiles } from "../../src/build/sitemap-twins";
import { readFrontMatter } from "../../src/lib/front-matter";

/** The front matter of an MDX file. */
const frontMatter = (file: string) => readFrontMatter(readFileSync(file, "utf8"));

const deDir = "src/content/chapters";
const enDir = "src/content/en/chapters";
const german = readdirSync(deDir)
  .filter((f) => f.endsWith(".mdx"))
  .map((f) => f.replace(/\.mdx$/, ""));
const twins = chapterTwinsFromFiles(enDir);

describe("chapter twins", () => {
  it("pairs every German chapter with exactly one English one, and back", () => {
    expect(german.length).toBeGreaterThanOrEqual(9);
    expect(twins.map((t) => t.de).sort()).toEqual([...german].sort());
    expect(new Set(twins.map((t) => t.en)).size).toBe(twins.length);
  });
  it.each(twins)("$en tells the same record as $de: order, Stand and sources", ({ de, en }) => {
    const a = frontMatter(join(deDir, `${de}.mdx`));
    const b = frontMatter(join(enDir, `${en}.mdx`));
    expect(b.order).toBe(a.order);
    expect(b.stand).toBe(a.stand);
    expect(b.sources).toEqual(a.sources);
  });
  it("fails loudly for an English chapter that names no German twin", () => {
    const dir = mkdtempSync(join(tmpdir(), "twins-"));
    writeFileSync(join(dir, "orphan.mdx"), "---\ntitle: Orphan?\norder: 1\n---\nText.\n");
    expect(() => chapterTwinsFromFiles(dir)).toThrow(/orphan\.mdx: front matter has no "de:"/);
  });
});

describe("the other twins", () => {
  it.each(["das-wichtigste.mdx", "methode.mdx"])("src/content/%s has an English twin", (file) => {
    expect(readdirSync("src/content/en")).toContain(file);
  });
});
