// The view state in the URL: a link with ?stand=… reproduces the view; bad input is ignored, not obeyed.
import { describe, expect, it } from "vitest";
import { isIsoDay, isShown, parseState, stateToSearch, standIndex } from "../../src/lib/chart/state";

const actors = ["nis", "hur", "us-gov"];

describe("chart state", () => {
  it("reads stand and hidden actors", () => {
    expect(parseState("?stand=2024-10-24&ohne=nis,us-gov", actors)).toEqual({ stand: "2024-10-24", hidden: ["nis", "us-gov"] });
  });

  it("ignores invalid dates, unknown actors and duplicates", () => {
    expect(parseState("?stand=2024-02-30&ohne=nis,evil,nis", actors)).toEqual({ hidden: ["nis"] });
    expect(parseState("?stand=<script>", actors)).toEqual({ hidden: [] });
    expect(isIsoDay("2024-13-01")).toBe(false);
    expect(isIsoDay("2024-02-29")).toBe(true);
  });

  it("writes the state back, keeps other parameters, and writes nothing for the default view", () => {
    expect(stateToSearch({ stand: "2024-10-24", hidden: ["hur"] }, "?theme=dark")).toBe("?theme=dark&stand=2024-10-24&ohne=hur");
    expect(stateToSearch({ hidden: [] }, "?stand=2024-10-24&ohne=hur")).toBe("");
    const state = { stand: "2025-01-08", hidden: ["nis", "hur"] };
    expect(parseState(stateToSearch(state), actors)).toEqual(state);
  });

  it("shows a claim only if its actor is on and it was made on or before the stand", () => {
    const state = { stand: "2024-10-24", hidden: ["hur"] };
    expect(isShown("nis", "2024-10-24", state)).toBe(true);
    expect(isShown("nis", "2024-10-25", state)).toBe(false);
    expect(isShown("hur", "2024-10-01", state)).toBe(false);
    expect(isShown("hur", "2030-01-01", { hidden: [] })).toBe(true);
  });

  it("puts the slider on the last claim day on or before the stand", () => {
    const days = ["2024-10-18", "2024-10-23", "2024-11-20"];
    expect(standIndex(days, undefined)).toBe(2);
    expect(standIndex(days, "2024-10-23")).toBe(1);
    expect(standIndex(days, "2024-11-01")).toBe(1);
    expect(standIndex(days, "2024-01-01")).toBe(0);
  });
});
