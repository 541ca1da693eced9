// Every count a reader sees agrees across pages and with the data files, read here independently of src/.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { builtPages } from "./browser";

const pages = builtPages("dist");
const htmlOf = (page: string) => readFileSync(join("dist", page.endsWith(".html") ? page : `${page}index.html`), "utf8");
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;|\u00a0/g, " ")
    .replace(/\s+/g, " ");
const rows = (file: string) => parse(readFileSync(join("data", file), "utf8"), { columns: true }) as Record<string, string>[];
const number = (s: string) => Number(s.replace(/\./g, ""));

const documents = rows("sources.csv").length;
const claimRows = rows("claims.csv");
const originals = claimRows.filter((r) => !r["repeats"]).length;

describe("counts", () => {
  it("the sources page counts every document and every claim once", () => {
    const quellen = text(htmlOf("quellen/"));
    const m = /Alle ([\d.]+) Dokumente, auf denen die ([\d.]+) Angaben/.exec(quellen);
    expect(m, "the sources page states its counts").not.toBeNull();
    expect(number(m![1]!)).toBe(documents);
    expect(number(m![2]!)).toBe(originals);
    expect(quellen).toContain(`${claimRows.length} Datenzeilen: ${originals} Angaben, dazu ${claimRows.length - originals} Wiederholungen`);
    expect(htmlOf("quellen/").match(/data-source-id="/g)).toHaveLength(documents);
  });

  it("every page that counts documents gives the same number", () => {
    const counted = pages.flatMap((page) =>
      [...text(htmlOf(page)).matchAll(/zitiert nach ([\d.]+) Dokumenten/g)].map((m) => [page, number(m[1]!)] as const),
    );
    expect(counted.length, "the chart pages carry a source line").toBeGreaterThan(0);
    for (const [page, n] of counted) expect(n, page).toBe(documents);
  });

  it("the corrections log has one entry per row of corrections.csv", () => {
    expect(htmlOf("quellen/").match(/data-correction-id="/g)).toHaveLength(rows("corrections.csv").length);
  });
});
