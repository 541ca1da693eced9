// What a data editor reads when a file is wrong, for the checks the fixture tests leave out: the
// references between files, the edition dates, the order of the report, every row rule's message, the
// CSV parser's corner cases and the Data Package's columns. Files are edited in memory (validateDataset).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseCsv } from "../../src/lib/data/csv";
import { FOREIGN_KEYS, tableField, tableFields } from "../../src/lib/data/datapackage";
import { DataError } from "../../src/lib/data/errors";
import { validateDataset } from "../../src/lib/data/load";
import { claimRuleIssues, isIndependent, isOwnSide } from "../../src/lib/data/rules";
import { type Claim, countWords, dataFiles } from "../../src/lib/data/schema";
import { de } from "../../src/lib/i18n/de";

const VALID = "tests/fixtures/valid";
const files = Object.fromEntries(Object.values(dataFiles).map(({ file }) => [file, readFileSync(join(VALID, file), "utf8")])) as Record<
  string,
  string
>;

/** The valid fixture with some files replaced (undefined: the file is missing). */
function dataset(edits: Record<string, string | undefined> = {}, label?: string) {
  const all = { ...files, ...edits };
  return validateDataset((file) => all[file], label);
}

/** The `file:line: field: message` lines of the DataError that validating the edited fixture throws. */
function errorsOf(edits: Record<string, string | undefined>, label?: string): string[] {
  try {
    dataset(edits, label);
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as DataError).message.split("\n").slice(1);
  }
  throw new Error("expected the data to be rejected");
}

/** A file of the fixture with lines appended. */
const plus = (file: string, ...lines: string[]) => `${files[file]!.trimEnd()}\n${lines.join("\n")}\n`;
/** A file of the fixture with one line (1 = header) replaced. */
const withLine = (file: string, n: number, line: string) => {
  const lines = files[file]!.trimEnd().split("\n");
  lines[n - 1] = line;
  return `${lines.join("\n")}\n`;
};
/** A row of `file` in its header's column order: the given cells, the others from `defaults`. */
const rowOf =
  (file: string, defaults: Record<string, string>) =>
  (cells: Partial<Record<string, string>> = {}) =>
    files[file]!.split("\n")[0]!
      .split(",")
      .map((k) => ({ ...defaults, ...cells })[k] ?? "")
      .join(",");
/** A claims.csv row with the usual valid values, some of them replaced. */
const claim = rowOf("claims.csv", {
  id: "X-1",
  claim_date: "2024-10-20",
  date_precision: "day",
  actor: "nis",
  qualifier: "exact",
  figure_low: "100",
  figure_high: "100",
  measure: "sent",
  status: "claim",
  basis: "total",
  source: "src-a",
  evidence: "Beleg",
  added: "2026-11-27",
});
/** An events.csv row. */
const event = rowOf("events.csv", {
  id: "E-2",
  date: "2024-07-01",
  date_precision: "day",
  label_de: "Etwas",
  label_en: "Something",
  title_de: "Etwas geschah.",
  title_en: "Something happened.",
  source: "src-a",
  chart: "false",
  added: "2026-11-27",
});

describe("the valid fixture, validated from memory", () => {
  it("returns every table with its rows, and the numbered rows the loaders hand to Astro", () => {
    const data = dataset();
    expect(data.claims).toHaveLength(6);
    expect(data.actors.map((a) => a.id)).toEqual(["nis", "hur"]);
    expect(data.sources.map((s) => s.id)).toEqual(["src-a", "src-b"]);
    expect(data.places.map((p) => p.id)).toEqual(["vladivostok", "kursk"]);
    expect(data.events.map((e) => e.id)).toEqual(["E-1"]);
    expect(data.corrections.map((c) => c.id)).toEqual(["K-2026-11-27-first-edition"]);
    expect(data.editions.map((e) => e.date)).toEqual(["2026-11-27"]);
    expect(data.numbered.places.map((r) => [r.line, r.data.id])).toEqual([
      [2, "vladivostok"],
      [3, "kursk"],
    ]);
    // The same validated objects, not a second parse.
    expect(data.numbered.places.map((r) => r.data)).toEqual(data.places);
  });
  it("reads true and false as booleans, and coordinates as numbers", () => {
    const data = dataset();
    expect(data.sources.map((s) => [s.title_verbatim, s.seed])).toEqual([
      [true, true],
      [true, false],
    ]);
    expect(data.places[0]).toMatchObject({ lat: 43.1155, lon: 131.8855, approx: false, route_order: 2 });
  });
  it("accepts a claim made on the day its source was published", () => {
    expect(dataset({ "claims.csv": plus("claims.csv", claim({ claim_date: "2024-10-23" })) }).claims).toHaveLength(7);
  });
});

