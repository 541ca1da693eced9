// Checks a Data Package the way a reuser's tool would: the descriptor against the official Tabular Data
// Package profile (JSON Schema draft-04, vendored in tests/fixtures/datapackage-profiles), then every
// CSV read back with the declared types: each value casts, constraints and enums hold, keys are unique,
// foreign keys resolve. Used by the unit test (descriptor made from data/) and the e2e test (dist/).
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import type { DataPackage, TableField } from "../src/lib/data/datapackage";

const profile = JSON.parse(readFileSync("tests/fixtures/datapackage-profiles/tabular-data-package.json", "utf8")) as object;

/** Problems of the descriptor against the Tabular Data Package profile, as "path: message". */
export function profileErrors(descriptor: unknown): string[] {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat("textarea", true);
  const validate = ajv.compile(profile);
  return validate(descriptor) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "/"}: ${e.message}`);
}

/** A cell cast to its declared type, or an error message; "" (the missing value) is null. */
export function castCell(field: TableField, raw: string): { value: unknown } | { error: string } {
  if (raw === "") return field.constraints?.required ? { error: "is empty but required" } : { value: null };
  const c = field.constraints ?? {};
  let value: unknown;
  switch (field.type) {
    case "string":
      if (field.format === "uri" && !URL.canParse(raw)) return { error: `"${raw}" is not a URI` };
      value = raw;
      break;
    case "integer":
      if (!/^-?\d+$/.test(raw)) return { error: `"${raw}" is not an integer` };
      value = Number(raw);
      break;
    case "number":
      if (!/^-?\d+(\.\d+)?$/.test(raw)) return { error: `"${raw}" is not a number` };
      value = Number(raw);
      break;
    case "boolean":
      if (field.trueValues?.includes(raw)) value = true;
      else if (field.falseValues?.includes(raw)) value = false;
      else return { error: `"${raw}" is not one of the boolean values` };
      break;
    case "date": {
      const d = new Date(`${raw}T00:00:00Z`);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== raw)
        return { error: `"${raw}" is not a date` };
      value = raw;
      break;
    }
  }
  if (c.enum && !c.enum.includes(raw)) return { error: `"${raw}" is not in the enum ${c.enum.join(", ")}` };
  if (c.pattern && !new RegExp(c.pattern.startsWith("^") ? c.pattern : `^(?:${c.pattern})$`).test(raw))
    return { error: `"${raw}" does not match ${c.pattern}` };
  if (c.maxLength !== undefined && raw.length > c.maxLength) return { error: `"${raw}" is longer than ${c.maxLength}` };
  if (typeof value === "number" && c.minimum !== undefined && value < c.minimum) return { error: `${value} < ${c.minimum}` };
  if (typeof value === "number" && c.maximum !== undefined && value > c.maximum) return { error: `${value} > ${c.maximum}` };
  return { value };
}

/** Every row of every resource, read with its schema; problems as "resource:line field: message". */
export function readPackage(descriptor: DataPackage, readFile: (path: string) => string) {
  const problems: string[] = [];
  const tables = new Map<string, Record<string, unknown>[]>();
  let cells = 0;
  for (const resource of descriptor.resources) {
    const text = readFile(resource.path);
    if (Buffer.byteLength(text, "utf8") !== resource.bytes)
      problems.push(`${resource.name}: ${Buffer.byteLength(text, "utf8")} bytes, descriptor says ${resource.bytes}`);
    const records = parse(text, { relax_column_count: false }) as string[][];
    const [header, ...rows] = records;
    const names = resource.schema.fields.map((f) => f.name);
    if (JSON.stringify(header) !== JSON.stringify(names))
      problems.push(`${resource.name}: header ${header?.join(",")} is not ${names.join(",")}`);
    const typed = rows.map((row, i) => {
      const out: Record<string, unknown> = {};
      resource.schema.fields.forEach((field, j) => {
        cells += 1;
        const cast = castCell(field, row[j] ?? "");
        if ("error" in cast) problems.push(`${resource.name}:${i + 2} ${field.name}: ${cast.error}`);
        else out[field.name] = cast.value;
      });
      return out;
    });
    for (const field of resource.schema.fields.filter((f) => f.constraints?.unique || f.name === resource.schema.primaryKey)) {
      const seen = new Set<unknown>();
      for (const row of typed) {
        if (seen.has(row[field.name])) problems.push(`${resource.name} ${field.name}: "${String(row[field.name])}" is not unique`);
        seen.add(row[field.name]);
      }
    }
    tables.set(resource.name, typed);
  }
  let references = 0;
  for (const resource of descriptor.resources) {
    for (const fk of resource.schema.foreignKeys ?? []) {
      const target = fk.reference.resource === "" ? resource.name : fk.reference.resource;
      const values = new Set((tables.get(target) ?? []).map((r) => r[fk.reference.fields]));
      for (const row of tables.get(resource.name) ?? []) {
        const v = row[fk.fields];
        if (v === null || v === undefined) continue;
        references += 1;
        if (!values.has(v)) problems.push(`${resource.name} ${fk.fields}: "${String(v)}" not found in ${target}.${fk.reference.fields}`);
      }
    }
  }
  return { problems, tables, cells, references };
}
