/**
 * Quotations inside our notes: a German note quotes an English document („another piece of fake news“),
 * an English note a German one (“hatte zuvor erklärt”). The notes are plain text in the CSV, so the page
 * finds the quoted parts to mark their language (WCAG 3.1.2).
 */

/** A piece of a text: our own words, or the words inside a pair of quotation marks. */
export interface TextPart {
  text: string;
  quoted: boolean;
}

/** German „…“ and English “…” quotations; the marks stay with our own words. */
const QUOTE = /„([^“”„]+)“|“([^“”„]+)”/g;

/** Splits a text into our words and the quoted words between them, in order; joined, the parts give the text back. */
export function quoteParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const m of text.matchAll(QUOTE)) {
    const inner = m[1] ?? m[2]!;
    const start = m.index! + 1;
    parts.push({ text: text.slice(at, start), quoted: false }, { text: inner, quoted: true });
    at = start + inner.length;
  }
  parts.push({ text: text.slice(at), quoted: false });
  return parts.filter((p) => p.text !== "");
}
