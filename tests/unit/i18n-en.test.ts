// The English dictionary against the German one: the same keys and array lengths, the same placeholders
// in every string (code fills them), no empty string and no German left behind.
import { describe, expect, it } from "vitest";
import { de } from "../../src/lib/i18n/de";
import { en } from "../../src/lib/i18n/en";

/** Every leaf (string, number, …) of a dictionary by its path: "chart.long.when.day", "chart.monthsShort[0]". */
function leaves(value: unknown, path = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const visit = (v: unknown, p: string): void => {
    if (Array.isArray(v)) v.forEach((item, i) => visit(item, `${p}[${i}]`));
    else if (v !== null && typeof v === "object") for (const [k, child] of Object.entries(v)) visit(child, p ? `${p}.${k}` : k);
    else out.set(p, v);
  };
  visit(value, path);
  return out;
}

/** Only the string leaves. */
function stringLeaves(value: unknown): Map<string, string> {
  return new Map([...leaves(value)].filter((e): e is [string, string] => typeof e[1] === "string"));
}

/** How `other` differs in shape from `reference`: key paths missing or extra (an array of another length shows as such). */
function shapeDifferences(reference: unknown, other: unknown): string[] {
  const ref = leaves(reference);
  const oth = leaves(other);
  const missing = [...ref.keys()].filter((p) => !oth.has(p)).map((p) => `missing: ${p}`);
  const extra = [...oth.keys()].filter((p) => !ref.has(p)).map((p) => `extra: ${p}`);
  const kind = [...ref.keys()]
    .filter((p) => oth.has(p) && typeof ref.get(p) !== typeof oth.get(p))
    .map((p) => `type: ${p} (${typeof ref.get(p)} vs ${typeof oth.get(p)})`);
  return [...missing, ...extra, ...kind];
}

/** The placeholders of a string, sorted and without repeats: "{n}", "{date:S001-01}". */
function placeholders(text: string): string[] {
  return [...new Set(text.match(/\{[\w:-]+\}/g) ?? [])].sort();
}

/** Paths whose string has other placeholders in `other` than in `reference`, with both sets. */
function placeholderMismatches(reference: unknown, other: unknown): string[] {
  const oth = stringLeaves(other);
  return [...stringLeaves(reference)].flatMap(([path, text]) => {
    const want = placeholders(text).join(" ");
    const got = placeholders(oth.get(path) ?? "").join(" ");
    return want === got ? [] : [`${path}: expected [${want}], got [${got}]`];
  });
}

/** A deep copy of `value` without the key at `path` (dot-separated object keys). */
function without(value: unknown, path: string[]): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value) || path.length === 0) return value;
  const [head, ...rest] = path;
  return Object.fromEntries(
    Object.entries(value).flatMap(([k, v]) => (k !== head ? [[k, v]] : rest.length === 0 ? [] : [[k, without(v, rest)]])),
  );
}

const GERMAN_LETTERS = /[äöüßÄÖÜ]/;
const GERMAN_WORDS = /\b(?:und|der|die|das|nicht|mit|laut)\b/i;

describe("the English dictionary", () => {
  it("has exactly the German key paths, arrays of the same length", () => {
    expect(shapeDifferences(de, en)).toEqual([]);
  });

  it("has the same {placeholders} in every string as the German", () => {
    expect(placeholderMismatches(de, en)).toEqual([]);
  });

  it("has no empty string", () => {
    const empty = [...stringLeaves(en)].filter(([, text]) => text.trim() === "").map(([path]) => path);
    expect(empty).toEqual([]);
    expect(stringLeaves(en).size).toBe(stringLeaves(de).size);
  });

  it("contains no German letters or common German words", () => {
    const german = [...stringLeaves(en)]
      .filter(([, text]) => GERMAN_LETTERS.test(text) || GERMAN_WORDS.test(text))
      .map(([path, text]) => `${path}: ${text}`);
    expect(german).toEqual([]);
  });

  it("names the twelve months in order, short", () => {
    expect(en.chart.monthsShort).toEqual(["Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]);
  });
});

describe("the comparison helpers", () => {
  it("report a dictionary missing one key", () => {
    const broken = without(en, ["chart", "long", "when", "week"]);
    expect(shapeDifferences(de, broken)).toEqual(["missing: chart.long.when.week"]);
    expect(placeholderMismatches(de, broken)).toEqual(["chart.long.when.week: expected [{date}], got []"]);
  });

  it("report an array of another length, an extra key and a changed placeholder", () => {
    const changed = {
      ...en,
      chart: { ...en.chart, monthsShort: en.chart.monthsShort.slice(1) },
      figure: { ...en.figure, approx: "about {m}" },
    };
    expect(shapeDifferences(de, { ...changed, extra: "x" })).toEqual(["missing: chart.monthsShort[11]", "extra: extra"]);
    expect(placeholderMismatches(de, changed)).toContain("figure.approx: expected [{n}], got [{m}]");
  });

  it("find the German words they are meant to find, and only as whole words", () => {
    expect(GERMAN_WORDS.test("Zahlen laut NIS")).toBe(true);
    expect(GERMAN_WORDS.test("Die Daten")).toBe(true);
    expect(GERMAN_WORDS.test("studies, undo, withdraw, lautern")).toBe(false);
    expect(GERMAN_LETTERS.test("Südkorea")).toBe(true);
  });
});
