// The site's colours have one source, src/lib/palette.ts: global.css's custom properties and the route map's
// fallbacks must say the same (the chart's own colours are checked in chart-style.test.ts).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MAP_COLOURS, SITE_COLOURS } from "../../src/lib/palette";

/** `--name: light-dark(#a, #b)` declarations of a stylesheet, by name. */
function declared(css: string): Record<string, [string, string]> {
  return Object.fromEntries(
    [...css.matchAll(/--([\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\);/gi)].map((m) => [
      m[1]!,
      [m[2]!.toLowerCase(), m[3]!.toLowerCase()],
    ]),
  );
}

/** `var(--name, light-dark(#a, #b))` fallbacks of a stylesheet, by name. */
function fallbacks(css: string): Record<string, [string, string]> {
  return Object.fromEntries(
    [...css.matchAll(/var\(--([\w-]+),\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)\)/gi)].map((m) => [
      m[1]!,
      [m[2]!.toLowerCase(), m[3]!.toLowerCase()],
    ]),
  );
}

const pairs = (colours: Record<string, { light: string; dark: string }>) =>
  Object.fromEntries(Object.entries(colours).map(([k, v]) => [k, [v.light, v.dark]]));

describe("palette", () => {
  it("global.css sets every site colour as the palette has it, and no other light-dark colour", () => {
    expect(declared(readFileSync("src/styles/global.css", "utf8"))).toEqual(pairs(SITE_COLOURS));
  });

  it("route-map.css falls back to the palette's site and map colours", () => {
    expect(fallbacks(readFileSync("src/components/map/route-map.css", "utf8"))).toEqual(pairs({ ...SITE_COLOURS, ...MAP_COLOURS }));
  });

  it("the check finds a drifted colour", () => {
    const drifted = { ...declared(":root { --fg: light-dark(#1a1a1b, #ecebe8); }") };
    expect(drifted["fg"]).not.toEqual(pairs(SITE_COLOURS)["fg"]);
  });
});
