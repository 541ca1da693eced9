// The words around the chart come from the data: takeaway, descriptions, table rows, source line, Stand.
import { describe, expect, it } from "vitest";
import { dataStand, longDescription, shortDescription, sourceLine, tableRows, takeaway } from "../../src/lib/chart/describe";
import { CHART_MEASURES } from "../../src/lib/chart/config";
import { chartModel } from "../../src/lib/chart/model";
import { synthetic } from "./chart-fixtures";

describe("chart texts", () => {
  const model = chartModel(synthetic);
  // Expected counts from the fixture itself, not from the model under test.
  const drawn = synthetic.claims.filter((c) => CHART_MEASURES.includes(c.measure));

  it("says how the figures for soldiers sent grew, from the first to the highest", () => {
    expect(takeaway(synthetic)).toBe(
      "Die Angaben zu entsandten Soldaten wuchsen von 1.500 (NIS, 18.10.2024) auf rund 12.500 (Generalstab ROK, 30.10.2024) – jede Zahl ist die Angabe einer Seite, keine unabhängige Zählung.",
    );
    expect(takeaway({ ...synthetic, claims: synthetic.claims.filter((c) => c.measure !== "sent") })).toMatch(/^Jede Zahl/);
  });

  it("sums the chart up in one sentence", () => {
    expect(shortDescription(model)).toBe(
      `Punktdiagramm: ${drawn.length} Angaben von 6 Stellen zu Truppenstärke und Verlusten, vom 18.10.2024 bis 02.09.2025.`,
    );
  });

  it("describes both panels, the status counts, the events and what is left to the table", () => {
    const long = longDescription(model, synthetic).join("\n");
    expect(long).toContain("Die erste Zahl nannte NIS am 18.10.2024: 1.500 (entsandt).");
    expect(long).toContain("Die höchste Zahl nannte Generalstab ROK am 30.10.2024: rund 12.500 (entsandt).");
    expect(long).toContain("Verluste: 6 Angaben (getötet, verwundet, beides zusammen). Die erste");
    expect(long).toContain("Soldaten: 20 Angaben (entsandt, in Russland, in Ausbildung, an der Front, geplant), davon 3 ohne Zahl.");
    expect(long).toContain("Vertrag Moskau–Pjöngjang (19.06.2024)");
    expect(long).not.toContain("Nicht in der Grafik");
    expect(long).toContain("Nur in der Tabelle, nicht in der Grafik: 3 Zeilen");
    const counted = drawn.filter((c) => c.status === "acknowledged").length;
    expect(counted).toBeGreaterThan(0);
    expect(long).toContain(`von Russland oder Nordkorea eingeräumt`);
    expect(long).toMatch(new RegExp(`, ${counted} von Russland`));
  });

  it("never names a repeat, an addition or a subset as the first, highest or latest figure", () => {
    // Later and larger than every total: each would win "latest" or "highest" if the texts did not skip it.
    const odd = (id: string, extra: Partial<(typeof synthetic.claims)[number]>) => ({
      ...synthetic.claims[0]!,
      id,
      claim_date: "2025-12-31",
      qualifier: "exact" as const,
      figure_low: 99000,
      figure_high: 99000,
      measure: "sent" as const,
      status: "claim" as const,
      ...extra,
    });
    const claims = [
      ...synthetic.claims,
      odd("X-add", { basis: "addition" }),
      odd("X-sub", { basis: "subset", measure: "killed" }),
      odd("X-rep", { repeats: "F-01" }),
    ];
    const data = { ...synthetic, claims };
    const texts = [takeaway(data), ...longDescription(chartModel(data), data)].join("\n");
    expect(texts).not.toContain("99.000");
    expect(texts).not.toContain("31.12.2025");
    expect(chartModel(data).items.map((i) => i.claim.id)).not.toEqual(expect.arrayContaining(["X-add"]));
    const rows = tableRows(data);
    expect(rows.find((r) => r.id === "X-add")).toMatchObject({ panelLabel: "nur Tabelle: Zusatz, keine Gesamtzahl", basis: "Zusatz zu einer früheren Zahl" });
    expect(rows.find((r) => r.id === "X-sub")!.panelLabel).toBe("nur Tabelle: Teilmenge");
    expect(rows.find((r) => r.id === "X-rep")).toMatchObject({ panelLabel: "nur Tabelle: Wiederholung", repeats: "F-01" });
  });

  it("writes a date as precisely as it is known", () => {
    const claims = synthetic.claims.map((c) => (c.id === "F-01" ? { ...c, date_precision: "week" as const } : c));
    const long = longDescription(chartModel({ ...synthetic, claims }), { ...synthetic, claims }).join("\n");
    expect(long).toContain("Die erste Zahl nannte NIS um den 18.10.2024: 1.500 (entsandt).");
  });

  it("makes one table row per claim, by date, with figure, measure, status and source", () => {
    const rows = tableRows(synthetic);
    expect(rows.map((r) => r.id).sort()).toEqual(synthetic.claims.map((c) => c.id).sort());
    expect(rows.map((r) => r.iso)).toEqual([...rows.map((r) => r.iso)].sort());
    const up = rows.find((r) => r.figure === "bis zu 12.000")!;
    expect(up).toMatchObject({ who: "US-Regierung", measure: "in Russland", status: "Behauptung", panelLabel: "Soldaten" });
    expect(rows.find((r) => r.measure === "Offiziere")!.panelLabel).toBe("nur Tabelle");
    expect(rows.find((r) => r.source.id === "s2")!.source).toMatchObject({ outlet: "Yonhap", url: "https://example.org/2", date: "02.09.2025" });
  });

  it("names the most frequent actors in the source line and takes the newest document as Stand", () => {
    expect(sourceLine(synthetic)).toMatch(/^Quelle: Angaben von NIS, US-Regierung, HUR, Russland u\. a\., zitiert nach 2 Dokumenten/);
    // The document count is that of the whole dataset, the same number the sources page shows.
    expect(sourceLine({ ...synthetic, claims: synthetic.claims.slice(0, 1) })).toMatch(/zitiert nach 2 Dokumenten/);
    expect(dataStand(synthetic)).toBe("2025-09-02");
  });
});
