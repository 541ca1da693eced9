// parseCsv and DataError on their own: line numbers, header checks, malformed rows, the message format.
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/lib/data/csv";
import { DataError, formatIssue } from "../../src/lib/data/errors";

function thrown(fn: () => unknown): DataError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return error as DataError;
  }
  throw new Error("expected a DataError");
}

describe("formatIssue and DataError", () => {
  it("formats file:line: field: message", () => {
    expect(formatIssue({ file: "data/a.csv", line: 7, field: "id", message: "is empty" })).toBe("data/a.csv:7: id: is empty");
  });
  it("counts the issues in the first line and lists one per line", () => {
    const e = new DataError([
      { file: "a.csv", line: 2, field: "x", message: "m1" },
      { file: "b.csv", line: 3, field: "y", message: "m2" },
    ]);
    expect(e.message).toBe("2 problem(s) in data/:\na.csv:2: x: m1\nb.csv:3: y: m2");
    expect(e.name).toBe("DataError");
    expect(e.issues).toHaveLength(2);
    expect(e).toBeInstanceOf(Error);
  });
});

describe("parseCsv", () => {
  it("reads rows with their line numbers, trimming header names and cells", () => {
    const { rows, malformed, issues } = parseCsv(" id , name\na, Alpha \nb,Beta\n", "t.csv", ["id", "name"]);
    expect(rows).toEqual([
      { line: 2, cells: { id: "a", name: "Alpha" } },
      { line: 3, cells: { id: "b", name: "Beta" } },
    ]);
    expect(malformed).toEqual([]);
    expect(issues).toEqual([]);
  });

  it("ignores a byte-order mark and CRLF line ends", () => {
    const { rows } = parseCsv("\uFEFFid,name\r\na,A\r\n", "t.csv", ["id"]);
    expect(rows).toEqual([{ line: 2, cells: { id: "a", name: "A" } }]);
  });

  // csv-parse puts a skipped blank line into the next record's raw text; parseCsv must not count it as
  // part of the record, or a row after a blank line is reported one line too early.
  it("skips blank lines but keeps counting them", () => {
    const { rows } = parseCsv("id\n\na\n\nb\n", "t.csv", ["id"]);
    expect(rows.map((r) => [r.line, r.cells["id"]])).toEqual([
      [3, "a"],
      [5, "b"],
    ]);
  });

  it("counts blank lines before a multi-line row, with Windows line ends too", () => {
    const { rows } = parseCsv('id,note\r\n\r\na,"x\r\ny"\r\n\r\nb,z\r\n', "t.csv", ["id"]);
    expect(rows.map((r) => [r.line, r.cells["id"]])).toEqual([
      [3, "a"],
      [6, "b"],
    ]);
  });

  it("gives a row whose quoted field spans lines the line it starts on", () => {
    const { rows } = parseCsv('id,note\na,"eins\nzwei\ndrei"\nb,x\n', "t.csv", ["id"]);
    expect(rows.map((r) => r.line)).toEqual([2, 5]);
    expect(rows[0]!.cells["note"]).toBe("eins\nzwei\ndrei");
  });

  it("reports a row with too few or too many cells, keeps the cells the header names, and goes on", () => {
    const { rows, malformed, issues } = parseCsv("id,a,b\nx,1\ny,1,2\nz,1,2,3\n", "t.csv", []);
    expect(rows).toEqual([{ line: 3, cells: { id: "y", a: "1", b: "2" } }]);
    expect(malformed).toEqual([
      { line: 2, cells: { id: "x", a: "1" } },
      { line: 4, cells: { id: "z", a: "1", b: "2" } },
    ]);
    expect(issues).toEqual([
      { file: "t.csv", line: 2, field: "(csv)", message: "row has 2 cells, the header has 3 columns" },
      { file: "t.csv", line: 4, field: "(csv)", message: "row has 4 cells, the header has 3 columns" },
    ]);
  });

  it("throws for an empty file, naming line 1", () => {
    expect(thrown(() => parseCsv("", "t.csv", ["id"])).issues).toEqual([
      { file: "t.csv", line: 1, field: "(csv)", message: "file is empty: the header line is missing" },
    ]);
    expect(thrown(() => parseCsv("\n\n", "t.csv", ["id"])).issues[0]!.message).toMatch(/file is empty/);
  });

  it("throws for every missing required column and every doubled one (once each)", () => {
    expect(thrown(() => parseCsv("id,x,x,x,y,y\n", "t.csv", ["id", "name", "date"])).issues).toEqual([
      { file: "t.csv", line: 1, field: "name", message: "required column is missing from the header" },
      { file: "t.csv", line: 1, field: "date", message: "required column is missing from the header" },
      { file: "t.csv", line: 1, field: "x", message: "column appears twice in the header" },
      { file: "t.csv", line: 1, field: "y", message: "column appears twice in the header" },
    ]);
  });

  it("accepts a header with only the required columns and no rows", () => {
    expect(parseCsv("id,name\n", "t.csv", ["id", "name"])).toEqual({ rows: [], malformed: [], issues: [] });
  });

  it("names the line where an unclosed quote opened, not where the parser gave up", () => {
    const text = 'id,note\na,ok\nb,"offen\nc,x\nd,y\n';
    const e = thrown(() => parseCsv(text, "t.csv", ["id"]));
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]).toMatchObject({ file: "t.csv", line: 3, field: "(csv)" });
    expect(e.issues[0]!.message).toMatch(/^unbalanced quote/);
  });

  it("pairs quotes across lines: a field closed on a later line does not count as open", () => {
    const text = 'id,note\na,"zwei\nZeilen"\nb,"offen\nc,x\n';
    expect(thrown(() => parseCsv(text, "t.csv", ["id"])).issues[0]!.line).toBe(4);
  });

  it("reports other parse errors with the parser's message", () => {
    const e = thrown(() => parseCsv('id,note\na,b"c"d\n', "t.csv", ["id"]));
    expect(e.issues[0]!.field).toBe("(csv)");
    expect(e.issues[0]!.message.length).toBeGreaterThan(0);
  });
});
