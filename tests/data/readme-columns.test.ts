// data/README.md documents every column by hand; the schema (src/lib/data/schema.ts) defines them. This keeps
// the two dictionaries from drifting: each file's table in the README names exactly the schema's columns.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { columnsOf, dataFiles } from "../../src/lib/data/schema";

const readme = readFileSync("data/README.md", "utf8");

/** The column names in the first cell of the table under "## `<file>`…", in order. */
function documentedColumns(markdown: string, file: string): string[] | undefined {
  const start = markdown.indexOf(`## \`${file}\``);
  if (start < 0) return undefined;
  const end = markdown.indexOf("\n## ", start + 1);
  const section = markdown.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]!);
}

describe("data/README.md", () => {
  it.each(Object.values(dataFiles).map((f) => [f.file, f.schema] as const))("documents exactly the columns of %s", (file, schema) => {
    const documented = documentedColumns(readme, file);
    expect(documented, `a "## \`${file}\`" section with a column table`).toBeDefined();
    expect([...documented!].sort()).toEqual([...columnsOf(schema)].sort());
    expect(new Set(documented).size, "no column twice").toBe(documented!.length);
  });

  it("the check finds a missing and an extra column", () => {
    const md =
      "## `x.csv`: x\n\n| column | required | meaning |\n|---|---|---|\n| `id` | yes | id |\n| `old` | no | gone |\n\n## next\n| `later` | no | other section |\n";
    expect(documentedColumns(md, "x.csv")).toEqual(["id", "old"]);
    expect(documentedColumns(md, "y.csv")).toBeUndefined();
  });
});
