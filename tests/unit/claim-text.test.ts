// Attribution text: who said it, when, with the date's precision.
import { describe, expect, it } from "vitest";
import { attributionText, smallNumberWord } from "../../src/lib/claim-text";

const nis = {
  prose_de: "NIS",
  name_de: "Südkoreanischer Geheimdienst NIS",
  prose_en: "South Korea's NIS",
  name_en: "South Korea's National Intelligence Service (NIS)",
};

describe("attributionText", () => {
  it("names the actor and the day", () => {
    expect(attributionText({ claim_date: "2024-10-18", date_precision: "day" }, nis, "short", "de")).toBe("laut NIS, 18.10.2024");
  });
  it("uses the full name on request", () => {
    expect(attributionText({ claim_date: "2024-10-18", date_precision: "day" }, nis, "long", "de")).toBe(
      "laut Südkoreanischer Geheimdienst NIS, 18.10.2024",
    );
  });
  it("uses the prose label, never the chart's abbreviation", () => {
    const officials = { ...nis, prose_de: "westlichen Regierungsvertretern", name_de: "Westliche Regierungsvertreter (anonym)" };
    expect(attributionText({ claim_date: "2025-01-22", date_precision: "day" }, officials, "short", "de")).toBe(
      "laut westlichen Regierungsvertretern, 22.01.2025",
    );
  });
  it("shows an imprecise date as imprecise", () => {
    expect(attributionText({ claim_date: "2025-06-15", date_precision: "month" }, nis, "short", "de")).toBe("laut NIS, Juni 2025");
    expect(attributionText({ claim_date: "2024-10-21", date_precision: "week" }, nis, "short", "de")).toBe("laut NIS, ca. 21.10.2024");
  });
});

describe("attributionText in English", () => {
  it("writes English news style with the English name and an English date", () => {
    expect(attributionText({ claim_date: "2024-10-18", date_precision: "day" }, nis, "short", "en")).toBe(
      "according to South Korea's NIS, 18 October 2024",
    );
    expect(attributionText({ claim_date: "2024-10-18", date_precision: "day" }, nis, "long", "en")).toBe(
      "according to South Korea's National Intelligence Service (NIS), 18 October 2024",
    );
    expect(attributionText({ claim_date: "2025-06-15", date_precision: "month" }, nis, "short", "en")).toBe(
      "according to South Korea's NIS, June 2025",
    );
  });
});

describe("smallNumberWord", () => {
  it("spells two to twelve and leaves other numbers alone", () => {
    expect(smallNumberWord(2, "de")).toBe("zwei");
    expect(smallNumberWord(3, "en")).toBe("three");
    expect(smallNumberWord(12, "en")).toBe("twelve");
    expect(smallNumberWord(3, "de")).toBe("drei");
    expect(smallNumberWord(12, "de")).toBe("zwölf");
    expect(smallNumberWord(1, "de")).toBeUndefined();
    expect(smallNumberWord(13, "de")).toBeUndefined();
    expect(smallNumberWord(undefined, "de")).toBeUndefined();
  });
});
