// A malformed data row fails the real build (not only `npm run check:data`), naming file, line and field.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";

it("astro build stops on a negative figure and says where it is", () => {
  const dir = mkdtempSync(join(tmpdir(), "nk-bad-"));
  cpSync("data", join(dir, "data"), { recursive: true });
  const file = join(dir, "data", "claims.csv");
  const lines = readFileSync(file, "utf8").split("\n");
  lines[2] = lines[2]!.replace(/,(exact|approx),(\d+),/, ",$1,-$2,");
  writeFileSync(file, lines.join("\n"));
  const run = spawnSync("npx", ["astro", "build"], {
    env: { ...process.env, DATA_DIR: join(dir, "data"), OUT_DIR: join(dir, "dist") },
    encoding: "utf8",
  });
  expect(run.status).not.toBe(0);
  expect(run.stdout + run.stderr).toMatch(/data\/claims\.csv:3: figure_low: must not be negative/);
}, 120_000);
