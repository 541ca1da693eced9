// The SVG the build writes: snapshots of three fixtures (read them as files in __snapshots__/), one mark per
// claim with its id, and a standalone file that an image tool can render.
import { existsSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { VARIANTS } from "../../src/lib/chart/config";
import { downloadSvg, prepareChart } from "../../src/lib/chart/build";
import { layoutChart } from "../../src/lib/chart/layout";
import { chartModel } from "../../src/lib/chart/model";
import { renderSvg, shapePath } from "../../src/lib/chart/svg";
import { loadDataset } from "../../src/lib/data/load";
import { synthetic } from "./chart-fixtures";

/**
 * Compares with a snapshot file in __snapshots__/. Locally a missing file is written (review it before
 * committing); in CI (`CI=true`, set by .ci/run) a missing file is an error, never silently created.
 * Vitest already refuses to write new snapshots when CI is set, but says only "mismatched".
 */
async function matchesSnapshotFile(text: string, name: string): Promise<void> {
  const file = fileURLToPath(new URL(`__snapshots__/${name}`, import.meta.url));
  if (process.env["CI"] === "true" && !existsSync(file)) {
    throw new Error(`snapshot ${file} is missing: in CI it is never written; run the unit tests locally and commit it`);
  }
  await expect(text).toMatchFileSnapshot(file);
}

/** One tag per line, so a snapshot diff shows what moved. */
const pretty = (svg: string) => svg.replace(/></g, ">\n<") + "\n";
const markIds = (svg: string) => [...svg.matchAll(/<g class="tc-mark[^"]*" data-claim-id="([^"]+)"/g)].map((m) => m[1]);

describe("chart SVG", () => {
  const valid = loadDataset("tests/fixtures/valid");

  it("matches the snapshot: tiny valid fixture, narrowest variant", async () => {
    const svg = renderSvg(layoutChart(chartModel(valid), VARIANTS[0]!), { idPrefix: "t" });
    expect(markIds(svg)).toEqual(["T-1", "T-2", "T-6", "T-3", "T-4", "T-5"]);
    await matchesSnapshotFile(pretty(svg), "chart-valid-s.svg");
  });

  it("matches the snapshot: synthetic fixture, medium variant, as the page inlines it", async () => {
    const chart = prepareChart(synthetic, "fx");
    const m = chart.svgs.find((s) => s.variant === "m")!.markup;
    expect(m).toMatch(/^<svg viewBox="0 0 420 \d+" width="420" height="\d+" class="tc-svg tc-v-m" role="img" aria-labelledby="fx-short" data-variant="m">/);
    expect(markIds(m).sort()).toEqual(chart.model.items.map((i) => i.claim.id).sort());
    await matchesSnapshotFile(pretty(m), "chart-synthetic-m.svg");
  });

  it("matches the snapshot: synthetic fixture as the download file, and renders to PNG", async () => {
    const svg = downloadSvg(synthetic);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain("<title>Gemeldete Zahlen nordkoreanischer Soldaten in Russland</title>");
    expect(svg).toContain("Stand: 02.09.2025 · Daten: CC BY 4.0");
    expect(svg).not.toContain("var(");
    await matchesSnapshotFile(pretty(svg), "chart-synthetic-download.svg");
    const png = await sharp(Buffer.from(svg)).png().toBuffer();
    const meta = await sharp(png).metadata();
    expect(meta.width).toBe(VARIANTS[VARIANTS.length - 1]!.width + 32);
  });

  it("draws every status, wording and ring the fixture has", () => {
    const svg = renderSvg(layoutChart(chartModel(synthetic), VARIANTS[1]!), { idPrefix: "x" });
    for (const needle of ["st-claim", "st-corroborated", "st-acknowledged", 'clip-path="url(#x-half)"', "tc-bar", "tc-arrow", "tc-ring tc-dash", 'class="tc-ring"', "tc-stripline"]) {
      expect(svg, needle).toContain(needle);
    }
    // Ids are prefixed per instance so two charts on a page cannot clash.
    expect([...svg.matchAll(/ id="([^"]+)"/g)].every((m) => m[1]!.startsWith("x-"))).toBe(true);
  });

  it("refuses to write a missing snapshot when CI=true", async () => {
    const before = process.env["CI"];
    process.env["CI"] = "true";
    try {
      await expect(matchesSnapshotFile("<svg/>\n", "no-such-snapshot.svg")).rejects.toThrow(/is missing: in CI it is never written/);
    } finally {
      if (before === undefined) delete process.env["CI"];
      else process.env["CI"] = before;
      rmSync(fileURLToPath(new URL("__snapshots__/no-such-snapshot.svg", import.meta.url)), { force: true });
    }
  });

  it("flips the triangle for the downward shape", () => {
    expect(shapePath("triangle")).toMatch(/^M0,-/);
    expect(shapePath("triangleDown")).toMatch(/^M0,\d/);
  });
});