describe("references between files", () => {
  it("prefixes every path with the label, data/ by default", () => {
    expect(errorsOf({ "events.csv": undefined })).toEqual(["data/events.csv:0: (file): file is missing or unreadable"]);
    expect(errorsOf({ "events.csv": undefined }, "hostile")).toEqual(["hostile/events.csv:0: (file): file is missing or unreadable"]);
  });
  it("names an unknown source of a place, and a broken reference in its description", () => {
    const places = withLine(
      "places.csv",
      2,
      "vladivostok,Wladiwostok,Vladivostok,43.1,131.9,false,port,main,2,Am {date:T-99} {figure:E-1}.,On {date:T-99} {figure:E-1}.,src-q",
    );
    expect(errorsOf({ "places.csv": places })).toEqual([
      'data/places.csv:2: source: unknown source "src-q" (not in sources.csv)',
      'data/places.csv:2: description_de: {date:T-99}: no claim or event has the id "T-99"',
      'data/places.csv:2: description_de: {figure:E-1}: "figure" needs a claim id, "E-1" is an event',
      'data/places.csv:2: description_en: {date:T-99}: no claim or event has the id "T-99"',
      'data/places.csv:2: description_en: {figure:E-1}: "figure" needs a claim id, "E-1" is an event',
    ]);
  });
  it("resolves a place description's references against claims and events", () => {
    const places = withLine(
      "places.csv",
      3,
      "kursk,Kursk,Kursk,51.7,36.2,false,front,main,4,{laut:T-1} {date:E-1} {figure:T-4}.,{laut:T-1} {date:E-1} {figure:T-4}.,src-a",
    );
    expect(dataset({ "places.csv": places }).places[1]!.description_de).toBe("{laut:T-1} {date:E-1} {figure:T-4}.");
  });
  it("names an unknown place, an unknown source and a broken reference of an event", () => {
    const events = plus(
      "events.csv",
      event({ place: "atlantis", source: "src-q", title_de: "Am {date:T-99}.", title_en: "On {date:T-99}." }),
    );
    expect(errorsOf({ "events.csv": events })).toEqual([
      'data/events.csv:3: place: unknown place "atlantis" (not in places.csv)',
      'data/events.csv:3: source: unknown source "src-q" (not in sources.csv)',
      'data/events.csv:3: title_de: {date:T-99}: no claim or event has the id "T-99"',
      'data/events.csv:3: title_en: {date:T-99}: no claim or event has the id "T-99"',
    ]);
  });
  it("accepts an event at a known place whose title refers to a claim", () => {
    const events = plus("events.csv", event({ place: "kursk", title_de: "Am {date:T-2} in Kursk.", title_en: "On {date:T-2} in Kursk." }));
    expect(dataset({ "events.csv": events }).events[1]).toMatchObject({ place: "kursk", title_de: "Am {date:T-2} in Kursk." });
  });
  it("names every unknown source of a correction", () => {
    const corrections = plus("corrections.csv", "K-2,2026-11-27,./,Alt,Old,Neu,New,src-a src-q src-r");
    expect(errorsOf({ "corrections.csv": corrections })).toEqual([
      'data/corrections.csv:3: sources: unknown source "src-q" (not in sources.csv)',
      'data/corrections.csv:3: sources: unknown source "src-r" (not in sources.csv)',
    ]);
  });
});

