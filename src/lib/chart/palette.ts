/** Colours of the chart's colour groups in light and dark mode, and the WCAG contrast arithmetic that checks them. */
import type { ColourGroup } from "./config";
import { SITE_COLOURS, type Theme } from "../palette";

export type { Theme };

/**
 * Okabe–Ito hues (blue, orange, reddish purple, bluish green, black) and a grey for media and anonymous sources, darkened for light mode and lightened
 * for dark mode until each reaches 4.5:1 against the background (marks and their text labels share the colour), then
 * moved in hue and lightness until every pair differs by ΔE2000 ≥ 10 under protan and deutan simulation.
 */
export const GROUP_COLOURS: Record<Theme, Record<ColourGroup, string>> = {
  light: { kr: "#0066a6", ua: "#8a5500", us: "#8c2a5a", west: "#1f472c", rk: "#1f1f1f", media: "#727272" },
  dark: { kr: "#6cceef", ua: "#e8a33a", us: "#ffb8ad", west: "#40965d", rk: "#f2f2f2", media: "#9a9a9a" },
};

/** Neutral colours of the chart, used when the page does not define the site's custom properties. */
export const BASE_COLOURS: Record<Theme, { bg: string; fg: string; muted: string; rule: string; grid: string }> = {
  light: { bg: SITE_COLOURS.bg.light, fg: SITE_COLOURS.fg.light, muted: SITE_COLOURS["fg-muted"].light, rule: "#8a877f", grid: "#e3e1db" },
  dark: { bg: SITE_COLOURS.bg.dark, fg: SITE_COLOURS.fg.dark, muted: SITE_COLOURS["fg-muted"].dark, rule: "#8d8a83", grid: "#2c2f34" },
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

/** Linear-light sRGB channels of a #rrggbb colour. */
function linear(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [m[1]!, m[2]!, m[3]!].map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
}

/** Colour-vision deficiencies simulated (Machado, Oliveira & Fernandes 2009, severity 1). */
export type Deficiency = "protan" | "deutan";
const MACHADO: Record<Deficiency, number[][]> = {
  protan: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deutan: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
};

/** CIE L*a*b* (D65) of a linear-light RGB triple. */
function lab([r, g, b]: [number, number, number]): [number, number, number] {
  const X = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const Y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const Z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(Y) - 16, 500 * (f(X) - f(Y)), 200 * (f(Y) - f(Z))];
}

/** L*a*b* of a colour as seen with a deficiency (or normal vision). */
export function labOf(hex: string, deficiency?: Deficiency): [number, number, number] {
  const c = linear(hex);
  if (!deficiency) return lab(c);
  const m = MACHADO[deficiency];
  const s = m.map((row) => Math.min(1, Math.max(0, row[0]! * c[0] + row[1]! * c[1] + row[2]! * c[2]))) as [number, number, number];
  return lab(s);
}

/** CIEDE2000 colour difference of two L*a*b* colours. */
export function deltaE2000([L1, a1, b1]: number[], [L2, a2, b2]: number[]): number {
  const rad = Math.PI / 180;
  const C1 = Math.hypot(a1!, b1!);
  const C2 = Math.hypot(a2!, b2!);
  const Cm = (C1 + C2) / 2;
  const G = 0.5 * (1 - Math.sqrt(Cm ** 7 / (Cm ** 7 + 25 ** 7)));
  const ap1 = (1 + G) * a1!;
  const ap2 = (1 + G) * a2!;
  const Cp1 = Math.hypot(ap1, b1!);
  const Cp2 = Math.hypot(ap2, b2!);
  const hp = (a: number, b: number) => (a === 0 && b === 0 ? 0 : (Math.atan2(b, a) / rad + 360) % 360);
  const hp1 = hp(ap1, b1!);
  const hp2 = hp(ap2, b2!);
  const dL = L2! - L1!;
  const dC = Cp2 - Cp1;
  let dh = 0;
  if (Cp1 * Cp2 !== 0) {
    dh = hp2 - hp1;
    if (dh > 180) dh -= 360;
    else if (dh < -180) dh += 360;
  }
  const dH = 2 * Math.sqrt(Cp1 * Cp2) * Math.sin((dh / 2) * rad);
  const Lm = (L1! + L2!) / 2;
  const Cpm = (Cp1 + Cp2) / 2;
  let hm = hp1 + hp2;
  if (Cp1 * Cp2 !== 0) {
    if (Math.abs(hp1 - hp2) > 180) hm = hp1 + hp2 < 360 ? hm + 360 : hm - 360;
    hm /= 2;
  }
  const T =
    1 -
    0.17 * Math.cos((hm - 30) * rad) +
    0.24 * Math.cos(2 * hm * rad) +
    0.32 * Math.cos((3 * hm + 6) * rad) -
    0.2 * Math.cos((4 * hm - 63) * rad);
  const dTheta = 30 * Math.exp(-(((hm - 275) / 25) ** 2));
  const Rc = 2 * Math.sqrt(Cpm ** 7 / (Cpm ** 7 + 25 ** 7));
  const Sl = 1 + (0.015 * (Lm - 50) ** 2) / Math.sqrt(20 + (Lm - 50) ** 2);
  const Sc = 1 + 0.045 * Cpm;
  const Sh = 1 + 0.015 * Cpm * T;
  const Rt = -Math.sin(2 * dTheta * rad) * Rc;
  return Math.sqrt((dL / Sl) ** 2 + (dC / Sc) ** 2 + (dH / Sh) ** 2 + Rt * (dC / Sc) * (dH / Sh));
}
