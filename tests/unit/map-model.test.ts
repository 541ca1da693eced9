import { refIds } from "../../src/lib/refs";
import { beforeEach, describe, expect, it } from "vitest";
import { boundsOf, buildMapModel } from "../../src/lib/map/model";
import { formatKm, formatKmRange, placeDistanceText } from "../../src/lib/map/text";
import { clientConfig } from "../../src/lib/map/client-config";
import { dictionary } from "../../src/lib/i18n";
import { PLACES, place } from "./map-fixtures";

// Built before each test: a throw while building then fails the test (a throw in beforeAll only skips
// the tests, and a collection error runs none: StrykerJS would count the mutant as survived).
let model!: ReturnType<typeof buildMapModel>;
beforeEach(() => {
  model = buildMapModel(PLACES, "de");
});
const byId = (id: string) => PLACES.find((p) => p.id === id)!;

describe("formatKm", () => {
  it("writes distances as a reader says them", () => {
    expect(formatKm(687.4, "de")).toBe("rund 690 km");
    expect(formatKm(6732.2, "de")).toBe("rund 6.730 km");
    expect(formatKmRange([227, 576, 507], "de")).toBe("230 bis 580 km");
    expect(formatKmRange([687, 690], "de")).toBe("rund 690 km");
  });
});

describe("buildMapModel", () => {
  it("makes one step per leg, named after where the leg ends", () => {
    expect(model.steps.map((s) => `${s.number} ${s.label}`)).toEqual(["1 Verschiffung", "2 Ausbildung", "3 Kursk"]);
    // Each step text dates itself by reference to the data, never by a typed date.
    for (const s of model.steps) expect(refIds(s.text).length, s.text).toBeGreaterThan(0);
    // Each step tells the story of the kind of place its leg ends at (port, training ground, front).
    const steps = dictionary("de").map.steps;
    expect(model.steps.map((s) => s.kind)).toEqual(["port", "training", "front"]);
    expect(model.steps.map((s) => s.text)).toEqual([steps.port.text, steps.training.text, steps.front.text]);
  });
  it("puts the computed distances into the steps", () => {
    expect(model.steps[0]!.distances).toBe(
      "Pjöngjang–Wladiwostok: rund 690 km Luftlinie. Die einzelnen Strecken: 230 bis 580 km Luftlinie.",
    );
    expect(model.steps[2]!.distances).toMatch(/^Wladiwostok–Kursk: rund 6\.730 km Luftlinie\./);
  });
  it("draws the Vladivostok–Kursk arc instead of parallel arcs from every training ground", () => {
    expect(model.legs.map((l) => l.drawn.length)).toEqual([2, 2, 0]);
    expect(model.main.map((a) => `${a.from.id}>${a.to.id}`)).toEqual(["pyongyang>vladivostok", "vladivostok>kursk"]);
    expect(model.steps[2]!.mainArcIndexes).toEqual([1]);
  });
  it("frames each step around its places and arcs", () => {
    const [[s, w], [n, e]] = model.steps[0]!.bounds;
    expect(w).toBeCloseTo(125.7381, 4);
    expect(e).toBeCloseTo(131.8855, 4);
    expect(s).toBeCloseTo(39.0194, 4);
    expect(n).toBeCloseTo(43.1155, 4);
  });
  it("frames the overview around the main places and the arc between them", () => {
    const [[s, w], [n, e]] = model.overview;
    expect(w).toBeCloseTo(36.1926, 4);
    expect(e).toBeCloseTo(131.8855, 4);
    expect(s).toBeCloseTo(39.0194, 4);
    expect(n).toBeGreaterThan(55);
  });
  it("works with a dataset that has only two route places", () => {
    const small = buildMapModel([byId("vladivostok"), byId("kursk")], "de");
    expect(small.steps).toHaveLength(1);
    expect(small.steps[0]!.label).toBe("Kursk");
    expect(small.steps[0]!.distances).toBe("Wladiwostok–Kursk: rund 6.730 km Luftlinie.");
    expect(small.legs[0]!.drawn).toHaveLength(1);
  });
  it("names a step after its places when there is no text for its kind", () => {
    const a = place({ id: "a", name_de: "A", lat: 40, lon: 100, route_order: 1 });
    const b = place({ id: "b", name_de: "B", lat: 45, lon: 110, route_order: 2, kind: "summit" });
    expect(buildMapModel([a, b], "de").steps[0]!.label).toBe("B");
  });
  it("has an overview even without places", () => {
    expect(buildMapModel([], "de").overview).toEqual([
      [8, 14],
      [78, 192],
    ]);
  });
});

describe("placeDistanceText", () => {
  it("says how far each place on the route lies", () => {
    expect(placeDistanceText(byId("vladivostok"), model, "de")).toBe("rund 690 km Luftlinie von Pjöngjang; von den Häfen 230 bis 580 km");
    expect(placeDistanceText(byId("kursk"), model, "de")).toBe(
      "rund 6.730 km Luftlinie von Wladiwostok; von den Ausbildungsorten 4.710 bis 6.680 km",
    );
    expect(placeDistanceText(byId("ussuriysk"), model, "de")).toBe("rund 80 km Luftlinie von Wladiwostok");
    expect(placeDistanceText(byId("wonsan"), model, "de")).toBe("rund 580 km Luftlinie bis Wladiwostok");
  });
  it("is empty off the route", () => {
    expect(placeDistanceText(byId("seoul"), model, "de")).toBe("");
  });
});

describe("boundsOf", () => {
  it("returns [[south, west], [north, east]]", () => {
    expect(
      boundsOf([
        [10, 1],
        [20, -3],
        [15, 5],
      ]),
    ).toEqual([
      [-3, 10],
      [5, 20],
    ]);
  });
});

describe("clientConfig", () => {
  let config!: ReturnType<typeof clientConfig>;
  beforeEach(() => {
    config = clientConfig(model, "/explainer/map/basemap.json", "de");
  });
  it("keeps the base path of the basemap URL", () => {
    expect(config.basemapUrl).toBe("/explainer/map/basemap.json");
  });
  it("orders markers for the keyboard: main places, then the route, then the rest", () => {
    expect(config.markers.map((m) => m.id)).toEqual([
      "pyongyang",
      "vladivostok",
      "kursk",
      "wonsan",
      "chongjin",
      "ussuriysk",
      "ulan-ude",
      "seoul",
    ]);
  });
  it("hands Leaflet [lat, lon] pairs", () => {
    const main = config.arcs.find((a) => a.main === 0)!;
    expect(main.points[0]).toEqual([39.0194, 125.7381]);
  });
  it("lists the places each step is about", () => {
    expect([...config.steps[0]!.places].sort()).toEqual(["chongjin", "pyongyang", "vladivostok", "wonsan"]);
    // Destinations first: when names compete for room, the place the step goes to wins.
    expect(config.steps[0]!.places[0]).toBe("vladivostok");
    // Where the main arc stands for the leg (training grounds → Kursk), the training grounds stay hidden.
    const last = config.steps[config.steps.length - 1]!;
    expect([...last.places].sort()).toEqual(["kursk", "vladivostok"]);
  });
  it("puts distance labels on the main arcs", () => {
    expect(config.distances.map((d) => d.text)).toEqual(["rund 690 km Luftlinie", "rund 6.730 km Luftlinie"]);
  });
  it("has German interface strings", () => {
    expect(config.strings.close).toBe("Schließen");
  });
});