describe("editions", () => {
  it("names a doubled edition date", () => {
    expect(errorsOf({ "editions.csv": plus("editions.csv", "zweite,2026-11-27,Zweite Ausgabe,Second edition,Mehr.,More.") })).toEqual([
      'data/editions.csv:3: date: duplicate edition date "2026-11-27"',
    ]);
  });
  it("checks the added day of sources and events, and lists the known editions in date order", () => {
    const editions = plus("editions.csv", "vorab,2026-10-01,Vorab,Preview,Vorab.,Preview.");
    const sources = withLine("sources.csv", 3, "src-b,Kyiv Independent,Test source B,true,news,2024-12-20,day,en,,false,,,2026-11-28");
    const events = plus("events.csv", event({ added: "2026-11-29" }));
    expect(errorsOf({ "editions.csv": editions, "sources.csv": sources, "events.csv": events })).toEqual([
      "data/events.csv:3: added: 2026-11-29 is not the date of an edition in editions.csv (2026-10-01, 2026-11-27)",
      "data/sources.csv:3: added: 2026-11-28 is not the date of an edition in editions.csv (2026-10-01, 2026-11-27)",
    ]);
  });
  it("requires a correction to be published with an edition", () => {
    expect(errorsOf({ "corrections.csv": plus("corrections.csv", "K-2,2026-11-30,./,Alt,Old,Neu,New,") })).toEqual([
      "data/corrections.csv:3: date: 2026-11-30 is not the date of an edition in editions.csv (2026-11-27): a correction is published with an edition",
    ]);
  });
});

describe("an empty claims file", () => {
  it("is never valid, even with a correct header", () => {
    expect(errorsOf({ "claims.csv": `${files["claims.csv"]!.split("\n")[0]}\n` })).toEqual([
      "data/claims.csv:1: (file): has no claims: an empty dataset is never valid",
    ]);
  });
  it("is not reported a second time when its rows have errors of their own", () => {
    const header = files["claims.csv"]!.split("\n")[0];
    expect(errorsOf({ "claims.csv": `${header}\n${claim({ claim_date: "2024-02-30" })}\n` })).toEqual([
      "data/claims.csv:2: claim_date: is not a valid date (expected YYYY-MM-DD, a real day)",
    ]);
  });
});

describe("the order of the report", () => {
  it("lists problems by file, then line, then the order they were found, whichever check found them", () => {
    const claims = plus("claims.csv", claim({ id: "X-1", actor: "cia", place: "atlantis" }), claim({ id: "X-2", figure_low: "-1" }));
    const sources = withLine("sources.csv", 3, "src-b,Kyiv Independent,Test source B,maybe,news,2024-12-20,day,en,,false,,,2026-11-27");
    expect(errorsOf({ "claims.csv": claims, "sources.csv": sources })).toEqual([
      'data/claims.csv:8: actor: unknown actor "cia" (not in actors.csv)',
      'data/claims.csv:8: place: unknown place "atlantis" (not in places.csv)',
      'data/claims.csv:9: figure_low: must not be negative: "-1"',
      'data/sources.csv:3: title_verbatim: must be "true" or "false"',
    ]);
  });
});

/** The `field: message` of every problem the schema finds in a row: the given cells over a valid row. */
function rowIssues(kind: keyof typeof dataFiles, valid: Record<string, string>, cells: Record<string, string>): string[] {
  const result = dataFiles[kind].schema.safeParse({ ...valid, ...cells });
  return result.success ? [] : result.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
}
const cellsOf = (file: string, line: number) => {
  const [header, row] = [files[file]!.split("\n")[0]!.split(","), files[file]!.split("\n")[line - 1]!.split(",")];
  return Object.fromEntries(header.map((k, i) => [k, row[i] ?? ""]));
};
const validClaim = cellsOf("claims.csv", 3); // T-2: approx 12000, claim, total
const validSource = cellsOf("sources.csv", 3);
const validPlace = cellsOf("places.csv", 2);
const validActor = cellsOf("actors.csv", 2);
const validEvent = cellsOf("events.csv", 2);

