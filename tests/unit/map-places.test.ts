import { describe, expect, it } from "vitest";
import { MAP_REGION } from "../../src/lib/map/basemap";
import { claimText } from "../../src/lib/claim-text";
import { inRegion, mapMarkers, placeReports } from "../../src/lib/map/places";
import { ACTORS, EVENTS, PLACES, SOURCES, claim, place } from "./map-fixtures";

describe("inRegion", () => {
  it("knows what the map shows", () => {
    expect(inRegion({ lat: 51.73, lon: 36.19 }, MAP_REGION)).toBe(true);
    expect(inRegion({ lat: 52.52, lon: 13.4 }, MAP_REGION)).toBe(false);
    expect(inRegion({ lat: 40.75, lon: -73.97 }, MAP_REGION)).toBe(false);
  });
  it("counts Chukotka's negative longitudes as east of 180°", () => {
    expect(inRegion({ lat: 66, lon: -175 }, MAP_REGION)).toBe(true);
  });
});

describe("mapMarkers", () => {
  const { markers, outside } = mapMarkers(PLACES, MAP_REGION);
  it("folds a secondary place next to a main place into its marker (Kursk Oblast into Kursk)", () => {
    const kursk = markers.find((m) => m.place.id === "kursk")!;
    expect(kursk.folded.map((p) => p.id)).toEqual(["kursk-oblast"]);
    expect(markers.map((m) => m.place.id)).not.toContain("kursk-oblast");
  });
  it("keeps a training ground 76 km from Vladivostok on its own marker", () => {
    expect(markers.map((m) => m.place.id)).toContain("ussuriysk");
  });
  it("lists places outside the map separately, so none is lost", () => {
    expect(outside.map((p) => p.id)).toEqual(["berlin"]);
    const all = [...markers.flatMap((m) => [m.place, ...m.folded]), ...outside].map((p) => p.id).sort();
    expect(all).toEqual(PLACES.map((p) => p.id).sort());
  });
});

describe("placeReports", () => {
  const data = {
    claims: [
      claim({ id: "C-2", claim_date: "2024-10-23", qualifier: "up_to", figure_low: undefined, figure_high: 3000 }),
      claim({ id: "C-1" }),
      claim({
        id: "C-3",
        place: "kursk-oblast",
        qualifier: "unquantified",
        figure_low: undefined,
        figure_high: undefined,
        measure: "at_front",
      }),
    ],
    events: EVENTS,
    actors: ACTORS,
    sources: SOURCES,
  };
  it("collects claims and events of the places, oldest first, claims before events on a day", () => {
    expect(placeReports(["vladivostok"], data, "de").map((r) => r.id)).toEqual(["C-1", "E-1", "C-2"]);
  });
  it("says who, what and where it was found", () => {
    const [first] = placeReports(["vladivostok"], data, "de");
    expect(first).toMatchObject({ date: "2024-10-18", actor: "NIS", text: "1.500 (entsandt)", quote: "1.500 Soldaten entsandt" });
    expect(first!.source.outlet).toBe("tagesschau.de");
  });
  it("includes folded places when asked", () => {
    expect(placeReports(["kursk", "kursk-oblast"], data, "de").map((r) => r.id)).toEqual(["C-3"]);
  });
  it("fails loudly on a source that does not exist", () => {
    expect(() => placeReports(["vladivostok"], { ...data, sources: [] }, "de")).toThrow(/unknown source/);
  });
});

describe("claimText", () => {
  it("words the figure and what it counts", () => {
    expect(claimText(claim({ id: "x", qualifier: "approx", figure_low: 12000, figure_high: 12000, measure: "planned_total" }), "de")).toBe(
      "rund 12.000 (geplant insgesamt)",
    );
  });
  it("is empty for a claim without a number", () => {
    expect(claimText(claim({ id: "x", qualifier: "unquantified", figure_low: undefined, figure_high: undefined }), "de")).toBe("");
  });
});

describe("mapMarkers with no main place nearby", () => {
  it("folds nothing", () => {
    const lone = [place({ id: "a", lat: 50, lon: 50 }), place({ id: "b", lat: 50.1, lon: 50.1 })];
    expect(mapMarkers(lone, MAP_REGION).markers).toHaveLength(2);
  });
});
