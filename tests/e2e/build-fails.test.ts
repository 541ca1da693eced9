// A malformed data row fails the real build (not only `npm run check:data`), naming file, line and field.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";

it("astro build stops on a negative figure and says where it is", () => {
  const dir = mkdtempSync(join(tmpdir(), "nk-bad-"));
  cpSync("data", join(dir, "data"), { recursive: true });
  const file = join(dir, "data", "claims.csv");
  const lines = readFileSync(file, "utf8").split("\n");
  // The first row with a figure, wherever it is: its file line is its index + 1.
  const index = lines.findIndex((l, i) => i > 0 && /,(exact|approx),(\d+),/.test(l));
  expect(index, "a claim row with an exact or approximate figure").toBeGreaterThan(0);
  lines[index] = lines[index]!.replace(/,(exact|approx),(\d+),/, ",$1,-$2,");
  writeFileSync(file, lines.join("\n"));
  const outDir = join(dir, "dist");
  try {
    const run = spawnSync("npx", ["astro", "build"], {
      env: { ...process.env, DATA_DIR: join(dir, "data"), OUT_DIR: outDir },
      encoding: "utf8",
    });
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toContain(`data/claims.csv:${index + 1}: figure_low: must not be negative`);
  } finally {
    // The build's cache folder is named after its output folder, inside this checkout (astro.config.mjs).
    rmSync(join(".astro", "cache", outDir.replace(/[^\w.-]+/g, "_")), { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