describe("the messages of the row rules", () => {
  it.each([
    [{ id: "" }, ["id: is empty but required", "id: may hold only letters, digits and dashes"]],
    [{ id: "T 2" }, ["id: may hold only letters, digits and dashes"]],
    [{ id: "-T2" }, ["id: may hold only letters, digits and dashes"]],
    [{ id: "T_2" }, ["id: may hold only letters, digits and dashes"]],
    [{ actor: " " }, ["actor: is empty but required"]],
    [{ claim_date: "" }, ["claim_date: is empty but required"]],
    [{ claim_date: "18.10.2024" }, ["claim_date: is not a valid date (expected YYYY-MM-DD, a real day)"]],
    [{ figure_low: "zwölf" }, ['figure_low: is not a number: "zwölf"']],
    [{ figure_low: "1.200.000" }, ['figure_low: is not a number: "1.200.000"']],
    [{ figure_low: "- 5" }, ['figure_low: must not be negative: "- 5"']],
    [{ figure_low: "12,5" }, ['figure_low: must be a whole number (no decimals, no thousands separator): "12,5"']],
    [{ figure_low: "12-15" }, ['figure_low: is not a number: "12-15"']],
    [{ figure_low: "ca. 12,5" }, ['figure_low: is not a number: "ca. 12,5"']],
    [{ figure_low: ".5" }, ['figure_low: must be a whole number (no decimals, no thousands separator): ".5"']],
    [{ figure_low: "12000", figure_high: "12001" }, []],
    [{ repeats: "T-2" }, ["repeats: names the row itself"]],
    [{ corroborated_by: "T-1,T-3" }, ["corroborated_by: must be ids separated by spaces"]],
    [{ corroborated_by: "T-1 -T3" }, ["corroborated_by: must be ids separated by spaces"]],
    [{ admits: "T-1" }, ["admits: must be empty unless status is acknowledged (is claim)"]],
    [{ status: "acknowledged", admits: "T-1  T-3" }, []],
    [{ status: "acknowledged" }, ["admits: is empty but status acknowledged needs the id(s) of the claims that it admits"]],
    [{ status: "acknowledged", repeats: "T-1" }, []],
    [{ status: "corroborated", repeats: "T-1" }, []],
    [{ evidence: "eins zwei drei vier fünf sechs sieben acht neun zehn" }, []],
    [
      { qualifier: "unquantified", basis: "" },
      ["figure_low: must be empty when qualifier is unquantified", "figure_high: must be empty when qualifier is unquantified"],
    ],
    [{ qualifier: "up_to", figure_low: "", figure_high: "" }, ['figure_high: is empty but "up_to" needs the upper bound']],
    [{ qualifier: "at_least", figure_low: "", figure_high: "" }, ['figure_low: is empty but "at_least" needs the lower bound']],
    [{ qualifier: "more_than" }, ['figure_high: must be empty for "more_than": the upper bound is unknown']],
    [
      { qualifier: "exact", figure_high: "" },
      ['figure_high: is empty but "exact" needs a figure (equal to figure_low for a single number)'],
    ],
    [
      { qualifier: "approx", figure_low: "" },
      ['figure_low: is empty but "approx" needs a figure (use qualifier unquantified for claims without a number)'],
    ],
  ])("claims.csv %j: %j", (cells, expected) => {
    expect(rowIssues("claims", validClaim, cells)).toEqual(expected);
  });

  it.each([
    [{ published: "2024-10-23" }, []],
    [{ published: "2024-10-23T16:03Z" }, []],
    [{ published: "2024-10-23T16:03:59-05:00" }, []],
    [{ published: "" }, ["published: is empty but required"]],
    [
      { published: "2024-10-23T24:00+02:00" },
      ["published: is not a valid date or date-time (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM+HH:MM)"],
    ],
    [{ published: "2024-10-23T16:60Z" }, ["published: is not a valid date or date-time (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM+HH:MM)"]],
    [
      { published: "2024-10-23T16:03+24:00" },
      ["published: is not a valid date or date-time (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM+HH:MM)"],
    ],
    [{ published: "2024-10-23T16:03" }, ["published: is not a valid date or date-time (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM+HH:MM)"]],
    [{ published: "2024-02-30T16:03Z" }, ["published: is not a valid date or date-time (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM+HH:MM)"]],
    [{ published: "am 2024-10-23" }, ["published: is not a valid date or date-time (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM+HH:MM)"]],
    [{ url: "ftp://example.org/a" }, ["url: is not an http(s) URL"]],
    [{ url: "https://example.org/a b" }, ["url: is not an http(s) URL"]],
    [{ url: "<https://example.org/a>" }, ["url: is not an http(s) URL"]],
    [{ url: "http://example.org" }, []],
    [{ seed: "yes" }, ['seed: must be "true" or "false"']],
  ])("sources.csv %j: %j", (cells, expected) => {
    expect(rowIssues("sources", validSource, cells)).toEqual(expected);
  });

  it.each([
    [{ lat: "43,1" }, ['lat: is not a decimal number: "43,1"']],
    [{ lat: "N43.1" }, ['lat: is not a decimal number: "N43.1"']],
    [{ lon: "131.9E" }, ['lon: is not a decimal number: "131.9E"']],
    [{ lat: "-90", lon: "-180" }, []],
    [{ lat: "-90.5" }, ["lat: -90.5 is out of range (−90 … 90)"]],
    [{ route_order: "0" }, ["route_order: must be 1 or more (positions start at 1)"]],
    [{ route_order: "" }, []],
  ])("places.csv %j: %j", (cells, expected) => {
    expect(rowIssues("places", validPlace, cells)).toEqual(expected);
  });

  it("limits chart labels: 16 characters for an actor's short name, 32 for an event's label", () => {
    expect(rowIssues("actors", validActor, { short_de: "x".repeat(16) })).toEqual([]);
    expect(rowIssues("actors", validActor, { short_en: "x".repeat(17) })).toEqual(["short_en: is longer than 16 characters"]);
    expect(rowIssues("events", validEvent, { label_de: "x".repeat(33) })).toEqual(["label_de: is longer than 32 characters"]);
  });
});

