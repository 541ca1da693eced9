/**
 * Validates the dataset from the files' texts: every row against its schema, then the references between
 * files. Pure: the files are read at build time by src/build/dataset.ts (loadDataset).
 */
import type { z } from "zod";
import { parseCsv, type CsvRow } from "./csv";
import { DataError, type DataIssue } from "./errors";
import { claimRuleIssues } from "./rules";
import { refProblems, refTokens } from "../refs";
import { dayOf } from "../date";
import { columnsOf, dataFiles, type DatasetRows } from "./schema";

type Kind = keyof typeof dataFiles;

/** One validated row of a file and the line of the file it came from. */
export interface NumberedRow<K extends Kind> {
  line: number;
  data: z.output<(typeof dataFiles)[K]["schema"]>;
}

/** The whole validated dataset, plus each row with the line it came from. */
export interface Dataset extends DatasetRows {
  /** The validated rows of each file with their lines, in file order: what the content loaders hand to Astro. */
  numbered: { [K in Kind]: NumberedRow<K>[] };
}

/**
 * How the references of an English text differ from those of its German twin: both must hold the same
 * `{kind:ID}` tokens, each as often, so the two editions print the same dates, figures and attributions.
 */
function twinRefProblems(german: string, english: string, germanField: string): string[] {
  const count = (text: string) => {
    const counts = new Map<string, number>();
    for (const token of refTokens(text)) counts.set(token, (counts.get(token) ?? 0) + 1);
    return counts;
  };
  const de = count(german);
  const en = count(english);
  const times = (n: number) => (n === 1 ? "once" : `${n} times`);
  return [...new Set([...de.keys(), ...en.keys()])]
    .filter((token) => de.get(token) !== en.get(token))
    .map(
      (token) =>
        `${token} appears ${times(en.get(token) ?? 0)} here but ${times(de.get(token) ?? 0)} in ${germanField}: both languages need the same references`,
    );
}

/** Validates one file's rows against its schema; collects every problem instead of stopping at the first. */
function validateRows<S extends z.ZodTypeAny>(file: string, schema: S, rows: CsvRow[], issues: DataIssue[]) {
  const valid: { line: number; data: z.output<S> }[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const result = schema.safeParse(row.cells);
    if (!result.success) {
      for (const issue of result.error.issues) {
        issues.push({ file, line: row.line, field: String(issue.path[0] ?? "(row)"), message: issue.message });
      }
      continue;
    }
    const rowId = row.cells["id"]!;
    const first = seen.get(rowId);
    if (first !== undefined) {
      issues.push({ file, line: row.line, field: "id", message: `duplicate id "${rowId}" (first used on line ${first})` });
      continue;
    }
    seen.set(rowId, row.line);
    valid.push({ line: row.line, data: result.data });
  }
  return valid;
}

/**
 * Validates every data file, given by `read(file name)` (undefined: missing or unreadable), then checks
 * references between files. Paths in messages start with `label`. Throws one DataError listing every
 * problem as `file:line: field: message`.
 */
