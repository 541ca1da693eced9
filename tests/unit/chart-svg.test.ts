// The SVGs the build writes: a snapshot, each drawn claim exactly once across the full version, no glyph with
// two meanings (class → meaning table in config.ts), at most four channels in the default view, and
// standalone files an image tool can render.
import { existsSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { GLYPHS, VARIANTS } from "../../src/lib/chart/config";
import { downloadLossSvg, downloadSvg, prepareChart, prepareLosses } from "../../src/lib/chart/build";
import { chartModel } from "../../src/lib/chart/model";
import { loadDataset } from "../../src/build/dataset";
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
const pretty = (svg: string) => `${svg.replace(/></g, ">\n<")}\n`;
const marks = (svg: string) =>
  [...svg.matchAll(/<g class="(tc-mark[^"]*)" data-claim-id="([^"]+)"([^>]*)>(.*?)<\/g>/g)].map((m) => ({
    cls: m[1]!,
    id: m[2]!,
    attrs: m[3]!,
    body: m[4]!,
  }));

describe("chart SVG", () => {
  const data = loadDataset("data");

  it("matches the snapshot: synthetic fixture, default view, narrowest variant", async () => {
    const chart = prepareChart(synthetic, "fx", "de");
    const s = chart.main.find((x) => x.variant === "s")!.markup;
    expect(s).toMatch(
      /^<svg viewBox="0 0 310 \d+" width="310" height="\d+" class="tc-svg tc-main tc-v-s" role="img" aria-labelledby="fx-short" data-variant="s">/,
    );
    await matchesSnapshotFile(pretty(s), "chart-synthetic-main-s.svg");
  });

  it("matches the snapshots: the full version's lane and small panels, the losses timeline and the compact view", async () => {
    const chart = prepareChart(synthetic, "fx", "de");
    await matchesSnapshotFile(pretty(chart.more.find((x) => x.variant === "m")!.markup), "chart-synthetic-more-m.svg");
    const losses = prepareLosses(synthetic, "fl", "de");
    await matchesSnapshotFile(pretty(losses.timeline.find((x) => x.variant === "s")!.markup), "chart-synthetic-losses-timeline-s.svg");
    const compact = prepareChart(synthetic, "fc", "de", true);
    await matchesSnapshotFile(pretty(compact.main.find((x) => x.variant === "l")!.markup), "chart-synthetic-compact-l.svg");
  });

  it("draws every drawn claim exactly once in the full version: default view, lane, panels and the losses timeline", () => {
    for (const d of [data, synthetic]) {
      const model = chartModel(d, "de");
      const chart = prepareChart(d, "a", "de");
      const losses = prepareLosses(d, "b", "de");
      for (const [i, v] of VARIANTS.entries()) {
        const ids = [chart.main[i]!, chart.more[i]!, losses.timeline[i]!].flatMap((s) => marks(s.markup).map((m) => m.id));
        expect(ids.sort(), v.id).toEqual(model.items.map((x) => x.claim.id).sort());
        // The dot plot repeats the latest figures as a summary: its marks say so.
        for (const m of marks(losses.dots[i]!.markup)) expect(m.attrs).toContain("data-summary");
      }
    }
  });

  it("uses no glyph class outside the class → meaning table, and no meaning twice", () => {
    const meanings = Object.values(GLYPHS);
    expect(new Set(meanings).size).toBe(meanings.length);
    const chart = prepareChart(data, "a", "de");
    const losses = prepareLosses(data, "b", "de");
    const all = [...chart.main, ...chart.more, ...losses.dots, ...losses.timeline].map((s) => s.markup).join("");
    const glyphClasses = new Set<string>();
    for (const m of marks(all)) {
      // A mark's own classes: the mark and its colour group, nothing else (no status fill, no shape, no ring).
      expect(m.cls).toMatch(/^tc-mark g-(kr|ua|us|west|rk|media)$/);
      for (const c of m.body.matchAll(/class="([^"]+)"/g)) if (c[1] !== "tc-hit") glyphClasses.add(c[1]!);
    }
    for (const c of glyphClasses) expect(Object.keys(GLYPHS), c).toContain(c);
    for (const c of ["tc-dot", "tc-range", "tc-more", "tc-less", "tc-nf"]) expect(glyphClasses).toContain(c);
    // Each kind of figure has its own glyph: the same class never stands for two kinds.
    const model = chartModel(data, "de");
    const kindOf = new Map(model.items.map((i) => [i.claim.id, i.kind]));
    const byClass = new Map<string, Set<string>>();
    for (const m of marks(all)) {
      const own = [...m.body.matchAll(/class="([^"]+)"/g)].map((c) => c[1]!).filter((c) => c !== "tc-hit" && c !== "tc-dot");
      for (const c of own.length ? own : ["tc-dot"]) (byClass.get(c) ?? byClass.set(c, new Set()).get(c)!).add(kindOf.get(m.id)!);
    }
    for (const [c, kinds] of byClass) expect([...kinds], c).toHaveLength(1);
  });

  it("keeps the default view to four channels: position, hue and a precision mark", () => {
    const main = prepareChart(data, "a", "de")
      .main.map((s) => s.markup)
      .join("");
    // No shape symbols, rings, half fills or status classes any more.
    expect(main).not.toMatch(/<use |clip-path|tc-ring|st-(claim|corroborated|acknowledged)/);
    const hues = new Set(marks(main).map((m) => m.cls.split(" ")[1]));
    expect(hues.size).toBeLessThanOrEqual(6);
  });

  it("writes standalone files that render to PNG", async () => {
    for (const svg of [downloadSvg(synthetic, "de"), downloadSvg(data, "de", true), downloadLossSvg(data, "de")]) {
      expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
      expect(svg).not.toContain("var(");
      const meta = await sharp(await sharp(Buffer.from(svg)).png().toBuffer()).metadata();
      expect(meta.width).toBe(VARIANTS[VARIANTS.length - 1]!.width + 32);
    }
    expect(downloadSvg(synthetic, "de")).toContain("<title>Schätzungen: von 1.500 auf rund 12.500 Soldaten</title>");
    expect(downloadSvg(synthetic, "de")).toContain("Stand: 02.09.2025 · Daten: CC BY 4.0");
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
});
