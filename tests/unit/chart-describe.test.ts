// The words around the figures come from the data: headlines, takeaway, descriptions, caption, table rows,
// source line, Stand. None of them ever names a repeat, an addition or a subset as first, highest or latest.
import { beforeEach, describe, expect, it } from "vitest";
import {
  caption,
  dataStand,
  headline,
  longDescription,
  lossHeadline,
  placeCounts,
  shortDescription,
  sourceLine,
  subtitleParts,
  tableRows,
  takeaway,
} from "../../src/lib/chart/describe";
import { chartModel } from "../../src/lib/chart/model";
import { loadDataset } from "../../src/build/dataset";
import { synthetic } from "./chart-fixtures";

describe("chart texts", () => {
  let model!: ReturnType<typeof chartModel>;
  beforeEach(() => {
    model = chartModel(synthetic, "de");
  });

  it("states the finding as headline: from the first to the highest total of the default view", () => {
    expect(headline(synthetic, "de")).toBe("Schätzungen: von 1.500 auf rund 12.500 Soldaten");
    expect(takeaway(synthetic, "de")).toBe(
      "Die Angaben zu entsandten Soldaten wuchsen von 1.500 (NIS, 18.10.2024) auf rund 12.500 (Generalstab ROK, 30.10.2024) – jede Zahl ist die Angabe einer Seite, keine unabhängige Zählung.",
    );
    const noMain = { ...synthetic, claims: synthetic.claims.filter((c) => c.measure !== "sent" && c.measure !== "in_russia") };
    expect(headline(noMain, "de")).toBe("Gemeldete Zahlen nordkoreanischer Soldaten in Russland");
    expect(takeaway(noMain, "de")).toMatch(/^Jede Zahl/);
  });

  it("computes the real headline from data/, as the review asked for", () => {
    const data = loadDataset("data");
    expect(headline(data, "de")).toMatch(/^Schätzungen: von [\d.]+ auf .+ Soldaten$/);
    expect(lossHeadline(data, "de")).toMatch(/^Verluste: zuletzt .+ Getötete$/);
  });

  it("puts the colour key in the subtitle as coloured words, media and anonymous sources last and grey", () => {
    const parts = subtitleParts(model, "de");
    const words = parts.filter((p) => p.group).map((p) => [p.group, p.text]);
    expect(words).toEqual([
      ["kr", "Südkorea"],
      ["ua", "Ukraine"],
      ["us", "USA"],
      ["west", "Westen/NATO"],
      ["rk", "Russland/Nordkorea"],
    ]);
    expect(parts.map((p) => p.text).join("")).toMatch(
      /^Jeder Punkt ist die Angabe einer Seite an einem Tag, keine unabhängige Zählung\. Farbe = Herkunft: Südkorea, .*Russland\/Nordkorea\.$/,
    );
  });

  it("sums the default view up in one sentence", () => {
    const main = model.items.filter((i) => i.place === "main");
    expect(shortDescription(model, "de")).toBe(
      `Punktdiagramm: ${main.length} Angaben von ${new Set(main.map((i) => i.claim.actor)).size} Stellen zu entsandten und in Russland stationierten Soldaten, vom 18.10.2024 bis 27.02.2025.`,
    );
  });

  it("describes encoding, the annotation rule, each panel, the lane, status, events and what is left to the table", () => {
    const long = longDescription(model, synthetic, "de").join("\n");
    expect(long).toContain("ein Winkel unter dem Punkt „bis zu“");
    expect(long).toMatch(
      /Beschriftet sind nach fester Regel die erste, die höchste .* Beschriftet: 1\.500 \(NIS, 18\.10\.2024\); rund 12\.500 \(Generalstab ROK, 30\.10\.2024\);/,
    );
    expect(long).toContain("Die erste Zahl nannte NIS am 18.10.2024: 1.500 (entsandt).");
    expect(long).toContain("Verluste: Getötete: 3 Angaben.");
    expect(long).toContain("Aussagen ohne Zahl");
    expect(long).toContain("Vertrag Moskau–Pjöngjang (19.06.2024)");
    expect(long).not.toContain("Nicht in der Grafik");
    expect(long).toContain(`Nur in der Tabelle, nicht in der Grafik: ${model.tableOnly.length} Zeilen`);
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
    const m = chartModel(data, "de");
    const texts = [headline(data, "de"), lossHeadline(data, "de"), takeaway(data, "de"), ...longDescription(m, data, "de")].join("\n");
    expect(texts).not.toContain("99.000");
    expect(texts).not.toContain("31.12.2025");
    expect(m.items.map((i) => i.claim.id)).not.toEqual(expect.arrayContaining(["X-add"]));
    const rows = tableRows(data, "de");
    expect(rows.find((r) => r.id === "X-add")).toMatchObject({
      placeLabel: "nur Tabelle: Zusatz, keine Gesamtzahl",
      basis: "Zusatz zu einer früheren Zahl",
    });
    expect(rows.find((r) => r.id === "X-sub")!.placeLabel).toBe("nur Tabelle: Teilmenge");
    expect(rows.find((r) => r.id === "X-rep")).toMatchObject({ placeLabel: "nur Tabelle: Wiederholung", repeats: "F-01" });
  });

  it("gives every row exactly one place, and the caption's counts add up to the table", () => {
    for (const data of [synthetic, loadDataset("data")]) {
      const m = chartModel(data, "de");
      const c = placeCounts(m, data);
      expect(c.main + c.panels + c.lane + c.losses + c.table).toBe(c.rows);
      expect(c.rows).toBe(tableRows(data, "de").length);
      expect(caption(m, data, "de")).toBe(
        `${c.rows} Angaben: ${c.main} im Hauptbild, ${c.panels} in den Panels, ${c.lane} ohne Zahl, ${c.losses} in der Verlustgrafik, ${c.table} nur in der Tabelle.`,
      );
      const labels = tableRows(data, "de").map((r) => r.placeLabel);
      expect(labels.filter((l) => l.startsWith("Hauptbild")).length).toBe(c.main);
      expect(labels.filter((l) => l.startsWith("nur Tabelle")).length).toBe(c.table);
    }
  });

  it("makes one table row per claim, by date, with figure, measure, status and source", () => {
    const rows = tableRows(synthetic, "de");
    expect(rows.map((r) => r.id).sort()).toEqual(synthetic.claims.map((c) => c.id).sort());
    expect(rows.map((r) => r.iso)).toEqual([...rows.map((r) => r.iso)].sort());
    const up = rows.find((r) => r.figure === "bis zu 12.000")!;
    expect(up).toMatchObject({ who: "US-Regierung", measure: "in Russland", status: "Behauptung", place: "main" });
    expect(rows.find((r) => r.measure === "Offiziere")!.placeLabel).toBe("nur Tabelle");
    expect(rows.find((r) => r.source.id === "s2")!.source).toMatchObject({
      outlet: "Yonhap",
      url: "https://example.org/2",
      date: "02.09.2025",
    });
  });

  it("names the most frequent actors in the source line and takes the newest document as Stand", () => {
    expect(sourceLine(synthetic, "de")).toMatch(/^Quelle: Angaben von NIS, US-Regierung, HUR, Russland u\. a\., zitiert nach 2 Dokumenten/);
    // The document count is that of the whole dataset, the same number the sources page shows.
    expect(sourceLine({ ...synthetic, claims: synthetic.claims.slice(0, 1) }, "de")).toMatch(/zitiert nach 2 Dokumenten/);
    expect(dataStand(synthetic)).toBe("2025-09-02");
  });
});
