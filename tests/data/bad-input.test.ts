// Every kind of bad input fails with `file:line: field: message`, and one bad row never hides the others.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/build/dataset";
import { DataError } from "../../src/lib/data/errors";

const VALID = "tests/fixtures/valid";

/** Copies the valid fixture to a temp folder, lets `edit` change one file, returns the folder. */
function fixtureWith(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), "nk-data-"));
  cpSync(VALID, dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), "utf8")));
  return dir;
}

/** Loads a folder and returns the error lines (fails the test if loading succeeds). */
function errorsOf(dir: string): string[] {
  try {
    loadDataset(dir, "data");
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as DataError).message.split("\n").slice(1);
  }
  throw new Error("expected the data to be rejected");
}

const replaceLine = (n: number, line: string) => (text: string) => {
  const lines = text.split("\n");
  lines[n - 1] = line;
  return lines.join("\n");
};

describe("the valid fixture", () => {
  it("loads every row", () => {
    const data = loadDataset(VALID);
    expect(data.claims.map((c) => c.id)).toEqual(["T-1", "T-2", "T-3", "T-4", "T-5", "T-6"]);
    expect(data.claims[2]!.figure_low).toBeUndefined();
    expect(data.claims[2]!.note).toBe('Ein Feld mit Komma, und "Anführungszeichen"');
    expect(data.claims[2]!.note_en).toBe('A field with a comma, and "quotation marks"');
  });
});

