/**
 * The site's colours, one source for CSS and TypeScript: each is a custom property in global.css
 * (`--name: light-dark(light, dark)`), the fallback of the same property in route-map.css, and the colour
 * that images drawn without CSS use (static map SVG/PNG, share cards, the chart's neutrals).
 * tests/unit/palette.test.ts compares the CSS with this module.
 */

/** A theme of the page. */
export type Theme = "light" | "dark";

/** Site colours by custom property name (without the leading --), in light and dark mode. */
export const SITE_COLOURS = {
  bg: { light: "#ffffff", dark: "#15171a" },
  "bg-soft": { light: "#f4f3ef", dark: "#202327" },
  fg: { light: "#1a1a1a", dark: "#ecebe8" },
  "fg-muted": { light: "#55534e", dark: "#b3b0a8" },
  rule: { light: "#d6d3cc", dark: "#3a3d42" },
  accent: { light: "#a3122a", dark: "#ff8a8a" },
  link: { light: "#1f4fa3", dark: "#9cc2ff" },
  focus: { light: "#1f4fa3", dark: "#9cc2ff" },
} as const satisfies Record<string, Record<Theme, string>>;

/** The map's own colours (custom properties --map-*, set only by route-map.css's fallbacks). */
export const MAP_COLOURS = {
  "map-sea": { light: "#dbe6ec", dark: "#1d262d" },
  "map-land": { light: "#ece9e2", dark: "#34373b" },
  "map-border": { light: "#b9b4a9", dark: "#6d6a64" },
  "map-route": { light: "#4d4a44", dark: "#d8d4cc" },
} as const satisfies Record<string, Record<Theme, string>>;
