// Colours and breakpoints: every actor colour reads at 4.5:1 (labels are text in that colour) in light and dark,
// lines at 3:1, and the component's CSS says the same as the TypeScript it mirrors.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COLOUR_GROUPS, VARIANTS } from "../../src/lib/chart/config";
import { BASE_COLOURS, contrast, deltaE2000, GROUP_COLOURS, labOf, luminance } from "../../src/lib/chart/palette";

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

  // All 34 test pairs of Sharma, Wu & Dalal (2005), "The CIEDE2000 color-difference formula: implementation
  // notes, supplementary test data", Table 1: L*a*b* 1, L*a*b* 2, ΔE00. They cover the hue-angle wrap-arounds,
  // zero chroma and the rotation term that the two pairs above do not reach.
  const SHARMA: [number[], number[], number][] = [
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 3.1571, -77.2803], [50, 0, -82.7485], 2.8615],
    [[50, 2.8361, -74.02], [50, 0, -82.7485], 3.4412],
    [[50, -1.3802, -84.2814], [50, 0, -82.7485], 1.0],
    [[50, -1.1848, -84.8006], [50, 0, -82.7485], 1.0],
    [[50, -0.9009, -85.5211], [50, 0, -82.7485], 1.0],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, -1, 2], [50, 0, 0], 2.3669],
    [[50, 2.49, -0.001], [50, -2.49, 0.0009], 7.1792],
    [[50, 2.49, -0.001], [50, -2.49, 0.001], 7.1792],
    [[50, 2.49, -0.001], [50, -2.49, 0.0011], 7.2195],
    [[50, 2.49, -0.001], [50, -2.49, 0.0012], 7.2195],
    [[50, -0.001, 2.49], [50, 0.0009, -2.49], 4.8045],
    [[50, -0.001, 2.49], [50, 0.001, -2.49], 4.8045],
    [[50, -0.001, 2.49], [50, 0.0011, -2.49], 4.7461],
    [[50, 2.5, 0], [50, 0, -2.5], 4.3065],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[50, 2.5, 0], [61, -5, 29], 22.8977],
    [[50, 2.5, 0], [56, -27, -3], 31.903],
    [[50, 2.5, 0], [58, 24, 15], 19.4535],
    [[50, 2.5, 0], [50, 3.1736, 0.5854], 1.0],
    [[50, 2.5, 0], [50, 3.2972, 0], 1.0],
    [[50, 2.5, 0], [50, 1.8634, 0.5757], 1.0],
    [[50, 2.5, 0], [50, 3.2592, 0.335], 1.0],
    [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
    [[63.0109, -31.0961, -5.8663], [62.8187, -29.7946, -4.0864], 1.263],
    [[61.2901, 3.7196, -5.3901], [61.4292, 2.248, -4.962], 1.8731],
    [[35.0831, -44.1164, 3.7933], [35.0232, -40.0716, 1.5901], 1.8645],
    [[22.7233, 20.0904, -46.694], [23.0331, 14.973, -42.5619], 2.0373],
    [[36.4612, 47.858, 18.3852], [36.2715, 50.5065, 21.2231], 1.4146],
    [[90.8027, -2.0831, 1.441], [91.1528, -1.6435, 0.0447], 1.4441],
    [[90.9257, -0.5406, -0.9208], [88.6381, -0.8985, -0.7239], 1.5381],
    [[6.7747, -0.2908, -2.4247], [5.8714, -0.0985, -2.2286], 0.6377],
    [[2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514], 0.9082],
  ];
  it.each(SHARMA.map((p, i) => [i + 1, ...p] as const))("computes ΔE2000 of Sharma's pair %i", (_, a, b, expected) => {
    expect(Math.abs(deltaE2000(a, b) - expected)).toBeLessThan(5e-5);
    expect(Math.abs(deltaE2000(b, a) - expected)).toBeLessThan(5e-5);
    expect(deltaE2000(a, a)).toBe(0);
  });

  it("converts sRGB to CIE L*a*b* (D65) as published", () => {
    const anchors: [string, number[]][] = [
      ["#ffffff", [100, 0, 0]],
      ["#000000", [0, 0, 0]],
      ["#ff0000", [53.24, 80.09, 67.2]],
      ["#0000ff", [32.3, 79.19, -107.86]],
      ["#808080", [53.59, 0, 0]],
      // Below the sRGB curve's linear threshold (0.04045): Y = 10/255 / 12.92, L* = 24389/27 × Y (worked out by hand).
      ["#0a0a0a", [2.7418, 0, 0]],
    ];
    for (const [hex, lab] of anchors) labOf(hex).forEach((v, i) => expect(Math.abs(v - lab[i]!), `${hex} ${i}`).toBeLessThan(0.03));
    expect(() => labOf("#12345")).toThrow(/not a #rrggbb colour: #12345/);
  });

  it("leaves greys grey under protan and deutan simulation, and brings red and green together", () => {
    for (const d of ["protan", "deutan"] as const) {
      for (const grey of ["#ffffff", "#808080", "#202020"])
        expect(deltaE2000(labOf(grey), labOf(grey, d)), `${d} ${grey}`).toBeLessThan(0.05);
      const normal = deltaE2000(labOf("#d03020"), labOf("#40a030"));
      expect(normal).toBeGreaterThan(50);
      expect(deltaE2000(labOf("#d03020", d), labOf("#40a030", d)), d).toBeLessThan(normal / 2);
    }
    // The two simulations differ: protans lose more of red's brightness.
    expect(labOf("#ff0000", "protan")[0]).toBeLessThan(labOf("#ff0000", "deutan")[0]);
  });

  it("computes relative luminance with the WCAG formula", () => {
    expect(luminance("#ffffff")).toBeCloseTo(1, 10);
    expect(luminance("#000000")).toBe(0);
    expect(luminance("#ff0000")).toBeCloseTo(0.2126, 10);
    expect(luminance("#00ff00")).toBeCloseTo(0.7152, 10);
    expect(luminance("#0000FF")).toBeCloseTo(0.0722, 10);
    // Either side of WCAG's threshold 0.03928: 10/255 is linear, 11/255 on the curve.
    expect(luminance("#0a0a0a")).toBeCloseTo(10 / 255 / 12.92, 10);
    expect(luminance("#0b0b0b")).toBeCloseTo(((11 / 255 + 0.055) / 1.055) ** 2.4, 10);
    expect(() => luminance("red")).toThrow(/not a #rrggbb colour: red/);
    expect(contrast("#ffffff", "#777777")).toBe(contrast("#777777", "#ffffff"));
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
