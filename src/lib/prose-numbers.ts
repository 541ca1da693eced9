/**
 * Finds figures typed by hand into chapter prose. Every number a reader sees must come from a component
 * that reads data/ (ClaimFigure, PlaceDistance), so the text cannot drift from the chart and the map.
 * Years, dates, clock times and named numbers ("Resolution 1718") are not figures and are allowed: a date or
 * a time is made of numbers below 100 and a year (23.10.2024, 2024-10-23T16:03, 16:03), and the digits of
 * a designation (KN-23, MiG-29) follow a hyphen, which no figure does.
 */

/** A hand-typed number found in a source text. */
export interface StrayNumber {
  /** The number as written, e.g. "12.000". */
  text: string;
  /** 1-based line in the scanned source. */
  line: number;
  /** The line, trimmed, for the error message. */
  context: string;
}

/** Numbers that are names, not figures: kept deliberately short so a figure cannot hide behind them. */
export const NAMED_NUMBERS: RegExp[] = [
  /\b[Rr]esolution(?:en|s)?\s+\d{3,4}(?:\s*(?:und|and|,)\s+\d{3,4})*/g, // UN Security Council resolutions
  /\b\d{1,3}\.\s+(?:Pionierregiment|Pionier-Regiment|Korps|Brigade|Luftlandebrigade|Sturmbrigade)/g, // numbered units
  /\b\d{1,3}(?:st|nd|rd|th)\s+(?:Engineer\s+Regiment|Regiment|Corps|Brigade|Airborne\s+Brigade|Assault\s+Brigade)/g, // numbered units, English
];

/** A calendar year, 1900–2099, written without a thousands separator. */
const YEAR = /^(?:19|20)\d{2}$/;

/** Replaces every match with spaces of the same length, so line numbers and columns stay put. */
function blank(text: string, pattern: RegExp): string {
  return text.replace(pattern, (m) => m.replace(/[^\n]/g, " "));
}

