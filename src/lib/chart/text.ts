/**
 * How wide a line of text is, so the pure layout can keep labels apart without a DOM: the sum of the
 * advance widths of Source Sans 3, the site's bundled text face (read from the font files by
 * scripts/make-font-metrics.mjs into font-metrics.json), digits tabular as the chart sets them.
 * Kerning is left out: it only makes real text a little narrower than this.
 */
import metrics from "./font-metrics.json";

type Face = { missing: number; widths: Record<string, number> };
const REGULAR: Face = metrics.regular;
const BOLD: Face = metrics.bold;
/** A character the font's Latin subset lacks is drawn by a fallback font: count it wide. */
const UNKNOWN = 0.65;

/** Width in px of `text` at `fontSize` px in Source Sans 3 (bold: weight 700). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const face = bold ? BOLD : REGULAR;
  let em = 0;
  for (const ch of text) em += face.widths[ch] ?? UNKNOWN;
  return em * fontSize;
}

/** Breaks `text` into lines at spaces, greedily, while `fits(line)`; a single long word keeps its line. */
export function wrapWords(text: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && !fits(next)) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Breaks `text` into lines no wider than `maxWidth` px at `fontSize`. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  return wrapWords(text, (line) => textWidth(line, fontSize) <= maxWidth);
}
