// The data modules load and describe every column. Imported inside the test, not at the top: a schema
// that throws while loading then fails this test instead of failing the file's collection, which
// Vitest reports as skipped tests and StrykerJS would count as a surviving mutant.
import { describe, expect, it } from "vitest";

describe("the data schema", () => {
  it("loads, and gives every column of every file a type and a description", async () => {
    const { dataFiles } = await import("../../src/lib/data/schema");
    const { tableFields } = await import("../../src/lib/data/datapackage");
    for (const kind of Object.keys(dataFiles) as (keyof typeof dataFiles)[])
      for (const f of tableFields(kind)) expect(f.description.length, `${kind}.${f.name}`).toBeGreaterThan(8);
  });
});
