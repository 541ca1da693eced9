import { describe, expect, it } from "vitest";
import { countText, formatDate, formatDateTime, formatFigure, formatNumber, formatPublishedDay, formatStand } from "../../src/lib/format";

describe("German formatting", () => {
  it("numbers with a dot for thousands", () => {
    expect(formatNumber(12000, "de")).toBe("12.000");
    expect(formatNumber(1500, "de")).toBe("1.500");
    expect(formatNumber(3, "de")).toBe("3");
  });
  it("dates as 23.10.2024, months in words, weeks as approximate", () => {
    expect(formatDate("2024-10-23", "de")).toBe("23.10.2024");
    expect(formatDate("2024-10-15", "de", "month")).toBe("Oktober 2024");
    expect(formatDate("2024-10-23", "de", "week")).toBe("ca. 23.10.2024");
  });
  // npm's scripts pin TZ=UTC, so the zones are switched here: Node re-reads process.env.TZ on assignment.
  // Los Angeles is behind UTC and Auckland ahead of it, so a formatter that converts to the machine's
  // zone moves the day or the hour in one of them.
  it.each(["UTC", "America/Los_Angeles", "Pacific/Auckland"])(
    "date-times in the wall-clock time they were written in, with the machine's zone at %s",
    (zone) => {
      const before = process.env["TZ"];
      process.env["TZ"] = zone;
      try {
        // The zone really is in force (else this test would prove nothing).
        expect(new Intl.DateTimeFormat("en", { timeZoneName: "long" }).resolvedOptions().timeZone).toBe(zone === "UTC" ? "UTC" : zone);
        expect(formatDateTime("2024-10-23T16:03+02:00", "de")).toBe("23.10.2024, 16:03 Uhr");
        expect(formatDateTime("2024-10-23T23:30-05:00", "de")).toBe("23.10.2024, 23:30 Uhr");
        expect(formatDateTime("2024-10-23T00:30+02:00", "de")).toBe("23.10.2024, 00:30 Uhr");
        expect(formatDateTime("2024-12-16", "de")).toBe("16.12.2024");
        expect(formatDate("2024-10-23", "de")).toBe("23.10.2024");
        expect(formatDate("2024-10-01", "de", "month")).toBe("Oktober 2024");
      } finally {
        if (before === undefined) delete process.env["TZ"];
        else process.env["TZ"] = before;
      }
    },
  );
  it("figures in words for every qualifier", () => {
    expect(formatFigure({ qualifier: "exact", figure_low: 1500, figure_high: 1500 }, "de")).toBe("1.500");
    expect(formatFigure({ qualifier: "approx", figure_low: 12000, figure_high: 12000 }, "de")).toBe("rund 12.000");
    expect(formatFigure({ qualifier: "exact", figure_low: 1000, figure_high: 3000 }, "de")).toBe("1.000 bis 3.000");
    expect(formatFigure({ qualifier: "approx", figure_low: 1000, figure_high: 3000 }, "de")).toBe("rund 1.000 bis 3.000");
    expect(formatFigure({ qualifier: "up_to", figure_low: undefined, figure_high: 12000 }, "de")).toBe("bis zu 12.000");
    expect(formatFigure({ qualifier: "at_least", figure_low: 3000, figure_high: undefined }, "de")).toBe("mindestens 3.000");
    expect(formatFigure({ qualifier: "more_than", figure_low: 11000, figure_high: undefined }, "de")).toBe("mehr als 11.000");
    expect(formatFigure({ qualifier: "unquantified", figure_low: undefined, figure_high: undefined }, "de")).toBe("ohne Zahl");
  });
});

describe("formatStand", () => {
  it("shows the time when it is known and only the day when the Stand marks a whole day", () => {
    expect(formatStand("2024-10-23T16:03+02:00", "de")).toBe("23.10.2024, 16:03 Uhr");
    expect(formatStand("2025-12-13T23:59+01:00", "de")).toBe("13.12.2025");
  });
});

describe("formatPublishedDay", () => {
  it("gives the day, or the month where only the month is known, never the time", () => {
    expect(formatPublishedDay({ published: "2024-10-23T16:03+02:00", published_precision: "minute" }, "de")).toBe("23.10.2024");
    expect(formatPublishedDay({ published: "2024-12-16", published_precision: "day" }, "de")).toBe("16.12.2024");
    expect(formatPublishedDay({ published: "2024-12-15", published_precision: "month" }, "de")).toBe("Dezember 2024");
  });
});

describe("countText", () => {
  const forms = { one: "1 Meldung zu diesem Ort", other: "{n} Meldungen zu diesem Ort" };
  it("uses the singular for exactly one and fills the plural with the grouped number otherwise", () => {
    expect(countText(1, forms, "de")).toBe("1 Meldung zu diesem Ort");
    expect(countText(0, forms, "de")).toBe("0 Meldungen zu diesem Ort");
    expect(countText(2, forms, "de")).toBe("2 Meldungen zu diesem Ort");
    expect(countText(12000, forms, "de")).toBe("12.000 Meldungen zu diesem Ort");
    expect(countText(12000, { one: "1 report", other: "{n} reports" }, "en")).toBe("12,000 reports");
  });
});
