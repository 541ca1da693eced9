// The client bundles (dist/_astro/*.js) carry neither zod nor the dictionary: the text a script needs
// comes from the page, and validation happened at build time. tests/unit/boundaries.test.ts checks the
// imports; this checks what the build actually shipped.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { de } from "../../src/lib/i18n/de";

/** Every string of the dictionary, however deep. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

/** Long dictionary sentences (a short word could occur in any script by chance), without {placeholders}. */
const sentences = strings(de).filter((s) => s.length >= 40 && !s.includes("{"));
/** Strings of zod's default error map and issue codes. */
const zodMarks = ["Invalid enum value", "invalid_union_discriminator", "Expected object, received"];

/** What of the dictionary and of zod a script contains. */
export function forbiddenIn(js: string): string[] {
  return [
    ...sentences.filter((s) => js.includes(s) || js.includes(JSON.stringify(s).slice(1, -1))),
    ...zodMarks.filter((m) => js.includes(m)),
  ];
}

const dir = join("dist", "_astro");
const scripts = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".js")) : [];

describe("client bundles", () => {
  it("there are bundles and sentences to look for", () => {
    expect(scripts.length).toBeGreaterThan(0);
    expect(sentences.length).toBeGreaterThan(20);
  });

  it.each(scripts)("%s has no zod and no dictionary sentence", (file) => {
    expect(forbiddenIn(readFileSync(join(dir, file), "utf8"))).toEqual([]);
  });

  it("keeps the host snippet embed.js, which outlets load on their own pages, within its budget and free of both", () => {
    const budgets = JSON.parse(readFileSync("bench/budgets.json", "utf8")) as { embedSnippet: number };
    const snippet = readFileSync(join("dist", "embed.js"), "utf8");
    expect(Buffer.byteLength(snippet)).toBeGreaterThan(100);
    expect(Buffer.byteLength(snippet)).toBeLessThanOrEqual(budgets.embedSnippet);
    expect(forbiddenIn(snippet)).toEqual([]);
  });

  it("the check itself finds a dictionary sentence and zod's error map", () => {
    const sample = `const a=${JSON.stringify(sentences[0])};const m="Invalid enum value. Expected "+x;`;
    expect(forbiddenIn(sample)).toEqual([sentences[0], "Invalid enum value"]);
  });
});
