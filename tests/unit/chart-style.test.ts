// Colours and breakpoints: every actor colour reads at 4.5:1 (labels are text in that colour) in light and dark,
// lines at 3:1, and the component's CSS says the same as the TypeScript it mirrors.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COLOUR_GROUPS, VARIANTS } from "../../src/lib/chart/config";
import { BASE_COLOURS, contrast, GROUP_COLOURS } from "../../src/lib/chart/palette";

const css = readFileSync("src/components/chart/troop-chart.css", "utf8");
/** The custom properties set in the CSS block that starts with `selector`. */
function props(selector: string): Record<string, string> {
  const start = css.indexOf(selector);
  expect(start, selector).toBeGreaterThanOrEqual(0);
  const block = css.slice(start, css.indexOf("}", start));
  return Object.fromEntries([...block.matchAll(/(--tc-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

describe("contrast", () => {
  it("computes WCAG ratios", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
  });

  for (const theme of ["light", "dark"] as const) {
    it(`gives every colour group at least 4.5:1 against the ${theme} background`, () => {
      for (const g of COLOUR_GROUPS) expect(contrast(GROUP_COLOURS[theme][g], BASE_COLOURS[theme].bg), g).toBeGreaterThanOrEqual(4.5);
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
      .map((chunk) => ({ q: chunk.slice(0, chunk.indexOf("{")), v: /\.tc-v-(\w+) \{ display: block/.exec(chunk)?.[1] }));
    for (const [i, v] of VARIANTS.entries()) {
      const next = VARIANTS[i + 1];
      const q = queries.find((x) => x.v === v.id)?.q ?? "";
      if (v.minWidth > 0) expect(q, v.id).toContain(`min-width: ${v.minWidth}px`);
      if (next) expect(q, v.id).toContain(`max-width: ${next.minWidth - 0.02}px`);
    }
  });
});
