// The Data Package made from the zod schema: valid against the official Tabular Data Package profile, and
// every CSV of data/ reads back with the declared types (values cast, enums hold, foreign keys resolve).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { beforeEach, describe, expect, it } from "vitest";
import { tableField, tableFields, type Kind } from "../../src/lib/data/datapackage";
import { dataPackage } from "../../src/build/datapackage";
import { dataFiles, measures, statuses } from "../../src/lib/data/schema";
import { de } from "../../src/lib/i18n/de";
import { profileErrors, readPackage } from "../datapackage-check";
import { DATA_DIR } from "../../src/build/data-dir";

const dataDir = DATA_DIR;
const kinds = Object.keys(dataFiles) as Kind[];
const files = Object.fromEntries(kinds.map((k) => [k, readFileSync(join(dataDir, dataFiles[k].file), "utf8")])) as Record<Kind, string>;
// Built before each test: a throw while building then fails the test (a throw in beforeAll only skips
// the tests, and a collection error runs none: StrykerJS would count the mutant as survived).
let descriptor!: ReturnType<typeof dataPackage>;
beforeEach(() => {
  descriptor = dataPackage(
    {
      homepage: "https://example.org/explainer/daten/",
      sourcesPage: "https://example.org/explainer/quellen/",
      title: de.dataPage.packageTitle,
      description: de.dataPage.packageDescription,
      publisher: de.publisher,
      keywords: [...de.dataPage.keywords],
      stand: "2025-12-12T23:59+01:00",
      editions: 2,
      resources: de.dataPage.resources,
    },
    files,
  );
});

describe("datapackage.json", () => {
  it("is a valid Tabular Data Package (official JSON Schema profile)", () => {
    expect(profileErrors(descriptor)).toEqual([]);
    // The profile really checks: a resource without a schema fails it.
    const broken = structuredClone(descriptor) as unknown as { resources: { schema?: unknown }[] };
    delete broken.resources[0]!.schema;
    expect(profileErrors(broken).length).toBeGreaterThan(0);
  });
  it("describes all seven tables, with licence, id beside the CSV files, primary keys and foreign keys", () => {
    expect(descriptor.resources.map((r) => r.path)).toEqual(kinds.map((k) => dataFiles[k].file));
    expect(descriptor.id).toBe("https://example.org/explainer/data/datapackage.json");
    expect(descriptor.licenses[0]!.name).toBe("CC-BY-4.0");
    for (const r of descriptor.resources) {
      expect(r).toMatchObject({ format: "csv", mediatype: "text/csv", encoding: "utf-8", schema: { primaryKey: "id" } });
      expect(r.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    }
    const claims = descriptor.resources.find((r) => r.name === "claims")!;
    expect(claims.schema.foreignKeys).toContainEqual({ fields: "repeats", reference: { resource: "", fields: "id" } });
    expect(claims.schema.foreignKeys).toContainEqual({ fields: "actor", reference: { resource: "actors", fields: "id" } });
  });
  it("takes every field's type, enum, requiredness and description from the zod schema", () => {
    const claims = Object.fromEntries(tableFields("claims").map((f) => [f.name, f]));
    expect(claims["measure"]).toMatchObject({ type: "string", constraints: { required: true, enum: [...measures] } });
    expect(claims["status"]!.constraints!.enum).toEqual([...statuses]);
    expect(claims["basis"]).toMatchObject({ type: "string", constraints: { enum: ["total", "addition", "subset"] } });
    expect(claims["basis"]!.constraints!.required).toBeUndefined();
    expect(claims["figure_low"]).toMatchObject({ type: "integer", constraints: { minimum: 0 } });
    expect(claims["claim_date"]).toMatchObject({ type: "date", constraints: { required: true } });
    expect(claims["corroborated_by"]).toMatchObject({ type: "string", constraints: { pattern: expect.any(String) } });
    expect(claims["id"]).toMatchObject({ constraints: { required: true, unique: true } });
    expect(tableFields("places").find((f) => f.name === "lat")).toMatchObject({
      type: "number",
      constraints: { minimum: -90, maximum: 90 },
    });
    expect(tableFields("sources").find((f) => f.name === "url")).toMatchObject({ type: "string", format: "uri" });
    expect(tableFields("sources").find((f) => f.name === "seed")).toMatchObject({
      type: "boolean",
      trueValues: ["true"],
      falseValues: ["false"],
    });
    for (const kind of kinds) for (const f of tableFields(kind)) expect(f.description.length, `${kind}.${f.name}`).toBeGreaterThan(8);
    expect(() => tableField("x", z.string())).toThrow(/no Table Schema type/);
  });
  it("reads every CSV back with the declared types: every value casts, enums hold, foreign keys resolve", () => {
    const { problems, tables, cells, references } = readPackage(descriptor, (path) => files[path.replace(/\.csv$/, "") as Kind]);
    expect(problems).toEqual([]);
    expect(cells).toBeGreaterThan(1000);
    expect(references).toBeGreaterThan(100);
    // The id lists, which a single-field foreign key cannot express, resolve too.
    const claimIds = new Set(tables.get("claims")!.map((r) => r["id"]));
    const sourceIds = new Set(tables.get("sources")!.map((r) => r["id"]));
    const listed = (table: string, field: string) => tables.get(table)!.flatMap((r) => (r[field] ? String(r[field]).split(" ") : []));
    expect([...listed("claims", "corroborated_by"), ...listed("claims", "admits")].filter((id) => !claimIds.has(id))).toEqual([]);
    expect(listed("corrections", "sources").filter((id) => !sourceIds.has(id))).toEqual([]);
  });
  it("catches a value that does not cast", () => {
    const bad = { ...files, claims: files.claims.replace(/\n(S001-01,[^,]*),day,/, "\n$1,fortnight,") };
    expect(readPackage(descriptor, (path) => bad[path.replace(/\.csv$/, "") as Kind]).problems).toContainEqual(
      expect.stringMatching(/^claims:2 date_precision: "fortnight" is not in the enum/),
    );
  });
});
