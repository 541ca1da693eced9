// Writes a copy of data/ with HTML and script in every free-text field, for the "hostile data stays
// data" test: usage `node scripts/make-hostile-data.mjs <out-dir>`. Ids, numbers and dates stay valid,
// so the site still builds and every chapter still finds its claims.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";

/** The payload: markup that would run or render if any field were inserted as HTML. */
export const PAYLOAD = `<img src=x onerror=alert(1)>`;
const SHORT = `<b>x</b>`;

/** Free-text fields per file, with the longest value each may hold (undefined = no limit). */
const TEXT_FIELDS = {
  "claims.csv": { evidence: "evidence", note: undefined, note_en: undefined },
  "actors.csv": { name_de: undefined, short_de: 16, name_en: undefined },
  "sources.csv": { outlet: undefined, title: undefined, note: undefined, note_en: undefined },
  "places.csv": { name_de: undefined, description_de: undefined, description_en: undefined },
  "events.csv": { label_de: 32, label_en: 32, title_de: undefined, title_en: undefined, note: undefined },
  "corrections.csv": { said_de: undefined, said_en: undefined, right_de: undefined, right_en: undefined },
  "editions.csv": { title_de: undefined, title_en: undefined, summary_de: undefined, summary_en: undefined },
};

const out = process.argv[2];
if (!out) {
  console.error("usage: node scripts/make-hostile-data.mjs <out-dir>");
  process.exit(2);
}
mkdirSync(out, { recursive: true });
for (const [file, fields] of Object.entries(TEXT_FIELDS)) {
  const rows = parse(readFileSync(join("data", file), "utf8"), { columns: true });
  for (const row of rows) {
    for (const [field, limit] of Object.entries(fields)) {
      if (limit === "evidence") row[field] = `${PAYLOAD} ${row[field].split(/\s+/).slice(0, 5).join(" ")}`;
      else if (typeof limit === "number") row[field] = `${SHORT}${row[field]}`.slice(0, limit);
      else row[field] = `${row[field]} ${PAYLOAD}<script>alert(2)</script>`;
    }
  }
  writeFileSync(join(out, file), stringify(rows, { header: true }));
}
console.log(`hostile copy of data/ written to ${out}`);
