// One-off (issue 13): appends the `added` column to claims.csv, sources.csv and events.csv of a data
// folder. A row whose id exists in the first edition's data (git commit 8e8dfc7) gets the first
// edition's day, every other row the second's. Rows are kept byte for byte; only ",<day>" is appended.
// Usage: node scripts/once/add-edition-column.mjs [data-dir] [first-edition-day]
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";

const dir = process.argv[2] ?? "data";
const FIRST = { commit: "8e8dfc7", day: "2026-11-27" };
const SECOND = "2026-12-02";
const onlyFirst = process.argv[3] === "--all-first";

for (const file of ["claims.csv", "sources.csv", "events.csv"]) {
  const text = readFileSync(join(dir, file), "utf8");
  const firstIds = onlyFirst
    ? null
    : new Set(
        parse(execFileSync("git", ["show", `${FIRST.commit}:data/${file}`], { encoding: "utf8" }), { columns: true }).map((r) => r.id),
      );
  const records = parse(text, { raw: true, columns: false });
  if (records[0].record.includes("added")) throw new Error(`${file} already has "added"`);
  let out = "";
  records.forEach(({ record, raw }, i) => {
    const body = raw.replace(/\r?\n$/, "");
    const value = i === 0 ? "added" : onlyFirst || firstIds.has(record[0]) ? FIRST.day : SECOND;
    out += `${body},${value}\n`;
  });
  writeFileSync(join(dir, file), out);
  const counts = records
    .slice(1)
    .reduce((m, { record }) => ((m[onlyFirst || firstIds.has(record[0]) ? "first" : "second"] += 1), m), { first: 0, second: 0 });
  console.log(`${dir}/${file}: ${counts.first} rows of the first edition, ${counts.second} of the second`);
}
