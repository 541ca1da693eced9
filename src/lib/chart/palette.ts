/** Colours of the chart's colour groups in light and dark mode, and the WCAG contrast arithmetic that checks them. */
import type { ColourGroup } from "./config";

/** A theme of the page. */
export type Theme = "light" | "dark";

/**
 * Okabe–Ito hues (blue, orange, reddish purple, bluish green, black), darkened for light mode and lightened
 * for dark mode until each reaches 4.5:1 against the background: marks and their text labels share the colour.
 */
export const GROUP_COLOURS: Record<Theme, Record<ColourGroup, string>> = {
  light: { kr: "#0066a6", ua: "#8a5500", us: "#a3306d", west: "#00735a", rk: "#3d3d3d" },
  dark: { kr: "#5cb8f0", ua: "#e8a33a", us: "#f08fc4", west: "#3cc9a4", rk: "#cfcfcf" },
};

/** Neutral colours of the chart, used when the page does not define the site's custom properties. */
export const BASE_COLOURS: Record<Theme, { bg: string; fg: string; muted: string; rule: string; grid: string }> = {
  light: { bg: "#ffffff", fg: "#1a1a1a", muted: "#55534e", rule: "#8a877f", grid: "#e3e1db" },
  dark: { bg: "#15171a", fg: "#ecebe8", muted: "#b3b0a8", rule: "#8d8a83", grid: "#2c2f34" },
};

/** Relative luminance of a #rrggbb colour (WCAG 2). */
export function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h!, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** Contrast ratio of two #rrggbb colours, 1 … 21 (WCAG 2). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
