// Runs the own-words check (no run of 12+ words from a source document) where ../shared is present.
// On a reader's own clone the source documents are absent: the check says so and steps aside.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

const tool = process.env.SEED_OVERLAP ?? "../shared/tools/seed-overlap.mjs";
if (!existsSync(tool)) {
  console.log(`own-words check skipped: ${tool} is not here (the source documents are not part of this repository)`);
  process.exit(0);
}
const run = spawnSync(process.execPath, [tool, "."], { stdio: "inherit" });
process.exit(run.status ?? 1);
