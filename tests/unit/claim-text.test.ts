// Attribution text: who said it, when, with the date's precision.
import { describe, expect, it } from "vitest";
import { attributionText, smallNumberWord } from "../../src/lib/claim-text";

const nis = { prose_de: "NIS", name_de: "Südkoreanischer Geheimdienst NIS" };

describe("attributionText", () => {
  it("names the actor and the day", () => {
    expect(attributionText({ claim_date: "2024-10-18", date_precision: "day" }, nis)).toBe("laut NIS, 18.10.2024");
  });
  it("uses the full name on request", () => {
    expect(attributionText({ claim_date: "2024-10-18", date_precision: "day" }, nis, "long")).toBe(
      "laut Südkoreanischer Geheimdienst NIS, 18.10.2024",
    );
  });
  it("uses the prose label, never the chart's abbreviation", () => {
    const officials = { prose_de: "westlichen Regierungsvertretern", name_de: "Westliche Regierungsvertreter (anonym)" };
    expect(attributionText({ claim_date: "2025-01-22", date_precision: "day" }, officials)).toBe(
      "laut westlichen Regierungsvertretern, 22.01.2025",
    );
  });
  it("shows an imprecise date as imprecise", () => {
    expect(attributionText({ claim_date: "2025-06-15", date_precision: "month" }, nis)).toBe("laut NIS, Juni 2025");
    expect(attributionText({ claim_date: "2024-10-21", date_precision: "week" }, nis)).toBe("laut NIS, ca. 21.10.2024");
  });
});

describe("smallNumberWord", () => {
  it("spells two to twelve and leaves other numbers alone", () => {
    expect(smallNumberWord(2)).toBe("zwei");
    expect(smallNumberWord(3)).toBe("drei");
    expect(smallNumberWord(12)).toBe("zwölf");
    expect(smallNumberWord(1)).toBeUndefined();
    expect(smallNumberWord(13)).toBeUndefined();
    expect(smallNumberWord(undefined)).toBeUndefined();
  });
});
