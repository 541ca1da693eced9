// References in data texts: {date:ID}, {figure:ID}, {laut:ID} resolve to what the rows say, and broken ones are named.
import { describe, expect, it } from "vitest";
import { expandRefs, refIds, refProblems, refTokens } from "../../src/lib/refs";
import { ACTORS, claim } from "./map-fixtures";
import type { DatedEvent } from "../../src/lib/data/schema";

const claims = [
  claim({ id: "C-1", claim_date: "2024-10-18", qualifier: "approx", figure_low: 1500, figure_high: 1500 }),
  claim({
    id: "C-2",
    claim_date: "2025-06-15",
    date_precision: "month",
    qualifier: "unquantified",
    figure_low: undefined,
    figure_high: undefined,
  }),
];
const events: DatedEvent[] = [
  {
    id: "E-1",
    date: "2024-06-19",
    date_precision: "day",
    label_de: "Vertrag",
    label_en: "Treaty",
    title_de: "Vertrag.",
    title_en: "Treaty.",
    source: "src-a",
    chart: false,
    added: "2026-11-27",
  },
];
const data = { claims, events, actors: ACTORS };

describe("expandRefs", () => {
  it("spells out dates of claims and events as precise as they are known, figures and attributions", () => {
    expect(expandRefs("Am {date:E-1} und am {date:C-1}; im {date:C-2}.", data, "de")).toBe(
      "Am 19.06.2024 und am 18.10.2024; im Juni 2025.",
    );
    expect(expandRefs("Es kamen {figure:C-1} Soldaten an ({laut:C-1}).", data, "de")).toBe(
      "Es kamen rund 1.500 Soldaten an (laut NIS, 18.10.2024).",
    );
  });
  it("refuses to print a reference it cannot resolve", () => {
    expect(() => expandRefs("{date:NOPE}", data, "de")).toThrow(/cannot resolve \{date:NOPE\}/);
    expect(() => expandRefs("{figure:C-2}", data, "de")).toThrow(/cannot resolve/);
  });
});

describe("refProblems", () => {
  it("names every broken reference, and finds none in a sound text", () => {
    expect(refProblems("Am {date:C-1}, {figure:C-1}, {laut:C-1}.", data)).toEqual([]);
    expect(refProblems("{date:NOPE} {figure:E-1} {figure:C-2} {when:C-1} {oops", data)).toEqual([
      '{date:NOPE}: no claim or event has the id "NOPE"',
      '{figure:E-1}: "figure" needs a claim id, "E-1" is an event',
      '{figure:C-2}: claim "C-2" has no figure',
      '{when:C-1}: unknown reference kind "when" (use date, figure, laut)',
      'a "{" outside a {kind:ID} reference',
    ]);
  });
  it("lists the ids a text refers to", () => {
    expect(refIds("{date:E-1} und {figure:C-1}")).toEqual(["E-1", "C-1"]);
    expect(refTokens("{date:E-1} und {figure:C-1} {oops")).toEqual(["{date:E-1}", "{figure:C-1}"]);
  });
});
