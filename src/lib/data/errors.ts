/** One problem found in a data file, located by file, line and field. */
export interface DataIssue {
  file: string;
  line: number;
  field: string;
  message: string;
}

/** Formats an issue the way editors and CI logs link it: `file:line: field: message`. */
export function formatIssue(issue: DataIssue): string {
  return `${issue.file}:${issue.line}: ${issue.field}: ${issue.message}`;
}

/** Thrown when data files are invalid; its message lists every issue, one per line. */
export class DataError extends Error {
  readonly issues: DataIssue[];
  constructor(issues: DataIssue[]) {
    super(`${issues.length} problem(s) in data/:\n${issues.map(formatIssue).join("\n")}`);
    this.name = "DataError";
    this.issues = issues;
  }
}
