// The words around the figures come from the data: headlines, takeaway, descriptions, caption, table rows,
// source line, Stand. None of them ever names a repeat, an addition or a subset as first, highest or latest.
import { beforeEach, describe, expect, it } from "vitest";
import {
  caption,
  dataStand,
  headline,
  longDescription,
  lossHeadline,
  lossSubtitle,
  placeCounts,
  shortDescription,
  shortMore,
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
    // Ten claims in the default view (F-01, 03, 05, 08, 15, 16, 23, 24, 26, 27) by six actors.
    expect(shortDescription(model, "de")).toBe(
      "Punktdiagramm: 10 Angaben von 6 Stellen zu entsandten und in Russland stationierten Soldaten, vom 18.10.2024 bis 27.02.2025.",
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
    expect(long).toContain("Nur in der Tabelle, nicht in der Grafik: 1 Zeilen"); // F-09, officers
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

// Word for word on the synthetic fixture. Each expected text was checked by hand against chart-fixtures.ts:
// e.g. the default view holds F-01, F-03, F-05, F-08, F-15, F-16, F-23, F-24, F-26 and F-27 (ten), three of
// them by the US government; the front panel's highest is a tie at 11,000 (HUR on 28.10., NIS "mehr als" on
// 20.11.), which goes to the first to say it.
describe("chart texts, word for word", () => {
  const model = chartModel(synthetic, "de");

  it("writes the long description panel by panel", () => {
    const long = longDescription(model, synthetic, "de");
    expect(long[0]).toMatch(
      /^Waagerecht steht das Datum.*Die Farbe zeigt die Herkunft \(Südkorea; Ukraine; USA; Westen\/NATO; Russland\/Nordkorea\)\./,
    );
    expect(long[1]).toMatch(
      /Beschriftet: 1\.500 \(NIS, 18\.10\.2024\); rund 12\.500 \(Generalstab ROK, 30\.10\.2024\); 1\.000 bis 3\.000 \(Generalstab ROK, 27\.02\.2025\); rund 12\.000 \(HUR, 24\.10\.2024\); bis zu 12\.000 \(US-Regierung, 08\.01\.2025\); rund 3\.500 \(NATO, 26\.10\.2024\)\.$/,
    );
    expect(long.slice(2)).toEqual([
      "Hauptbild (entsandt / in Russland): 10 Angaben. Die erste Zahl nannte NIS am 18.10.2024: 1.500 (entsandt). Die höchste Zahl nannte Generalstab ROK am 30.10.2024: rund 12.500 (entsandt). Die jüngste Zahl nannte Generalstab ROK am 27.02.2025: 1.000 bis 3.000 (entsandt). Die meisten Angaben stammen von US-Regierung (3).",
      "Panel: Front / Ausbildung: 5 Angaben. Die erste Zahl nannte NIS am 23.10.2024: 3.000 (in Ausbildung). Die höchste Zahl nannte HUR am 28.10.2024: 11.000 (in Ausbildung). Die jüngste Zahl nannte NIS am 20.11.2024: mehr als 11.000 (an der Front / in Kursk). Die meisten Angaben stammen von NIS (2).",
      "Panel: geplant: 2 Angaben. Die erste Zahl nannte NIS am 18.10.2024: rund 12.000 (geplant insgesamt). Die höchste Zahl nannte NIS am 18.10.2024: rund 12.000 (geplant insgesamt). Die jüngste Zahl nannte Russland am 17.06.2025: 5.000 (geplant insgesamt). Die meisten Angaben stammen von NIS (1).",
      // The latest killed figure is also the highest: no third sentence.
      "Verluste: Getötete: 3 Angaben. Die erste Zahl nannte NIS am 19.12.2024: mindestens 100 (getötet). Die höchste Zahl nannte NIS am 02.09.2025: rund 2.000 (getötet). Die meisten Angaben stammen von NIS (2).",
      "Verluste: Getötete + Verwundete: 2 Angaben. Die erste Zahl nannte HUR am 20.12.2024: 1.200 (Getötete und Verwundete). Die höchste Zahl nannte HUR am 20.12.2024: 1.200 (Getötete und Verwundete). Die jüngste Zahl nannte Generalstab ROK am 23.12.2024: rund 1.100 (Getötete und Verwundete). Die meisten Angaben stammen von Generalstab ROK (1).",
      "Verluste: Verwundete: 1 Angaben. Die erste Zahl nannte NIS am 19.12.2024: rund 1.000 (verwundet). Die höchste Zahl nannte NIS am 19.12.2024: rund 1.000 (verwundet). Die meisten Angaben stammen von NIS (1).",
      "In einer eigenen Zeile, außerhalb jeder Zahlenachse: 5 Aussagen ohne Zahl (Bestätigungen, Dementis, „Tausende“).",
      // 28 drawn claims: F-01 and F-03 corroborated; F-17, F-18 and F-26 acknowledged; 23 claims.
      "Wie gesichert eine Angabe ist, steht in Tooltip und Tabelle: 2 Angaben sind von Dritten bestätigt, 3 von Russland oder Nordkorea eingeräumt, die übrigen 23 sind Behauptungen einer Seite.",
      "Als Linien markiert: Vertrag Moskau–Pjöngjang (19.06.2024), Duma ratifiziert Vertrag (24.10.2024), Russland bestätigt Einsatz (26.04.2025), Nordkorea bestätigt Einsatz (28.04.2025).",
      "Nur in der Tabelle, nicht in der Grafik: 1 Zeilen – Angaben zu Offizieren, Generälen und andere Zahlen ohne Truppenstärke, Zusätze zu früheren Zahlen, Teilmengen und Wiederholungen anderer Zeilen.",
    ]);
  });

  it("says 'um den' for a week and names the month for a month, and leaves out empty panels, lane, events and table", () => {
    const base = synthetic.claims[0]!;
    const claims = [
      { ...base, id: "W-1", claim_date: "2024-11-04", date_precision: "week" as const },
      { ...base, id: "W-2", claim_date: "2024-12-01", date_precision: "month" as const, figure_low: 9000, figure_high: 9000 },
      { ...base, id: "W-3", claim_date: "2025-01-10", figure_low: 4000, figure_high: 4000 },
    ];
    const data = { ...synthetic, claims, events: [] };
    const long = longDescription(chartModel(data, "de"), data, "de");
    expect(long.slice(2)).toEqual([
      "Hauptbild (entsandt / in Russland): 3 Angaben. Die erste Zahl nannte NIS um den 04.11.2024: 1.500 (entsandt). Die höchste Zahl nannte NIS im Dezember 2024: 9.000 (entsandt). Die jüngste Zahl nannte NIS am 10.01.2025: 4.000 (entsandt). Die meisten Angaben stammen von NIS (3).",
      "Wie gesichert eine Angabe ist, steht in Tooltip und Tabelle: 3 Angaben sind von Dritten bestätigt, 0 von Russland oder Nordkorea eingeräumt, die übrigen 0 sind Behauptungen einer Seite.",
    ]);
  });

  it("names the colour groups present, media last and grey, in the subtitles", () => {
    expect(subtitleParts(model, "de", true)).toEqual([
      { text: "Soldaten entsandt oder in Russland, laut je einer Seite, keine unabhängige Zählung. Herkunft: " },
      { text: "Südkorea", group: "kr" },
      { text: ", " },
      { text: "Ukraine", group: "ua" },
      { text: ", " },
      { text: "USA", group: "us" },
      { text: ", " },
      { text: "Westen/NATO", group: "west" },
      { text: ", " },
      { text: "Russland/Nordkorea", group: "rk" },
      { text: "." },
    ]);
    const press = { ...synthetic.actors[0]!, id: "press", short_de: "Presse", kind: "media" as const };
    const withMedia = {
      ...synthetic,
      actors: [...synthetic.actors, press],
      claims: [synthetic.claims[0]!, { ...synthetic.claims[0]!, id: "M-1", actor: "press" }],
    };
    expect(subtitleParts(chartModel(withMedia, "de"), "de").slice(1)).toEqual([
      { text: "Südkorea", group: "kr" },
      { text: "; " },
      { text: "Medien und anonyme Quellen", group: "media" },
      { text: " grau." },
    ]);
  });

  it("leads the losses subtitle with the highest latest figure and names only the groups it shows", () => {
    // Latest per source: NIS 2,000 and the US 1,000 killed; ROK staff 1,100 and HUR 1,200 killed and wounded.
    expect(lossSubtitle(model, "de")).toEqual([
      {
        text: "Je Quelle die jüngste Gesamtzahl, Getötete und Getötete plus Verwundete getrennt; die höchste nannte NIS am 02.09.2025. Farbe = Herkunft: ",
      },
      { text: "Südkorea", group: "kr" },
      { text: ", " },
      { text: "Ukraine", group: "ua" },
      { text: ", " },
      { text: "USA", group: "us" },
      { text: "." },
    ]);
    const noLosses = { ...synthetic, claims: synthetic.claims.filter((c) => !["killed", "wounded", "casualties"].includes(c.measure)) };
    expect(lossSubtitle(chartModel(noLosses, "de"), "de")).toEqual([]);
    expect(lossHeadline(noLosses, "de")).toBe("Gemeldete Verluste nordkoreanischer Soldaten");
    // Killed and wounded together is not a death toll: the headline reads the killed figures only.
    const casualtiesOnly = { ...synthetic, claims: synthetic.claims.filter((c) => c.measure !== "killed") };
    expect(lossHeadline(casualtiesOnly, "de")).toBe("Gemeldete Verluste nordkoreanischer Soldaten");
    expect(lossHeadline(synthetic, "de")).toBe("Verluste: zuletzt rund 2.000 Getötete");
  });

  it("counts the small panels, and names the busiest sources without counting repeats", () => {
    expect(shortMore(model, "de")).toBe(
      "Kleine Diagramme auf derselben Zeitachse: 5 Aussagen ohne Zahl, 5 Angaben zu Soldaten an der Front oder in Ausbildung, 2 zu geplanten Gesamtzahlen.",
    );
    // NIS 8, the US government 5, HUR 5 (the US first in the file), Russia and ROK staff 4 each.
    expect(sourceLine(synthetic, "de", true)).toBe(
      "Quelle: NIS, US-Regierung, HUR u. a., 2 Dokumente; Grafik: Nordkoreas Soldaten in Russland.",
    );
    const echoes = Array.from({ length: 9 }, (_, i) => ({ ...synthetic.claims[0]!, id: `R-${i}`, actor: "nato", repeats: "F-01" }));
    expect(sourceLine({ ...synthetic, claims: [...synthetic.claims, ...echoes] }, "de", true)).toMatch(
      /^Quelle: NIS, US-Regierung, HUR u\. a\./,
    );
  });

  it("describes a default view without claims instead of failing on a missing day", () => {
    const none = { ...synthetic, claims: synthetic.claims.filter((c) => c.measure !== "sent" && c.measure !== "in_russia") };
    expect(shortDescription(chartModel(none, "de"), "de")).toBe(
      "Punktdiagramm: noch keine Angaben zu entsandten oder in Russland stationierten Soldaten.",
    );
    expect(shortDescription(chartModel(none, "en"), "en")).toBe("Dot plot: no claims yet on soldiers sent or stationed in Russia.");
  });

  it("falls back to a plain headline when the first total is also the highest", () => {
    const one = { ...synthetic, claims: [synthetic.claims[0]!] };
    expect(headline(one, "de")).toBe("Gemeldete Zahlen nordkoreanischer Soldaten in Russland");
    expect(takeaway(one, "de")).toBe("Jede Zahl ist die Angabe einer Seite zu einem Zeitpunkt, keine unabhängige Zählung.");
    // On a tie for the highest, the headline's top is the latest to name it.
    const base = synthetic.claims[0]!;
    const tie = {
      ...synthetic,
      claims: [
        base,
        { ...base, id: "T-1", claim_date: "2025-01-01", figure_low: 5000, figure_high: 5000, actor: "hur" },
        { ...base, id: "T-2", claim_date: "2025-02-01", figure_low: 5000, figure_high: 5000, actor: "us" },
      ],
    };
    expect(takeaway(tie, "de")).toContain("auf 5.000 (US-Regierung, 01.02.2025)");
    // Only totals drawn in the default view count: a higher front figure changes nothing.
    const front = {
      ...synthetic,
      claims: [base, { ...base, id: "T-3", measure: "at_front" as const, figure_low: 90000, figure_high: 90000 }],
    };
    expect(headline(front, "de")).toBe("Gemeldete Zahlen nordkoreanischer Soldaten in Russland");
  });

  it("writes table rows in full, by date and then file order", () => {
    const rows = tableRows(synthetic, "de");
    expect(rows.map((r) => r.id).join(" ")).toBe(
      "F-01 F-02 F-03 F-04 F-05 F-06 F-07 F-08 F-09 F-10 F-21 F-22 F-23 F-24 F-25 F-26 F-27 F-11 F-12 F-13 F-28 F-29 F-14 F-15 F-16 F-17 F-18 F-19 F-20",
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get("F-01")).toEqual({
      id: "F-01",
      iso: "2024-10-18",
      date: "18.10.2024",
      actor: "nis",
      who: "NIS",
      whoFull: "NIS (voller Name)",
      figure: "1.500",
      measure: "entsandt",
      status: "bestätigt durch Dritte",
      evidence: "Beleg 1",
      evidenceLang: "de",
      source: { id: "s1", outlet: "tagesschau.de", title: "Quelle eins", date: "23.10.2024" },
      place: "main",
      placeLabel: "Hauptbild (entsandt / in Russland)",
    });
    // Not drawn (officers), and from the English document with a URL.
    expect(byId.get("F-09")).toMatchObject({ placeLabel: "nur Tabelle", figure: "500", measure: "Offiziere" });
    expect(byId.get("F-09")).not.toHaveProperty("place");
    expect(byId.get("F-16")).toMatchObject({
      evidenceLang: "en",
      source: { id: "s2", outlet: "Yonhap", title: "Source two", date: "02.09.2025", url: "https://example.org/2" },
    });
  });

  it("takes the Stand from the documents the claims cite, not from an unused newer one", () => {
    const unused = { ...synthetic.sources[1]!, id: "s3", published: "2026-01-01" };
    expect(dataStand({ ...synthetic, sources: [...synthetic.sources, unused] })).toBe("2025-09-02");
  });
});