describe("CSV corner cases", () => {
  it("skips a blank line between rows instead of reading it as a row", () => {
    const { rows, issues } = parseCsv("id,name\na,A\n\nb,B\n", "t.csv", ["id"]);
    expect(rows.map((r) => r.cells["id"])).toEqual(["a", "b"]);
    expect(issues).toEqual([]);
  });
  it("reports text after a closing quote as an unbalanced quote on its line", () => {
    expect(() => parseCsv('id,note\na,"b"c\nd,e\n', "t.csv", ["id"])).toThrow(
      't.csv:2: (csv): unbalanced quote: a field opened with " on this line is never closed',
    );
  });
  it("reports a quote inside an unquoted field with the parser's words and its line", () => {
    expect(() => parseCsv('id,note\na,ok\nb,x"y"\n', "t.csv", ["id"])).toThrow(/\nt\.csv:3: \(csv\): Invalid Opening Quote/);
  });
});

/** A validated claim for the rule checks: the given fields over a plain figure by NIS. */
const ruleClaim = (c: Partial<Claim> & { id: string }): Claim => ({
  claim_date: "2024-10-20",
  date_precision: "day",
  actor: "nis",
  qualifier: "exact",
  figure_low: 100,
  figure_high: 100,
  measure: "sent",
  status: "claim",
  basis: "total",
  corroborated_by: [],
  admits: [],
  source: "src-a",
  evidence: "Beleg",
  added: "2026-11-27",
  ...c,
});
const actors = [
  { id: "nis", country: "KR", kind: "intelligence" },
  { id: "hur", country: "ua", kind: "intelligence" },
  { id: "ru", country: "ru", kind: "government" },
] satisfies Parameters<typeof claimRuleIssues>[2];
const rules = (claims: Claim[], allIds?: Set<string>) =>
  claimRuleIssues(
    "c.csv",
    claims.map((data, i) => ({ line: i + 2, data })),
    actors,
    allIds,
  ).map((i) => `${i.line}: ${i.field}: ${i.message}`);

