/** A conservative estimate of how wide a line of text is, so the pure layout can keep labels apart without a DOM. */

/**
 * Advance widths in em, rounded up from DejaVu Sans (the widest common fallback of the system font stack);
 * narrower fonts (Arial, Roboto, San Francisco) only make the real text smaller than the estimate.
 */
const NARROW = new Set([..."iljt.,:;'|!()[]fr/-‐–’‚“„\"I"]);
const WIDE = new Set([..."mwMW@%&—"]);

/** Width in px of `text` at `fontSize` px, erring on the wide side (+6 %). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if (ch === " ") em += 0.34;
    else if (NARROW.has(ch)) em += 0.4;
    else if (WIDE.has(ch)) em += 1.0;
    else if (/[0-9]/.test(ch)) em += 0.64;
    else if (ch !== ch.toLowerCase()) em += 0.76;
    else em += 0.62;
  }
  return em * fontSize * (bold ? 1.12 : 1) * 1.06;
}

/** Breaks `text` into lines no wider than `maxWidth` (greedy, at spaces; a single long word keeps its line). */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
