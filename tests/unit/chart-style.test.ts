// Colours and breakpoints: every actor colour reads at 4.5:1 (labels are text in that colour) in light and dark,
// lines at 3:1, and the component's CSS says the same as the TypeScript it mirrors.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COLOUR_GROUPS, VARIANTS } from "../../src/lib/chart/config";
import { BASE_COLOURS, contrast, deltaE2000, GROUP_COLOURS, labOf } from "../../src/lib/chart/palette";

const css = readFileSync("src/components/chart/troop-chart.css", "utf8");
/** The custom properties set in the CSS block that starts with `selector`. */
function props(selector: string): Record<string, string> {
  const start = css.indexOf(selector);
  expect(start, selector).toBeGreaterThanOrEqual(0);
  const block = css.slice(start, css.indexOf("}", start));
  return Object.fromEntries([...block.matchAll(/(--tc-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

describe("contrast", () => {
  it("computes ΔE2000 as the published test pairs do", () => {
    // Sharma, Wu & Dalal (2005), pairs 1 and 17.
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 3);
    expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 3);
  });

  it("computes WCAG ratios", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
  });

  for (const theme of ["light", "dark"] as const) {
    it(`gives every colour group at least 4.5:1 against the ${theme} background`, () => {
      for (const g of COLOUR_GROUPS) expect(contrast(GROUP_COLOURS[theme][g], BASE_COLOURS[theme].bg), g).toBeGreaterThanOrEqual(4.5);
    });
    it(`keeps every pair of ${theme} hues apart (ΔE2000 ≥ 10) with normal vision and under protan and deutan simulation`, () => {
      for (const d of [undefined, "protan", "deutan"] as const) {
        COLOUR_GROUPS.forEach((a, i) =>
          COLOUR_GROUPS.slice(i + 1).forEach((b) => {
            expect(
              deltaE2000(labOf(GROUP_COLOURS[theme][a], d), labOf(GROUP_COLOURS[theme][b], d)),
              `${a}/${b} ${d ?? "normal"}`,
            ).toBeGreaterThanOrEqual(10);
          }),
        );
      }
    });
    it(`keeps ${theme} axis text at 4.5:1 and axis lines at 3:1`, () => {
      const b = BASE_COLOURS[theme];
      expect(contrast(b.fg, b.bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(b.muted, b.bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(b.rule, b.bg)).toBeGreaterThanOrEqual(3);
    });
  }
});

describe("troop-chart.css", () => {
  it("uses the palette's colours in light and dark mode", () => {
    // Each colour is light-dark(light, dark): one declaration follows the page's color-scheme.
    const declared = props(".tc {");
    const pair = (name: string) => /^light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\)$/i.exec(declared[name] ?? "")?.slice(1) ?? [];
    for (const g of COLOUR_GROUPS) {
      expect(pair(`--tc-${g}`), g).toEqual([GROUP_COLOURS.light[g], GROUP_COLOURS.dark[g]]);
    }
    expect(pair("--tc-rule")).toEqual([BASE_COLOURS.light.rule, BASE_COLOURS.dark.rule]);
  });

  it("switches variants at the widths in config.ts", () => {
    const queries = css
      .split("@container tc-chart ")
      .slice(1)
      .map((chunk) => ({ q: chunk.slice(0, chunk.indexOf("{")), v: /\.tc-v-(\w+) \{\s*display: block/.exec(chunk)?.[1] }));
    // The narrowest variant is the default; every other one has its query.
    expect(css).toMatch(/\.tc-svg\.tc-v-s \{\n {2}display: block;/);
    for (const [i, v] of VARIANTS.entries()) {
      if (i === 0) continue;
      const next = VARIANTS[i + 1];
      const q = queries.find((x) => x.v === v.id)?.q ?? "";
      expect(q, v.id).toContain(`min-width: ${v.minWidth}px`);
      if (next) expect(q, v.id).toContain(`max-width: ${next.minWidth - 0.02}px`);
    }
  });
});
