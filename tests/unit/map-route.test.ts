import { beforeEach, describe, expect, it } from "vitest";
import { arcBetween, mainArcs, mainLine, routeLegs, routeStages } from "../../src/lib/map/route";
import { PLACES, place } from "./map-fixtures";

const ids = (ps: { id: string }[]) => ps.map((p) => p.id);

describe("routeStages", () => {
  it("groups the places by route_order, in order, file order within a stage", () => {
    const stages = routeStages(PLACES);
    expect(stages.map((s) => s.order)).toEqual([1, 2, 3, 4]);
    expect(stages.map((s) => ids(s.places))).toEqual([["wonsan", "chongjin"], ["vladivostok"], ["ussuriysk", "ulan-ude"], ["kursk"]]);
  });
  it("leaves out places without a route position", () => {
    expect(routeStages(PLACES).flatMap((s) => ids(s.places))).not.toContain("pyongyang");
  });
});

describe("routeLegs", () => {
  let legs!: ReturnType<typeof routeLegs>;
  beforeEach(() => {
    legs = routeLegs(routeStages(PLACES));
  });
  const pairs = (n: number) => legs[n]!.arcs.map((a) => `${a.from.id}>${a.to.id}`);
  it("joins every port to Vladivostok (many to one)", () => {
    expect(pairs(0)).toEqual(["wonsan>vladivostok", "chongjin>vladivostok"]);
  });
  it("fans out from Vladivostok to every training ground (one to many)", () => {
    expect(pairs(1)).toEqual(["vladivostok>ussuriysk", "vladivostok>ulan-ude"]);
  });
  it("joins many to many by the nearest origin, not every pair", () => {
    const a = place({ id: "a", lat: 0, lon: 0, route_order: 1 });
    const b = place({ id: "b", lat: 0, lon: 10, route_order: 1 });
    const c = place({ id: "c", lat: 1, lon: 1, route_order: 2 });
    const d = place({ id: "d", lat: 1, lon: 11, route_order: 2 });
    expect(routeLegs(routeStages([a, b, c, d]))[0]!.arcs.map((x) => `${x.from.id}>${x.to.id}`)).toEqual(["a>c", "b>d"]);
  });
  it("numbers legs from 1 and computes each arc's length", () => {
    expect(legs.map((l) => l.number)).toEqual([1, 2, 3]);
    const wonsan = legs[0]!.arcs[0]!;
    expect(wonsan.km).toBeGreaterThan(560);
    expect(wonsan.km).toBeLessThan(590);
  });
});

describe("mainLine and mainArcs", () => {
  it("starts with the main place off the route, then the route order", () => {
    expect(ids(mainLine(PLACES))).toEqual(["pyongyang", "vladivostok", "kursk"]);
  });
  it("gives the headline distances: about 690 and 6,700 km", () => {
    const [a, b] = mainArcs(PLACES);
    expect(Math.round(a!.km)).toBe(687);
    expect(Math.round(b!.km)).toBe(6732);
  });
  it("draws arcs as points from one place to the other", () => {
    const arc = arcBetween(PLACES[0]!, PLACES[1]!);
    expect(arc.points[0]).toEqual([125.7381, 39.0194]);
    expect(arc.points[arc.points.length - 1]).toEqual([131.8855, 43.1155]);
  });
});
