/**
 * The dataset as a Frictionless (Tabular) Data Package v1: `datapackage.json` beside the CSV files.
 * Everything about a column is read from the one zod schema (schema.ts): its type, whether it is
 * required, its enum, pattern, bounds and format, and its `.describe()` text as the field description.
 * The descriptor itself, which hashes the files, is assembled at build time in src/build/datapackage.ts.
 */
import { z } from "zod";
import { dataFiles, type TableType } from "./schema";
import { DATA_LICENCE_URL } from "../licence";

/** A data file kind: claims, actors, sources, places, events, corrections, editions. */
export type Kind = keyof typeof dataFiles;

/** Constraints of a Table Schema field. */
export interface FieldConstraints {
  required?: boolean;
  unique?: boolean;
  enum?: string[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
}

/** A Table Schema field descriptor. */
export interface TableField {
  name: string;
  type: TableType["type"];
  format?: string;
  description: string;
  trueValues?: string[];
  falseValues?: string[];
  constraints?: FieldConstraints;
}

/** A Table Schema foreign key, each side one field. */
export interface ForeignKey {
  fields: string;
  reference: { resource: string; fields: string };
}

/** A Table Schema. */
export interface TableSchema {
  fields: TableField[];
  primaryKey: string;
  foreignKeys?: ForeignKey[];
  missingValues: string[];
}

/** A Tabular Data Resource of the package. */
export interface DataResource {
  profile: "tabular-data-resource";
  name: Kind;
  path: string;
  title: string;
  description: string;
  format: "csv";
  mediatype: "text/csv";
  encoding: "utf-8";
  bytes: number;
  hash: string;
  dialect: { delimiter: string; quoteChar: string; doubleQuote: boolean; header: boolean };
  schema: TableSchema;
}

/** The package descriptor. */
export interface DataPackage {
  profile: "tabular-data-package";
  name: string;
  id: string;
  title: string;
  description: string;
  homepage: string;
  version: string;
  /** The data's Stand: the newest publication among the sources (ISO with offset). Not a spec property. */
  stand: string;
  keywords: string[];
  licenses: { name: string; path: string; title: string }[];
  contributors: { title: string; role: string; path?: string }[];
  sources: { title: string; path: string }[];
  resources: DataResource[];
}

/** The licence of the data. */
export const DATA_LICENCE = {
  name: "CC-BY-4.0",
  path: DATA_LICENCE_URL,
  title: "Creative Commons Attribution 4.0",
} as const;

/** What a field schema reveals when walked down through describe(), refine(), pipe() and optional(). */
interface Found {
  type?: TableType;
  enum?: string[];
  optional: boolean;
}

function inspect(schema: z.ZodTypeAny, found: Found): Found {
  const tagged = (schema._def as { tableType?: TableType }).tableType;
  if (tagged && !found.type) found.type = tagged;
  if (schema instanceof z.ZodEnum) found.enum ??= [...(schema.options as string[])];
  else if (schema instanceof z.ZodOptional) {
    found.optional = true;
    inspect(schema.unwrap(), found);
  } else if (schema instanceof z.ZodEffects) inspect(schema.innerType(), found);
  else if (schema instanceof z.ZodPipeline) {
    inspect(schema._def.in, found);
    inspect(schema._def.out, found);
  }
  return found;
}

/** The Table Schema field of one zod field: type, format, constraints and description. */
export function tableField(name: string, schema: z.ZodTypeAny): TableField {
  const found = inspect(schema, { optional: false });
  const t = found.type;
  if (!t && !found.enum) throw new Error(`${name}: no Table Schema type (build the field from a typed cell builder in schema.ts)`);
  if (!schema.description) throw new Error(`${name}: the field has no .describe() text`);
  const required = t ? t.required === true : !found.optional;
  const constraints: FieldConstraints = {};
  if (required) constraints.required = true;
  if (t?.unique) constraints.unique = true;
  if (found.enum) constraints.enum = found.enum;
  if (t?.pattern) constraints.pattern = t.pattern;
  if (t?.minimum !== undefined) constraints.minimum = t.minimum;
  if (t?.maximum !== undefined) constraints.maximum = t.maximum;
  if (t?.maxLength !== undefined) constraints.maxLength = t.maxLength;
  return {
    name,
    type: t?.type ?? "string",
    ...(t?.format ? { format: t.format } : {}),
    description: schema.description,
    ...(t?.trueValues ? { trueValues: t.trueValues, falseValues: t.falseValues } : {}),
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

/** The fields of one data file, in column order. */
export function tableFields(kind: Kind): TableField[] {
  let s: z.ZodTypeAny = dataFiles[kind].schema;
  while (s instanceof z.ZodEffects) s = s.innerType();
  return Object.entries((s as z.AnyZodObject).shape).map(([name, field]) => tableField(name, field as z.ZodTypeAny));
}

/** Single-field references between the files; a list of ids (corroborated_by, admits, sources) cannot be one. */
export const FOREIGN_KEYS: Record<Kind, [field: string, resource: Kind, fields: string][]> = {
  claims: [
    ["actor", "actors", "id"],
    ["source", "sources", "id"],
    ["place", "places", "id"],
    ["repeats", "claims", "id"],
    ["added", "editions", "date"],
  ],
  actors: [],
  sources: [["added", "editions", "date"]],
  places: [["source", "sources", "id"]],
  events: [
    ["source", "sources", "id"],
    ["place", "places", "id"],
    ["added", "editions", "date"],
  ],
  corrections: [["date", "editions", "date"]],
  editions: [],
};

/** What the package says about itself, in the site's language; the rest comes from the schema and the files. */
export interface PackageMeta {
  /** Absolute URL of the data page (site + base path + daten/). */
  homepage: string;
  /** Absolute URL of the sources page. */
  sourcesPage: string;
  title: string;
  description: string;
  publisher: string;
  keywords: string[];
  /** The data's Stand, ISO with offset. */
  stand: string;
  /** How many editions there are: the package's major version. */
  editions: number;
  /** Title and description per file. */
  resources: Record<Kind, { title: string; description: string }>;
}
