// Runs the own-words check (no run of 12+ words from a source document) with ../shared/tools/seed-overlap.mjs.
// Where that tool is absent (a reader's own clone: the source documents are not part of this repository)
// the check fails, unless SKIP_OVERLAP=1 says on purpose that it is not to run: a check that did not run
// must not look green.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

const tool = process.env.SEED_OVERLAP ?? "../shared/tools/seed-overlap.mjs";
if (!existsSync(tool)) {
  if (process.env.SKIP_OVERLAP === "1") {
    console.log(`own-words check NOT run (SKIP_OVERLAP=1): ${tool} is not here`);
    process.exit(0);
  }
  console.error(`own-words check cannot run: ${tool} is not here (the source documents are not part of this repository).`);
  console.error("Set SEED_OVERLAP=path/to/seed-overlap.mjs, or SKIP_OVERLAP=1 to skip the check knowingly.");
  process.exit(1);
}
const run = spawnSync(process.execPath, [tool, "."], { stdio: "inherit" });
process.exit(run.status ?? 1);