describe("the status rule between rows", () => {
  it("tells a repeat to leave corroborated_by and admits to its original", () => {
    expect(rules([ruleClaim({ id: "A" }), ruleClaim({ id: "B", repeats: "A", corroborated_by: ["A"] })])).toContain(
      "3: repeats: a repeat takes its status from the original: leave corroborated_by and admits empty",
    );
    expect(rules([ruleClaim({ id: "A" }), ruleClaim({ id: "B", repeats: "A", admits: ["A"] })])).toEqual([
      "3: repeats: a repeat takes its status from the original: leave corroborated_by and admits empty",
    ]);
  });
  it("accepts a repeat and an admission made on the same day as their original", () => {
    expect(
      rules([
        ruleClaim({ id: "A" }),
        ruleClaim({ id: "B", repeats: "A" }),
        ruleClaim({ id: "C", actor: "ru", status: "acknowledged", admits: ["A"] }),
      ]),
    ).toEqual([]);
  });
  it("does not report again a reference to a row that failed its own checks", () => {
    const claims = [
      ruleClaim({ id: "A", repeats: "BAD" }),
      ruleClaim({ id: "B", status: "corroborated", actor: "hur", corroborated_by: ["BAD"] }),
      ruleClaim({ id: "C", actor: "ru", status: "acknowledged", admits: ["BAD"] }),
    ];
    expect(rules(claims, new Set(["A", "B", "C", "BAD"]))).toEqual([]);
    expect(rules(claims)).toEqual([
      '2: repeats: unknown claim "BAD"',
      '3: corroborated_by: unknown claim "BAD"',
      '4: admits: unknown claim "BAD"',
    ]);
  });
  it("leaves the corroboration of a claim by an unknown actor to the unknown-actor check", () => {
    expect(
      rules([ruleClaim({ id: "A", actor: "hur" }), ruleClaim({ id: "B", actor: "cia", status: "corroborated", corroborated_by: ["A"] })]),
    ).toEqual([]);
  });
  it("accepts an admission of a claim whose actor is unknown, and a corroboration by one", () => {
    expect(
      rules([
        ruleClaim({ id: "A", actor: "cia" }),
        ruleClaim({ id: "B", actor: "ru", status: "acknowledged", admits: ["A"] }),
        ruleClaim({ id: "C", status: "corroborated", corroborated_by: ["A"] }),
      ]),
    ).toEqual([]);
  });
  it("compares countries whatever their case", () => {
    expect(isIndependent({ country: "kr" }, { country: "KR", kind: "government" })).toBe(false);
    expect(isIndependent({ country: "KR" }, { country: "kr", kind: "government" })).toBe(false);
    expect(isIndependent({ country: "KR" }, { country: "ua", kind: "organisation" })).toBe(true);
    expect(isOwnSide({ country: "ru" })).toBe(true);
    expect(isOwnSide(undefined)).toBe(false);
  });
});

const field = (kind: Parameters<typeof tableFields>[0], name: string) => tableFields(kind).find((f) => f.name === name)!;

describe("the Data Package's columns", () => {
  it("declares every single-field reference the checks resolve as a foreign key", () => {
    expect(FOREIGN_KEYS).toEqual({
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
    });
  });
  it("declares an edition's date unique, a route position at least 1, and a free-text note without constraints", () => {
    expect(field("editions", "date")).toMatchObject({ type: "date", constraints: { required: true, unique: true } });
    expect(field("places", "route_order")).toMatchObject({ type: "integer", constraints: { minimum: 1 } });
    expect(field("places", "route_order").constraints!.required).toBeUndefined();
    expect(field("claims", "note")).toStrictEqual({ name: "note", type: "string", description: expect.any(String) });
    expect(field("actors", "short_de").constraints).toEqual({ required: true, maxLength: 16 });
    expect(field("sources", "published").constraints!.pattern).toMatch(/^\^/);
    expect(field("claims", "date_precision").constraints).toEqual({ required: true, enum: ["day", "week", "month"] });
  });
  it("refuses a typed column without a description", () => {
    const typed = z.string().pipe(dataFiles.actors.schema.shape.name_de);
    expect(() => tableField("name_de", typed)).toThrow("name_de: the field has no .describe() text");
  });
  it("counts the words of an evidence quote as a reader would", () => {
    expect(countWords("  eins\tzwei \n drei ")).toBe(3);
    expect(countWords("")).toBe(0);
  });
});

