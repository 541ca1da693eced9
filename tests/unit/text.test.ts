import { describe, expect, it } from "vitest";
import * as fontkit from "fontkit";
import { textWidth, wrapText } from "../../src/lib/chart/text";

const files = "node_modules/@fontsource/source-sans-3/files";
/** The width fontkit lays out from the font file itself (without kerning, as textWidth). */
function fontWidth(file: string, text: string, size: number): number {
  const font = fontkit.openSync(`${files}/${file}`);
  const run = font.layout(text, { kern: false, tnum: true });
  return (run.positions.reduce((s, p) => s + p.xAdvance, 0) / font.unitsPerEm) * size;
}

describe("textWidth (Source Sans 3's advance widths)", () => {
  it("knows the widths of single glyphs: tabular digits 0.497 em, the space 0.2 em", () => {
    for (const d of "0123456789") expect(textWidth(d, 1000)).toBeCloseTo(497, 5);
    expect(textWidth(" ", 1000)).toBeCloseTo(200, 5);
    expect(textWidth("11.000", 10)).toBeCloseTo(textWidth("88.888", 10), 5);
  });

  it.each(["Kursk", "Wladiwostok", "Pjöngjang", "Südkorea (NIS), 11.000–12.000", "Mär. 2025 – „rund 15.000“"])(
    "measures %j as the font file does, within 0.5 px at 16 px",
    (text) => {
      expect(Math.abs(textWidth(text, 16) - fontWidth("source-sans-3-latin-400-normal.woff2", text, 16))).toBeLessThan(0.5);
      expect(Math.abs(textWidth(text, 16, true) - fontWidth("source-sans-3-latin-700-normal.woff2", text, 16))).toBeLessThan(0.5);
    },
  );

  it("is wider in bold, scales with the size and adds up", () => {
    expect(textWidth("Kursk", 13, true)).toBeGreaterThan(textWidth("Kursk", 13));
    expect(textWidth("Kursk", 26)).toBeCloseTo(2 * textWidth("Kursk", 13), 6);
    expect(textWidth("Kursk Pjöngjang", 13)).toBeCloseTo(textWidth("Kursk", 13) + textWidth(" ", 13) + textWidth("Pjöngjang", 13), 6);
  });

  it("counts a character outside the font's Latin subset wide rather than as nothing", () => {
    expect(textWidth("한", 10)).toBeGreaterThanOrEqual(6);
  });
});

describe("wrapText", () => {
  it("keeps every line within the width", () => {
    const lines = wrapText("Nordkorea schickt seit Herbst 2024 Soldaten nach Russland", 120, 13);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l, 13)).toBeLessThanOrEqual(120);
  });
});
