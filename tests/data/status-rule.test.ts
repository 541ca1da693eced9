// The status rule of the method page, as the data checks enforce it: repeats, corroboration by an
// independent actor, admissions only by Russia or North Korea, and a basis for every figure.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/build/dataset";
import { DataError } from "../../src/lib/data/errors";
import { isIndependent, isOwnSide } from "../../src/lib/data/rules";

const VALID = "tests/fixtures/valid";
const RU = "ru,Russische Führung,Russland,Russland,Russian leadership,Russia,Russia,RU,government";
const MEDIA = "kr-media,Eine Zeitung,Zeitung,einer Zeitung,A paper,Paper,a paper,KR,media";

/** The valid fixture with extra actors and one claims line replaced (2 = T-1 … 7 = T-6), or claims appended. */
function fixture(edit: { line?: [number, string]; append?: string[] }): string {
  const dir = mkdtempSync(join(tmpdir(), "nk-rule-"));
  cpSync(VALID, dir, { recursive: true });
  writeFileSync(join(dir, "actors.csv"), `${readFileSync(join(dir, "actors.csv"), "utf8").trimEnd()}\n${RU}\n${MEDIA}\n`);
  const lines = readFileSync(join(dir, "claims.csv"), "utf8").trimEnd().split("\n");
  if (edit.line) lines[edit.line[0] - 1] = edit.line[1];
  writeFileSync(join(dir, "claims.csv"), `${[...lines, ...(edit.append ?? [])].join("\n")}\n`);
  return dir;
}

function errorsOf(dir: string): string[] {
  try {
    loadDataset(dir, "data");
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as DataError).message.split("\n").slice(1);
  }
  return [];
}

const row = (
  id: string,
  actor: string,
  status: string,
  extra: { basis?: string; repeats?: string; by?: string; admits?: string; date?: string } = {},
) =>
  `${id},${extra.date ?? "2024-10-20"},day,${actor},exact,100,100,sent,${status},${extra.basis ?? "total"},${extra.repeats ?? ""},${extra.by ?? ""},${extra.admits ?? ""},,src-a,Beleg,,,2026-11-27`;

describe("status rule", () => {
  it("accepts the valid fixture (NIS corroborated by HUR, another country)", () => {
    expect(errorsOf(fixture({}))).toEqual([]);
  });
  it("corroborated needs the corroborating rows", () => {
    expect(errorsOf(fixture({ append: [row("X-1", "nis", "corroborated")] }))).toEqual([
      "data/claims.csv:8: corroborated_by: is empty but status corroborated needs the id(s) of the corroborating claim(s)",
    ]);
  });
  it("a corroborating row must come from another country, and not from media or anonymous sources", () => {
    const errors = errorsOf(
      fixture({
        append: [
          row("X-1", "nis", "corroborated", { by: "T-2" }),
          row("X-2", "kr-media", "claim"),
          row("X-3", "hur", "corroborated", { by: "X-2" }),
        ],
      }),
    );
    expect(errors).toEqual([
      'data/claims.csv:8: corroborated_by: "T-2" is by nis (KR, intelligence): corroboration needs a named actor of another country than KR',
      'data/claims.csv:10: corroborated_by: "X-2" is by kr-media (KR, media): corroboration needs a named actor of another country than UA',
    ]);
  });
  it("names corroborators only on corroborated rows, and only existing ones", () => {
    expect(
      errorsOf(fixture({ append: [row("X-1", "nis", "claim", { by: "T-3" }), row("X-2", "nis", "corroborated", { by: "T-99" })] })),
    ).toEqual([
      "data/claims.csv:8: corroborated_by: must be empty unless status is corroborated (is claim)",
      'data/claims.csv:9: corroborated_by: unknown claim "T-99"',
    ]);
  });
  it("acknowledged is for Russia or North Korea admitting what others alleged before", () => {
    const errors = errorsOf(
      fixture({
        append: [
          row("X-1", "nis", "acknowledged", { admits: "T-1" }),
          row("X-2", "ru", "acknowledged"),
          row("X-3", "ru", "acknowledged", { admits: "T-5", date: "2024-10-20" }),
          row("X-4", "ru", "claim"),
          row("X-5", "ru", "acknowledged", { admits: "X-4", date: "2024-10-21" }),
          row("X-6", "ru", "acknowledged", { admits: "T-1", date: "2024-10-20" }),
        ],
      }),
    );
    expect(errors).toEqual([
      "data/claims.csv:8: status: acknowledged means an official admission by Russia or North Korea; nis (KR) can only make a claim or be corroborated",
      "data/claims.csv:9: admits: is empty but status acknowledged needs the id(s) of the claims that it admits",
      'data/claims.csv:10: admits: "T-5" (2024-12-19) was made after this admission',
      'data/claims.csv:12: admits: "X-4" is by Russia or North Korea itself: an admission confirms what others alleged',
    ]);
  });
  it("a repeat names an original that exists, is no repeat itself, has the same status and is not later", () => {
    const errors = errorsOf(
      fixture({
        append: [
          row("X-1", "hur", "claim", { repeats: "T-2" }),
          row("X-2", "hur", "claim", { repeats: "X-1" }),
          row("X-3", "hur", "claim", { repeats: "T-1" }),
          row("X-4", "hur", "claim", { repeats: "T-5" }),
          row("X-5", "hur", "claim", { repeats: "NOPE" }),
          row("X-6", "hur", "claim", { repeats: "X-6" }),
        ],
      }),
    );
    expect(errors).toEqual([
      'data/claims.csv:9: repeats: "X-1" is itself a repeat of "T-2": name the original',
      'data/claims.csv:10: status: must equal the status of the claim it repeats ("T-1" is corroborated)',
      'data/claims.csv:11: claim_date: is before the claim it repeats ("T-5", 2024-12-19)',
      'data/claims.csv:12: repeats: unknown claim "NOPE"',
      "data/claims.csv:13: repeats: names the row itself",
    ]);
  });
  it("every figure has a basis; a row without a figure has none", () => {
    const errors = errorsOf(
      fixture({
        append: [
          row("X-1", "hur", "claim", { basis: "" }),
          "X-2,2024-10-20,day,hur,unquantified,,,other,claim,total,,,,,src-a,Beleg,,,2026-11-27",
          row("X-3", "hur", "claim", { basis: "whole" }),
        ],
      }),
    );
    expect(errors[0]).toBe("data/claims.csv:8: basis: is empty but a figure needs its basis: total, addition or subset");
    expect(errors[1]).toBe("data/claims.csv:9: basis: must be empty for a claim without a figure");
    expect(errors[2]).toMatch(/^data\/claims\.csv:10: basis: /);
    expect(errors).toHaveLength(3);
  });
  it("independence and own side follow the actor's country and kind", () => {
    expect(isIndependent({ country: "KR" }, { country: "US", kind: "government" })).toBe(true);
    expect(isIndependent({ country: "KR" }, { country: "KR", kind: "military" })).toBe(false);
    expect(isIndependent({ country: "KR" }, { country: "UA", kind: "anonymous" })).toBe(false);
    expect(isIndependent({ country: "KR" }, { country: "multi", kind: "government" })).toBe(false);
    expect(isOwnSide({ country: "KP" })).toBe(true);
    expect(isOwnSide({ country: "kp" })).toBe(true);
    expect(isOwnSide({ country: "UA" })).toBe(false);
  });
});