/** Removes what is not prose in an MDX file: front matter keys other than title/summary/nav, imports, JSX tags and expressions, link targets, code. */
export function proseOf(mdx: string): string {
  let text = mdx;
  // Front matter: only the reader-facing keys stay.
  text = text.replace(/^---\n([\s\S]*?)\n---/, (block) =>
    block.replace(/^(?!(?:title|summary|nav):).*/gm, (line) => line.replace(/[^\n]/g, " ")),
  );
  text = blank(text, /^(?:import|export)\s.*/gm);
  text = blank(text, /```[\s\S]*?```/g);
  text = blank(text, /`[^`\n]*`/g);
  text = blank(text, /\{\/\*[\s\S]*?\*\/\}/g); // MDX comments
  text = blank(text, /<\/?[A-Za-z][\w.]*(?:\s(?:[^<>{}"]|"[^"]*"|\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\})*)?\/?>/g); // tags with attributes
  text = blank(text, /\]\([^)\s]*\)/g); // link targets: keep the link text
  text = blank(text, /https?:\/\/\S+/g);
  return text;
}

/** Every number of 100 or more, or written with a thousands separator, that is not a date, a year or a name. */
export function strayNumbers(mdx: string): StrayNumber[] {
  let text = proseOf(mdx);
  for (const pattern of NAMED_NUMBERS) text = blank(text, pattern);
  const lines = mdx.split("\n");
  const found: StrayNumber[] = [];
  // A number: digits with German thousands dots, English thousands commas or (thin) spaces, optional
  // decimals. "12,000" is read as English grouping: German prose writes no decimal with three places.
  const number =
    /(?<![\p{L}\d-])\d{1,3}(?:(?:\.|\u202f|\u2009|\u00a0)\d{3})+(?:,\d+)?(?!\d)|(?<![\p{L}\d-])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\p{L}\d-])\d+(?:,\d+)?(?!\d)/gu;
  for (const match of text.matchAll(number)) {
    const raw = match[0];
    // A grouped number (1.500, 12,000, 12 000) is 1,000 or more; only a plain number or decimal can be
    // small or a year, and then only if no "Millionen" follows it.
    const plain = /^\d+(?:,\d+)?$/.test(raw) && !/^\d{1,3}(?:,\d{3})+$/.test(raw);
    const after = text.slice(match.index! + raw.length, match.index! + raw.length + 12);
    const big = /^\s*(?:Mio|Millione?n?|Mrd|Milliarden?)\b/.test(after);
    if (plain && !big && (YEAR.test(raw) || Number(raw.replace(",", ".")) < 100)) continue;
    const line = text.slice(0, match.index).split("\n").length;
    found.push({ text: raw, line, context: lines[line - 1]!.trim() });
  }
  return found;
}

const MONTHS =
  "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|" +
  "January|February|March|May|June|July|October|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";

/** A date a reader would read as one: 23.10.2024, 23.10., 2024-10-23, 3. November (2024), Oktober 2024, Mitte Oktober 2024. */
const HAND_DATES: RegExp[] = [
  /\b\d{4}-\d{2}-\d{2}\b/g,
  /\b\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{4})?/g,
  new RegExp(`\\b\\d{1,2}\\.\\s?(?:${MONTHS})(?:\\s+\\d{4})?`, "g"),
  new RegExp(`\\b(?:${MONTHS})\\s+\\d{4}\\b`, "g"),
  // English: 18 October 2024, October 18(, 2024), 18 Oct.
  new RegExp(`\\b\\d{1,2}\\s+(?:${MONTHS})\\.?(?:\\s+\\d{4})?\\b`, "g"),
  new RegExp(`\\b(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+\\d{4})?`, "g"),
];

/** A date typed by hand into reader-facing text. */
export interface StrayDate {
  text: string;
  line: number;
  context: string;
}

/**
 * Every day or month date written out in `text` (already stripped of markup): dates must come from the
 * data (<DateOf id>, {date:ID}) so that they cannot drift from the rows they belong to. Bare years stay.
 */
export function strayDates(text: string, original: string = text): StrayDate[] {
  const lines = original.split("\n");
  const spans = HAND_DATES.flatMap((pattern) =>
    [...text.matchAll(pattern)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0] })),
  );
  // Several patterns can match one date ("18 October 2024" and "October 2024"): keep the longest, once.
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: typeof spans = [];
  // Sorted by start, a span overlaps a kept one only if it starts before the last kept one ends.
  for (const span of spans) if (span.start >= (kept.at(-1)?.end ?? 0)) kept.push(span);
  return kept.map((span) => {
    const line = text.slice(0, span.start).split("\n").length;
    return { text: span.text, line, context: lines[line - 1]!.trim() };
  });
}

/** Words that claim the present; on a page read long after its data, each needs a date beside it. */
export const PRESENT_WORDS = [
  "heute",
  "inzwischen",
  "derzeit",
  "aktuell",
  "jetzt",
  "bislang",
  "bisher",
  "mittlerweile",
  "zurzeit",
  "today",
  "now",
  "currently",
  "so far",
  "to date",
  "at present",
  "recently",
  "nowadays",
];

/** A sentence or heading that says "heute" (or a kin) without a date. */
export interface UndatedPresent {
  word: string;
  line: number;
  context: string;
}

/**
 * Sentences and headings of an MDX text that use a present-tense time word without a date in the same
 * sentence: a <DateOf>, an attributed figure, an <Attribution>, the chapter's Stand or at least a year.
 */
export function undatedPresent(mdx: string): UndatedPresent[] {
  const body = mdx.replace(/^---\n[\s\S]*?\n---/, (block) =>
    block.replace(/^(?!(?:title|summary|nav):).*/gm, (line) => line.replace(/[^\n]/g, " ")),
  );
  const found: UndatedPresent[] = [];
  const word = new RegExp(`(?<![\\p{L}])(${PRESENT_WORDS.join("|")})(?![\\p{L}])`, "giu");
  const dated = /<DateOf\b|<Attribution\b|<ClaimFigure\b[^>]*\battribution\b|\bStand\b|\b(?:19|20)\d{2}\b|\{date:/;
  // Sentences end at . ? ! before a space or a line break; dots inside tags do not end one (nor do those of
  // 1.5 or z.B., which no space follows). The text's end ends the last one.
  const masked = body.replace(/<[^<>]*>/g, (m) => m.replace(/[.?!]/g, " "));
  let start = 0;
  for (const end of [...masked.matchAll(/[.?!](?=\s)|\n/g)].map((m) => m.index! + 1).concat(masked.length)) {
    const sentence = body.slice(start, end);
    for (const m of sentence.matchAll(word)) {
      if (dated.test(sentence)) continue;
      const line = body.slice(0, start + m.index!).split("\n").length;
      found.push({ word: m[1]!, line, context: mdx.split("\n")[line - 1]!.trim() });
    }
    start = end;
  }
  return found;
}
