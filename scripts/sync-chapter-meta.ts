// Rewrites each chapter's front matter `sources` and `stand` from what its answers cite, so editors need not
// keep them by hand, and gives each English twin the same two values (tests/unit/twins.test.ts):
// `npx tsx scripts/sync-chapter-meta.ts` (DATA_DIR=… for another data folder). Every other front-matter key
// stays as written. tests/unit/chapters-source.test.ts fails when the two drift apart; this script is the fix.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadDataset } from "../src/build/dataset";
import { chapterTwinsFromFiles } from "../src/build/sitemap-twins";
import { sections, splitFrontMatter } from "../src/lib/citations";
import { withStandAndSources } from "../src/lib/front-matter";
import { standFor } from "../src/lib/stand";
import { DATA_DIR } from "../src/build/data-dir";

const dataDir = DATA_DIR;
const data = loadDataset(dataDir, dataDir);
const dir = "src/content/chapters";
const enDir = "src/content/en/chapters";
/** What each German chapter's front matter now says, for its English twin. */
const synced = new Map<string, { stand: string; sources: string[] }>();

for (const file of readdirSync(dir).filter((f) => f.endsWith(".mdx"))) {
  const path = join(dir, file);
  const mdx = readFileSync(path, "utf8");
  const { body } = splitFrontMatter(mdx);
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
  const stand = standFor(used);
  const ids = used.map((s) => s.id);
  writeFileSync(path, withStandAndSources(mdx, stand, ids));
  synced.set(file.replace(/\.mdx$/, ""), { stand, sources: ids });
  console.log(`${file}: ${used.length} sources, Stand ${standFor(used)}`);
}

for (const { de, en } of chapterTwinsFromFiles(enDir)) {
  const german = synced.get(de);
  if (!german) throw new Error(`${enDir}/${en}.mdx: its German twin "${de}" is not in ${dir}`);
  const path = join(enDir, `${en}.mdx`);
  writeFileSync(path, withStandAndSources(readFileSync(path, "utf8"), german.stand, german.sources));
  console.log(`en/${en}.mdx: as ${de}.mdx`);
}
