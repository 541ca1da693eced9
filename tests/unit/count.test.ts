// countBy keeps every category, in order, even when empty, and counts unlisted keys too.
import { describe, expect, it } from "vitest";
import { countBy } from "../../src/lib/count";

describe("countBy", () => {
  it("counts in the given order and keeps empty categories", () => {
    const rows = [{ m: "b" }, { m: "a" }, { m: "b" }] as const;
    expect(countBy(rows, (r) => r.m, ["a", "b", "c"] as const)).toEqual([
      ["a", 1],
      ["b", 2],
      ["c", 0],
    ]);
  });
  it("does not drop keys missing from the order", () => {
    expect(countBy([{ m: "x" }], (r) => r.m, ["a"])).toEqual([
      ["a", 0],
      ["x", 1],
    ]);
  });
});