describe("bad input", () => {
  it("unbalanced quote", () => {
    const dir = fixtureWith(
      "claims.csv",
      replaceLine(3, 'T-2,2024-10-18,day,nis,approx,12000,12000,planned_total,claim,,src-a,"rund 12.000,'),
    );
    expect(errorsOf(dir)).toEqual(['data/claims.csv:3: (csv): unbalanced quote: a field opened with " on this line is never closed']);
  });
  it("wrong column count, and the other rows are still checked", () => {
    const dir = fixtureWith("claims.csv", (t) =>
      replaceLine(3, "T-2,2024-10-18,day,nis,approx,12000")(t).replace("T-5,2024-12-19", "T-5,2024-13-19"),
    );
    expect(errorsOf(dir)).toEqual([
      "data/claims.csv:3: (csv): row has 6 cells, the header has 19 columns",
      expect.stringMatching(/^data\/claims\.csv:6: claim_date: is not a valid date/),
    ]);
  });
  it("too many cells, in a file others refer to: reported once, not again under every reference", () => {
    // sources.csv line 2 gets an extra cell; the claims citing it are not reported as unknown source.
    const dir = fixtureWith("sources.csv", (t) => replaceLine(2, `${t.split("\n")[1]},extra`)(t));
    expect(errorsOf(dir)).toEqual(["data/sources.csv:2: (csv): row has 14 cells, the header has 13 columns"]);
  });
  it("unknown actor, source and place ids", () => {
    const dir = fixtureWith(
      "claims.csv",
      replaceLine(2, "T-1,2024-10-18,day,cia,exact,1500,1500,sent,claim,total,,,,atlantis,src-zz,1.500 Soldaten,,,2026-11-27"),
    );
    expect(errorsOf(dir)).toEqual([
      'data/claims.csv:2: actor: unknown actor "cia" (not in actors.csv)',
      'data/claims.csv:2: place: unknown place "atlantis" (not in places.csv)',
      'data/claims.csv:2: source: unknown source "src-zz" (not in sources.csv)',
    ]);
  });
  // One edit of the valid fixture each: [what, file, text in it, replaced by, the errors expected].
  const ELEVEN_WORDS = "eins zwei drei vier fünf sechs sieben acht neun zehn elf";
  it.each<[string, string, string, string, (string | RegExp)[]]>([
    ["duplicate id", "claims.csv", "T-2,", "T-1,", ['data/claims.csv:3: id: duplicate id "T-1" (first used on line 2)']],
    [
      "figure not a whole number",
      "claims.csv",
      "approx,12000,12000",
      "approx,12000.5,12000",
      [/^data\/claims\.csv:3: figure_low: must be a whole number/],
    ],
    [
      "thousands separator is not a number we guess at",
      "claims.csv",
      "approx,12000,12000",
      "approx,12.000,12000",
      [/^data\/claims\.csv:3: figure_low: must be a whole number/],
    ],
    [
      "negative figure",
      "claims.csv",
      "exact,1500,1500",
      "exact,-1500,1500",
      ['data/claims.csv:2: figure_low: must not be negative: "-1500"'],
    ],
    [
      "low > high",
      "claims.csv",
      "approx,1000,3000",
      "approx,3000,1000",
      ["data/claims.csv:6: figure_low: 3000 is greater than figure_high 1000"],
    ],
    ["invalid date", "claims.csv", "T-2,2024-10-18", "T-2,2024-02-30", [/^data\/claims\.csv:3: claim_date: is not a valid date/]],
    [
      "claim dated after its source",
      "claims.csv",
      "T-2,2024-10-18",
      "T-2,2024-10-25",
      ['data/claims.csv:3: claim_date: 2024-10-25 is after its source "src-a" was published (2024-10-23)'],
    ],
    [
      "latitude and longitude out of range",
      "places.csv",
      "43.1155,131.8855",
      "93.1155,181.8855",
      ["data/places.csv:2: lat: 93.1155 is out of range (−90 … 90)", "data/places.csv:2: lon: 181.8855 is out of range (−180 … 180)"],
    ],
    [
      "missing required column",
      "claims.csv",
      ",evidence,",
      ",evidenz,",
      ["data/claims.csv:1: evidence: required column is missing from the header"],
    ],
    [
      "evidence quote over ten words",
      "claims.csv",
      "rund 12.000 Soldaten",
      ELEVEN_WORDS,
      ["data/claims.csv:3: evidence: has 11 words, at most 10 are allowed"],
    ],
    [
      "qualifier that contradicts the bounds",
      "claims.csv",
      "up_to,,12000",
      "up_to,5000,12000",
      [/^data\/claims\.csv:4: figure_low: must be empty for "up_to"/],
    ],
  ])("%s", (_, file, from, to, expected) => {
    const original = readFileSync(join(VALID, file), "utf8");
    expect(original, `the fixture's ${file} holds "${from}"`).toContain(from);
    const dir = fixtureWith(file, (t) => t.replace(from, to));
    expect(errorsOf(dir)).toEqual(expected.map((e) => (typeof e === "string" ? e : expect.stringMatching(e))));
  });
  it("an empty cell is never read as 0", () => {
    const dir = fixtureWith("claims.csv", (t) => t.replace("exact,1500,1500", "exact,,1500"));
    expect(errorsOf(dir)).toEqual([expect.stringMatching(/^data\/claims\.csv:2: figure_low: is empty but "exact" needs a figure/)]);
    // and where empty is allowed it stays undefined, not 0
    expect(loadDataset(VALID).claims.find((c) => c.id === "T-4")!.figure_high).toBeUndefined();
  });
  it("an empty file", () => {
    const dir = fixtureWith("claims.csv", () => "");
    expect(errorsOf(dir)).toEqual(["data/claims.csv:1: (csv): file is empty: the header line is missing"]);
  });
  it("a missing file, reported with line 0, and the other files still checked", () => {
    const dir = fixtureWith("claims.csv", (t) => t.replace("exact,1500,1500", "exact,-1500,1500"));
    rmSync(join(dir, "events.csv"));
    expect(errorsOf(dir)).toEqual([
      'data/claims.csv:2: figure_low: must not be negative: "-1500"',
      "data/events.csv:0: (file): file is missing or unreadable",
    ]);
  });
  it("reports every problem at once, with lines of multi-line rows", () => {
    const dir = fixtureWith("claims.csv", (t) =>
      t
        .replace('"Ein Feld mit Komma', '"Zeile eins\nZeile zwei, Komma')
        .replace("more_than,11000,", "more_than,-11000,")
        .replace("T-6,2024-10-22", "T-6,2024-10-32"),
    );
    const errors = errorsOf(dir);
    expect(errors).toEqual([
      'data/claims.csv:6: figure_low: must not be negative: "-11000"',
      expect.stringMatching(/^data\/claims\.csv:8: claim_date: is not a valid date/),
    ]);
  });
  it("a broken reference in an English text names the English field", () => {
    const dir = fixtureWith("places.csv", (t) => t.replace("Ankunftshafen.,Port of arrival.", "Hafen ({date:NOPE}).,Port ({date:NOPE})."));
    expect(errorsOf(dir)).toEqual([
      'data/places.csv:2: description_de: {date:NOPE}: no claim or event has the id "NOPE"',
      'data/places.csv:2: description_en: {date:NOPE}: no claim or event has the id "NOPE"',
    ]);
  });
  it("an English text and its German twin hold the same references, each as often", () => {
    const places = fixtureWith("places.csv", (t) =>
      t.replace("Ankunftshafen.,Port of arrival.", "Ankunft {laut:T-1} am {date:T-1}.,Arrived on {date:T-1} {date:T-1}."),
    );
    expect(errorsOf(places)).toEqual([
      "data/places.csv:2: description_en: {laut:T-1} appears 0 times here but once in description_de: both languages need the same references",
      "data/places.csv:2: description_en: {date:T-1} appears 2 times here but once in description_de: both languages need the same references",
    ]);
    const events = fixtureWith("events.csv", (t) => t.replace("mutual defence treaty.", "mutual defence treaty ({figure:T-2} troops)."));
    expect(errorsOf(events)).toEqual([
      "data/events.csv:2: title_en: {figure:T-2} appears once here but 0 times in title_de: both languages need the same references",
    ]);
  });
  it("a note and its English translation come together, in claims and in sources", () => {
    const claims = fixtureWith("claims.csv", (t) =>
      t
        .replace(",“am vergangenen Freitag” (last Friday) = 18 October 2024,", ",,")
        .replace("rund 12.000 Soldaten,,,", "rund 12.000 Soldaten,,Roughly,"),
    );
    expect(errorsOf(claims)).toEqual([
      "data/claims.csv:2: note_en: is empty but note has text: add its English translation",
      "data/claims.csv:3: note_en: has text but note is empty: it must translate the note",
    ]);
    const noteOnly = fixtureWith("sources.csv", (t) => t.replace("false,,,2026-11-27", "false,Titel aus der Adresse.,,2026-11-27"));
    expect(errorsOf(noteOnly)).toEqual(["data/sources.csv:3: note_en: is empty but note has text: add its English translation"]);
    const englishOnly = fixtureWith("sources.csv", (t) => t.replace("false,,,2026-11-27", "false,,Title from the address.,2026-11-27"));
    expect(errorsOf(englishOnly)).toEqual(["data/sources.csv:3: note_en: has text but note is empty: it must translate the note"]);
  });
  it("names an edition for every added row and every correction", () => {
    const dir = fixtureWith("claims.csv", (t) => t.replace(/,2026-11-27\n/, ",2026-11-28\n"));
    expect(errorsOf(dir)).toEqual(["data/claims.csv:2: added: 2026-11-28 is not the date of an edition in editions.csv (2026-11-27)"]);
  });
});