export function validateDataset(read: (file: string) => string | undefined, label = "data"): Dataset {
  const issues: DataIssue[] = [];
  const raw = {} as Record<Kind, CsvRow[]>;
  // Rows with the wrong number of cells: reported, not validated, but their ids still count as named.
  const malformed = {} as Record<Kind, CsvRow[]>;
  const parsed = {} as Dataset["numbered"];

  for (const kind of Object.keys(dataFiles) as Kind[]) {
    const { file, schema } = dataFiles[kind];
    const path = `${label}/${file}`;
    const text = read(file);
    if (text === undefined) {
      issues.push({ file: path, line: 0, field: "(file)", message: "file is missing or unreadable" });
      raw[kind] = [];
      malformed[kind] = [];
      (parsed as Record<Kind, unknown[]>)[kind] = [];
      continue;
    }
    try {
      const csv = parseCsv(text, path, columnsOf(schema));
      issues.push(...csv.issues);
      raw[kind] = csv.rows;
      malformed[kind] = csv.malformed;
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      issues.push(...error.issues);
      raw[kind] = [];
      malformed[kind] = [];
    }
    (parsed as Record<Kind, unknown[]>)[kind] = validateRows(path, schema, raw[kind], issues);
  }

  // References resolve against every row that names an id, valid or not (even one with the wrong
  // number of cells), so one bad place row is reported once rather than again under every claim that
  // points to it.
  const ids = (kind: Kind) => new Set([...raw[kind], ...malformed[kind]].map((r) => r.cells["id"]));
  const actorIds = ids("actors");
  const placeIds = ids("places");
  const sourceIds = ids("sources");
  const sourceById = new Map(parsed.sources.map((r) => [r.data.id, r.data]));
  const claimsFile = `${label}/${dataFiles.claims.file}`;
  const eventsFile = `${label}/${dataFiles.events.file}`;

  for (const { line, data } of parsed.claims) {
    const at = (field: string, message: string) => issues.push({ file: claimsFile, line, field, message });
    if (!actorIds.has(data.actor)) at("actor", `unknown actor "${data.actor}" (not in actors.csv)`);
    if (data.place !== undefined && !placeIds.has(data.place)) at("place", `unknown place "${data.place}" (not in places.csv)`);
    const source = sourceById.get(data.source);
    if (!sourceIds.has(data.source)) at("source", `unknown source "${data.source}" (not in sources.csv)`);
    else if (source && data.claim_date > dayOf(source.published)) {
      at("claim_date", `${data.claim_date} is after its source "${source.id}" was published (${dayOf(source.published)})`);
    }
  }
  issues.push(
    ...claimRuleIssues(
      claimsFile,
      parsed.claims,
      parsed.actors.map((r) => r.data),
      ids("claims") as Set<string>,
    ),
  );
  const placesFile = `${label}/${dataFiles.places.file}`;
  const refData = {
    claims: parsed.claims.map((r) => r.data),
    events: parsed.events.map((r) => r.data),
    actors: parsed.actors.map((r) => r.data),
  };
  for (const { line, data } of parsed.places) {
    if (!sourceIds.has(data.source))
      issues.push({ file: placesFile, line, field: "source", message: `unknown source "${data.source}" (not in sources.csv)` });
    for (const message of refProblems(data.description_de, refData))
      issues.push({ file: placesFile, line, field: "description_de", message });
    for (const message of refProblems(data.description_en, refData))
      issues.push({ file: placesFile, line, field: "description_en", message });
    for (const message of twinRefProblems(data.description_de, data.description_en, "description_de"))
      issues.push({ file: placesFile, line, field: "description_en", message });
  }
  for (const { line, data } of parsed.events) {
    const at = (field: string, message: string) => issues.push({ file: eventsFile, line, field, message });
    if (data.place !== undefined && !placeIds.has(data.place)) at("place", `unknown place "${data.place}" (not in places.csv)`);
    if (!sourceIds.has(data.source)) at("source", `unknown source "${data.source}" (not in sources.csv)`);
    for (const message of refProblems(data.title_de, refData)) at("title_de", message);
    for (const message of refProblems(data.title_en, refData)) at("title_en", message);
    for (const message of twinRefProblems(data.title_de, data.title_en, "title_de")) at("title_en", message);
  }
  const correctionsFile = `${label}/${dataFiles.corrections.file}`;
  for (const { line, data } of parsed.corrections) {
    for (const id of data.sources)
      if (!sourceIds.has(id))
        issues.push({ file: correctionsFile, line, field: "sources", message: `unknown source "${id}" (not in sources.csv)` });
  }
  // Every added row and every correction belongs to an edition, named by its day.
  const editionDays = new Set<string>();
  const editionsFile = `${label}/${dataFiles.editions.file}`;
  for (const { line, data } of parsed.editions) {
    if (editionDays.has(data.date))
      issues.push({ file: editionsFile, line, field: "date", message: `duplicate edition date "${data.date}"` });
    editionDays.add(data.date);
  }
  const known = [...editionDays].sort().join(", ");
  const addedIn = (file: string, rows: { line: number; data: { added: string } }[]) => {
    for (const { line, data } of rows)
      if (!editionDays.has(data.added))
        issues.push({ file, line, field: "added", message: `${data.added} is not the date of an edition in editions.csv (${known})` });
  };
  addedIn(claimsFile, parsed.claims);
  addedIn(`${label}/${dataFiles.sources.file}`, parsed.sources);
  addedIn(eventsFile, parsed.events);
  for (const { line, data } of parsed.corrections)
    if (!editionDays.has(data.date))
      issues.push({
        file: correctionsFile,
        line,
        field: "date",
        message: `${data.date} is not the date of an edition in editions.csv (${known}): a correction is published with an edition`,
      });
  if (parsed.claims.length === 0 && !issues.some((i) => i.file === claimsFile)) {
    issues.push({ file: claimsFile, line: 1, field: "(file)", message: "has no claims: an empty dataset is never valid" });
  }
  // In file order, so a reader fixes them top to bottom, whichever check found them.
  if (issues.length)
    throw new DataError(
      issues
        .map((issue, i) => ({ issue, i }))
        .sort((a, b) => a.issue.file.localeCompare(b.issue.file) || a.issue.line - b.issue.line || a.i - b.i)
        .map((x) => x.issue),
    );

  return {
    claims: parsed.claims.map((r) => r.data),
    actors: parsed.actors.map((r) => r.data),
    sources: parsed.sources.map((r) => r.data),
    places: parsed.places.map((r) => r.data),
    events: parsed.events.map((r) => r.data),
    corrections: parsed.corrections.map((r) => r.data),
    editions: parsed.editions.map((r) => r.data),
    numbered: parsed,
  };
}
