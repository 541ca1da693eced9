// Rewrites each chapter's front matter `sources` and `stand` from what its answers cite, so editors need not
// keep them by hand: `npx tsx scripts/sync-chapter-meta.ts` (DATA_DIR=… for another data folder).
// tests/unit/chapters-source.test.ts fails when the two drift apart; this script is the fix.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadDataset } from "../src/build/dataset";
import { sections, splitFrontMatter } from "../src/lib/citations";
import { standFor } from "../src/lib/stand";
import { DATA_DIR } from "../src/build/data-dir";

const dataDir = DATA_DIR;
const data = loadDataset(dataDir, dataDir);
const dir = "src/content/chapters";

for (const file of readdirSync(dir).filter((f) => f.endsWith(".mdx"))) {
  const path = join(dir, file);
  const { yaml, body } = splitFrontMatter(readFileSync(path, "utf8"));
  const cited = new Set<string>();
  for (const s of sections(body)) {
    for (const id of [...s.listedSources, ...s.inlineSources]) cited.add(id);
    for (const id of s.listedClaims) {
      const claim = data.claims.find((c) => c.id === id);
      if (!claim) throw new Error(`${path}: unknown claim "${id}"`);
      cited.add(claim.source);
    }
  }
  const used = data.sources
    .filter((s) => cited.has(s.id))
    .sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));
  const unknown = [...cited].filter((id) => !used.some((s) => s.id === id));
  if (unknown.length) throw new Error(`${path}: unknown sources ${unknown.join(", ")}`);
  // `sources` is the last key of the front matter by convention; everything after it is replaced.
  const next = yaml
    .replace(/^stand:.*$/m, `stand: "${standFor(used)}"`)
    .replace(/^sources:[\s\S]*$/m, `sources:\n${used.map((s) => `  - ${s.id}`).join("\n")}`);
  writeFileSync(path, `---\n${next}\n---\n${body}`);
  console.log(`${file}: ${used.length} sources, Stand ${standFor(used)}`);
}
