import { parse } from "csv-parse/sync";
import { DataError, type DataIssue } from "./errors";

/** One CSV record as strings keyed by column name, with the line it starts on. */
export interface CsvRow {
  line: number;
  cells: Record<string, string>;
}

/** What parseCsv found: the well-formed rows, and the rows with the wrong number of cells. */
export interface ParsedCsv {
  /** Rows with one cell per header column, ready to validate. */
  rows: CsvRow[];
  /** Rows with too few or too many cells: their cells as far as the header names them (for ids). */
  malformed: CsvRow[];
  /** One `(csv)` issue per malformed row. */
  issues: DataIssue[];
}

/**
 * Parses CSV text strictly. An unbalanced quote, an empty file or a bad header (missing or doubled
 * column) throws a DataError naming file, line and column, since no row can be read reliably then.
 * A row with the wrong number of cells is reported as an issue, and the other rows are still returned
 * so that their problems are reported in the same run. Blank lines are skipped.
 */
export function parseCsv(text: string, file: string, requiredColumns: readonly string[]): ParsedCsv {
  let records: { record: string[]; info: { lines: number }; raw: string }[];
  try {
    // Windows line ends become \n first: csv-parse counts the lines of \r\n text differently.
    records = parse(text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"), {
      info: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as typeof records;
  } catch (error) {
    const e = error as { code?: string; lines?: number; message: string };
    const quoteError = e.code === "CSV_QUOTE_NOT_CLOSED" || e.code === "CSV_INVALID_CLOSING_QUOTE";
    const line = quoteError ? lineOfOpenQuote(text, e.lines ?? 1) : (e.lines ?? 0);
    const what = quoteError ? 'unbalanced quote: a field opened with " on this line is never closed' : e.message;
    throw new DataError([{ file, line, field: "(csv)", message: what }]);
  }
  if (records.length === 0) {
    throw new DataError([{ file, line: 1, field: "(csv)", message: "file is empty: the header line is missing" }]);
  }
  const header = records[0]!.record.map((name) => name.trim());
  const issues: DataIssue[] = [];
  for (const column of requiredColumns) {
    if (!header.includes(column)) issues.push({ file, line: 1, field: column, message: "required column is missing from the header" });
  }
  const duplicated = header.filter((name, i) => header.indexOf(name) !== i);
  for (const column of new Set(duplicated)) issues.push({ file, line: 1, field: column, message: "column appears twice in the header" });
  if (issues.length) throw new DataError(issues);

  const rows: CsvRow[] = [];
  const malformed: CsvRow[] = [];
  for (const { record, info, raw } of records.slice(1)) {
    // info.lines is the line a record ends on; a quoted field may span several lines. csv-parse puts
    // skipped blank lines before a record into its raw text: they are not part of the record.
    const own = raw.replace(/^(?:[ \t]*\n)+/, "").replace(/\n$/, "");
    const line = info.lines - (own.match(/\n/g)?.length ?? 0);
    const cells: Record<string, string> = {};
    header.forEach((name, i) => {
      if (i < record.length) cells[name] = record[i]!.trim();
    });
    if (record.length !== header.length) {
      issues.push({ file, line, field: "(csv)", message: `row has ${record.length} cells, the header has ${header.length} columns` });
      malformed.push({ line, cells });
      continue;
    }
    rows.push({ line, cells });
  }
  return { rows, malformed, issues };
}

/** The line on which the quoted field still open at `errorLine` began: the parser only notices later. */
function lineOfOpenQuote(text: string, errorLine: number): number {
  let openedAt = 0;
  text
    .split("\n")
    .slice(0, errorLine)
    .forEach((line, i) => {
      if ((line.match(/"/g)?.length ?? 0) % 2 === 1) openedAt = openedAt ? 0 : i + 1;
    });
  return openedAt || errorLine;
}
