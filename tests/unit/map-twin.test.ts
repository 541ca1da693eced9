// The map's text twin: every place once, in route order, folded places with their marker's place.
import { beforeEach, describe, expect, it } from "vitest";
import { buildMapModel } from "../../src/lib/map/model";
import { foldedInto, twinEntries } from "../../src/lib/map/twin";
import { PLACES } from "./map-fixtures";

// Built before each test: a throw while building then fails the test, not the collection (StrykerJS).
let model!: ReturnType<typeof buildMapModel>;
let twin!: ReturnType<typeof twinEntries>;
beforeEach(() => {
  model = buildMapModel(PLACES, "de");
  twin = twinEntries(model, (kind) => `Stufe ${kind}`);
});
const ids = (ps: { id: string }[]) => ps.map((p) => p.id);

describe("text twin", () => {
  it("starts with the main place off the route, then the stages in route order", () => {
    expect(ids(twin.entries[0]!.places)).toEqual(["pyongyang"]);
    expect(twin.entries[0]!.title).toBeUndefined();
    const stages = twin.entries.slice(1);
    expect(stages.map((e) => ids(e.places))).toEqual(model.stages.map((s) => ids(s.places)));
  });

  it("titles a stage only when it holds several places, by its first place's kind", () => {
    for (const e of twin.entries.slice(1)) expect(e.title).toBe(e.places.length > 1 ? `Stufe ${e.places[0]!.kind}` : undefined);
    expect(twin.entries.some((e) => e.title === "Stufe port")).toBe(true);
  });

  it("lists every place exactly once, a folded one only inside its marker's entry", () => {
    const folded = model.markers.flatMap((m) => ids(m.folded));
    const listed = [...twin.entries.flatMap((e) => ids(e.places)), ...ids(twin.others), ...ids(twin.outside)];
    const all = [...listed, ...folded].sort();
    expect(all).toEqual(ids(PLACES).sort());
    for (const id of folded) expect(listed).not.toContain(id);
  });

  it("keeps the places outside the map apart", () => {
    expect(ids(twin.outside)).toEqual(ids(model.outside));
  });

  it("finds what a marker folds, and nothing for a place without a marker", () => {
    const host = model.markers.find((m) => m.folded.length > 0);
    if (host) expect(foldedInto(model, host.place)).toBe(host.folded);
    for (const p of model.outside) expect(foldedInto(model, p)).toEqual([]);
  });
});