describe("the Data Package promises what the checks enforce", () => {
  const kinds = Object.keys(dataFiles) as (keyof typeof dataFiles)[];
  const shapeOf = (kind: keyof typeof dataFiles) => {
    let s: z.ZodTypeAny = dataFiles[kind].schema;
    while (s instanceof z.ZodEffects) s = s.innerType();
    return (s as z.AnyZodObject).shape as Record<string, z.ZodTypeAny>;
  };
  const accepts = (kind: keyof typeof dataFiles, name: string, cell: string) => shapeOf(kind)[name]!.safeParse(cell).success;

  it("declares a column required exactly when the check refuses it empty", () => {
    for (const kind of kinds)
      for (const f of tableFields(kind)) expect(f.constraints?.required === true, `${kind}.${f.name}`).toBe(!accepts(kind, f.name, ""));
  });
  it("declares the bounds the check enforces: minimum, maximum and maximum length", () => {
    for (const kind of kinds)
      for (const f of tableFields(kind)) {
        const c = f.constraints ?? {};
        const at = `${kind}.${f.name}`;
        if (c.minimum !== undefined) {
          expect(accepts(kind, f.name, String(c.minimum)), at).toBe(true);
          expect(accepts(kind, f.name, String(c.minimum - (f.type === "integer" ? 1 : 0.5))), at).toBe(false);
        }
        if (c.maximum !== undefined) {
          expect(accepts(kind, f.name, String(c.maximum)), at).toBe(true);
          expect(accepts(kind, f.name, String(c.maximum + 0.5)), at).toBe(false);
        }
        if (c.maxLength !== undefined) {
          expect(accepts(kind, f.name, "x".repeat(c.maxLength)), at).toBe(true);
          expect(accepts(kind, f.name, "x".repeat(c.maxLength + 1)), at).toBe(false);
        }
      }
    expect(field("places", "lon").constraints).toMatchObject({ minimum: -180, maximum: 180 });
  });
  it("declares types a reader can cast: whole numbers, decimals, days and true/false", () => {
    const typed = (type: string) =>
      kinds.flatMap((kind) =>
        tableFields(kind)
          .filter((f) => f.type === type)
          .map((f) => `${kind}.${f.name}`),
      );
    expect(typed("integer")).toEqual(["claims.figure_low", "claims.figure_high", "places.route_order"]);
    expect(typed("number")).toEqual(["places.lat", "places.lon"]);
    expect(typed("boolean")).toEqual(["sources.title_verbatim", "sources.seed", "places.approx", "events.chart"]);
    expect(typed("date")).toEqual([
      "claims.claim_date",
      "claims.added",
      "sources.added",
      "events.date",
      "events.added",
      "corrections.date",
      "editions.date",
    ]);
  });
  it("declares ids and edition dates unique, and nothing else", () => {
    const unique = kinds.flatMap((kind) =>
      tableFields(kind)
        .filter((f) => f.constraints?.unique)
        .map((f) => `${kind}.${f.name}`),
    );
    expect(unique).toEqual([...kinds.map((k) => `${k}.id`), "editions.date"]);
  });
  it("publishes patterns that accept and refuse what the checks do", () => {
    const pattern = (kind: keyof typeof dataFiles, name: string) => new RegExp(field(kind, name).constraints!.pattern!);
    expect(pattern("claims", "id").test("S001-01")).toBe(true);
    expect(pattern("claims", "id").test("S001 01")).toBe(false);
    expect(pattern("claims", "corroborated_by").test("T-1 T-3")).toBe(true);
    expect(pattern("claims", "corroborated_by").test("")).toBe(true);
    expect(pattern("claims", "corroborated_by").test("T-1,T-3")).toBe(false);
    expect(pattern("sources", "published").test("2024-10-23T16:03+02:00")).toBe(true);
    expect(pattern("sources", "published").test("23.10.2024")).toBe(false);
  });
});

describe("the values a column accepts", () => {
  const enumOf = (kind: keyof typeof dataFiles, name: string) => field(kind, name).constraints!.enum!;
  it("are every value the site has words for: measures, statuses, bases, kinds of source", () => {
    expect(enumOf("claims", "measure")).toEqual(Object.keys(de.measure));
    expect(enumOf("claims", "status")).toEqual(Object.keys(de.status));
    expect(enumOf("claims", "basis")).toEqual(Object.keys(de.basis));
    expect(enumOf("sources", "kind")).toEqual(Object.keys(de.sourceKind));
  });
  it("are the documented kinds of actor and place, qualifiers and precisions", () => {
    expect(enumOf("actors", "kind")).toEqual(["intelligence", "government", "military", "organisation", "person", "media", "anonymous"]);
    expect(enumOf("places", "kind")).toEqual(["capital", "city", "port", "training", "front", "summit"]);
    expect(enumOf("places", "prominence")).toEqual(["main", "secondary"]);
    expect(enumOf("claims", "qualifier")).toEqual(["exact", "approx", "up_to", "at_least", "more_than", "unquantified"]);
    expect(enumOf("claims", "date_precision")).toEqual(["day", "week", "month"]);
    expect(enumOf("events", "date_precision")).toEqual(["day", "week", "month"]);
    expect(enumOf("sources", "published_precision")).toEqual(["minute", "day", "month"]);
  });
});
