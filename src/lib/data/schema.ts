/**
 * The one schema of the dataset. Each CSV row arrives as strings; these zod schemas check and
 * convert them. The same schemas serve the Astro content collections and `npm run check:data`.
 */
import { z } from "zod";

/** A cell that must not be empty. */
const text = z.string().trim().min(1, "is empty but required");

/** A cell that may be empty; empty becomes undefined (unknown), never "" or 0. */
const optionalText = z
  .string()
  .trim()
  .transform((s) => (s === "" ? undefined : s));

/** An id: lower-case letters, digits, dash (claim ids from the research may be upper-case). */
const id = z
  .string()
  .trim()
  .min(1, "is empty but required")
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, "may hold only letters, digits and dashes");

/** A reference to another file's id; empty allowed. */
const optionalRef = optionalText;

/** Ids separated by spaces; empty becomes []. */
const idList = z
  .string()
  .trim()
  .refine((s) => s === "" || /^[A-Za-z0-9][A-Za-z0-9-]*(?:\s+[A-Za-z0-9][A-Za-z0-9-]*)*$/.test(s), "must be ids separated by spaces")
  .transform((s) => (s === "" ? [] : s.split(/\s+/)));

/** True if `iso` (YYYY-MM-DD) names a day that exists in the calendar. */
export function isRealDay(iso: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** An ISO calendar day, checked against the calendar (2024-02-30 fails). */
const isoDay = z
  .string()
  .trim()
  .refine((s) => s !== "", "is empty but required")
  .refine((s) => s === "" || isRealDay(s), "is not a valid date (expected YYYY-MM-DD, a real day)");

/** An ISO day or a date-time with minutes and a UTC offset, e.g. 2024-10-23T16:03+02:00. */
const isoDayOrDateTime = z
  .string()
  .trim()
  .refine((s) => s !== "", "is empty but required")
  .refine((s) => {
    if (s === "") return true;
    const m = /^(\d{4}-\d{2}-\d{2})(?:T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d))?$/.exec(s);
    return m !== null && isRealDay(m[1]!);
  }, "is not a valid date or date-time (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM+HH:MM)");

/** An optional whole number ≥ 0. Empty stays undefined: "unknown" must never read as 0. */
const optionalCount = z
  .string()
  .trim()
  .superRefine((s, ctx) => {
    if (s === "" || /^\d+$/.test(s)) return;
    const message = /^-\s*\d/.test(s)
      ? "must not be negative"
      : /^\d*[.,]\d+$/.test(s)
        ? "must be a whole number (no decimals, no thousands separator)"
        : "is not a number";
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${message}: "${s}"` });
  })
  .transform((s) => (s === "" ? undefined : Number(s)));

/** A decimal coordinate within ±limit. */
const coordinate = (limit: number) =>
  z
    .string()
    .trim()
    .superRefine((s, ctx) => {
      if (!/^-?\d+(\.\d+)?$/.test(s)) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `is not a decimal number: "${s}"` });
      else if (Math.abs(Number(s)) > limit) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${s} is out of range (−${limit} … ${limit})` });
    })
    .transform(Number);

/** "true" or "false". */
const flag = z
  .string()
  .trim()
  .refine((s) => s === "true" || s === "false", 'must be "true" or "false"')
  .transform((s) => s === "true");

/** An optional positive whole number (positions). */
const optionalPosition = optionalCount;

/** How precise a date is. */
export const datePrecisions = ["day", "week", "month"] as const;
/** How a figure was worded. */
export const qualifiers = ["exact", "approx", "up_to", "at_least", "more_than", "unquantified"] as const;
/** What a figure counts. */
export const measures = [
  "sent",
  "in_russia",
  "planned_total",
  "in_training",
  "at_front",
  "killed",
  "wounded",
  "casualties",
  "officers",
  "generals",
  "other",
] as const;
/**
 * How far a claim is confirmed, by the rule on the method page that `check:data` enforces:
 * `claim` one party says so; `corroborated` another, independent actor (another country, named, not
 * anonymous) said the same (`corroborated_by`); `acknowledged` Russia or North Korea officially admitted
 * what others had alleged (`admits`). Their own announcements and figures stay `claim`.
 */
export const statuses = ["claim", "corroborated", "acknowledged"] as const;
/** Whether a figure is a whole count, something on top of an earlier count, or a part of the whole. */
export const bases = ["total", "addition", "subset"] as const;
/** Kinds of actor; `anonymous` is unnamed officials or sources relayed by an outlet. */
export const actorKinds = ["intelligence", "government", "military", "organisation", "person", "media", "anonymous"] as const;

/** The longest evidence quote we keep, in words: long enough to check, short enough to be fair use. */
export const MAX_EVIDENCE_WORDS = 10;

/** Counts words the way a reader would: runs of non-space characters. */
export function countWords(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** A row of claims.csv: one figure (or claim without a figure) somebody reported on a date. */
export const claimRowSchema = z
  .object({
    /** Stable id; research ids (S001-01, L-008) kept. */
    id,
    /** Day on which the actor made the claim. */
    claim_date: isoDay,
    /** How precise claim_date is. */
    date_precision: z.enum(datePrecisions),
    /** Who made the claim (actors.csv). */
    actor: text,
    /** How the figure was worded: rund, bis zu, mehr als … */
    qualifier: z.enum(qualifiers),
    /** Lower bound; undefined for "bis zu" and unquantified claims. */
    figure_low: optionalCount,
    /** Upper bound; undefined for "mehr als"/"mindestens" and unquantified claims. */
    figure_high: optionalCount,
    /** What the figure counts. */
    measure: z.enum(measures),
    /** claim, corroborated or acknowledged (rule: see `statuses`). */
    status: z.enum(statuses),
    /** total, addition (on top of an earlier figure) or subset (one unit, one period, one strike); empty for a claim without a figure. */
    basis: optionalText.pipe(z.enum(bases).optional()),
    /** The claim id this row only relays (a second outlet, a letter quoting it); drawn and counted once, as the original. */
    repeats: optionalRef,
    /** For status corroborated: ids of claims by independent actors that say the same, separated by spaces. */
    corroborated_by: idList,
    /** For status acknowledged: ids of earlier claims by others that this official admission confirms, separated by spaces. */
    admits: idList,
    /** Where the figure applies (places.csv). */
    place: optionalRef,
    /** Document in which we found the claim (sources.csv). */
    source: text,
    /** Short quote from the source, at most ten words. */
    evidence: text.refine((s) => countWords(s) <= MAX_EVIDENCE_WORDS, (s) => ({
      message: `has ${countWords(s)} words, at most ${MAX_EVIDENCE_WORDS} are allowed`,
    })),
    /** Context, resolved dates, contradictions, in our words. */
    note: optionalText,
  })
  .superRefine((row, ctx) => {
    const { qualifier: q, figure_low: low, figure_high: high } = row;
    const issue = (field: string, message: string) =>
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: [field], message });
    if (low !== undefined && high !== undefined && low > high) issue("figure_low", `${low} is greater than figure_high ${high}`);
    if (q === "unquantified" && row.basis !== undefined) issue("basis", "must be empty for a claim without a figure");
    if (q !== "unquantified" && row.basis === undefined) issue("basis", "is empty but a figure needs its basis: total, addition or subset");
    if (row.repeats === row.id) issue("repeats", "names the row itself");
    if (row.status === "corroborated" && row.corroborated_by.length === 0 && row.repeats === undefined)
      issue("corroborated_by", "is empty but status corroborated needs the id(s) of the corroborating claim(s)");
    if (row.status !== "corroborated" && row.corroborated_by.length > 0) issue("corroborated_by", `must be empty unless status is corroborated (is ${row.status})`);
    if (row.status === "acknowledged" && row.admits.length === 0 && row.repeats === undefined)
      issue("admits", "is empty but status acknowledged needs the id(s) of the claims that it admits");
    if (row.status !== "acknowledged" && row.admits.length > 0) issue("admits", `must be empty unless status is acknowledged (is ${row.status})`);
    if (q === "unquantified") {
      if (low !== undefined) issue("figure_low", "must be empty when qualifier is unquantified");
      if (high !== undefined) issue("figure_high", "must be empty when qualifier is unquantified");
    } else if (q === "up_to") {
      if (low !== undefined) issue("figure_low", 'must be empty for "up_to" (bis zu): the lower bound is unknown');
      if (high === undefined) issue("figure_high", 'is empty but "up_to" needs the upper bound');
    } else if (q === "at_least" || q === "more_than") {
      if (low === undefined) issue("figure_low", `is empty but "${q}" needs the lower bound`);
      if (high !== undefined) issue("figure_high", `must be empty for "${q}": the upper bound is unknown`);
    } else {
      if (low === undefined) issue("figure_low", `is empty but "${q}" needs a figure (use qualifier unquantified for claims without a number)`);
      if (high === undefined) issue("figure_high", `is empty but "${q}" needs a figure (equal to figure_low for a single number)`);
    }
  });

/** A row of actors.csv: who makes claims. */
export const actorRowSchema = z.object({
  /** Short id, e.g. nis. */
  id,
  /** Full German name. */
  name_de: text,
  /** Short German label for the chart. */
  short_de: text.refine((s) => s.length <= 16, "is longer than 16 characters"),
  /** How German prose names the actor after "laut" (dative, no abbreviation): "westlichen Beamten". */
  prose_de: text,
  /** Full English name. */
  name_en: text,
  /** Short English label. */
  short_en: text.refine((s) => s.length <= 16, "is longer than 16 characters"),
  /** How English prose names the actor after "according to": "Western officials". */
  prose_en: text,
  /** ISO country code or EU, NATO, UN, multi. */
  country: text,
  /** intelligence, government, military, organisation, person, media, anonymous. */
  kind: z.enum(actorKinds),
});

/** A row of sources.csv: a document in which claims were found. */
export const sourceRowSchema = z.object({
  /** Short id. */
  id,
  /** Publisher. */
  outlet: text,
  /** Headline or document title as published. */
  title: text,
  /** false if the title is our paraphrase or taken from the URL, not checked word for word. */
  title_verbatim: flag,
  /** faq, news, opinion, letter, statement, report. */
  kind: z.enum(["faq", "news", "opinion", "letter", "statement", "report"]),
  /** ISO date or date-time with offset. */
  published: isoDayOrDateTime,
  /** minute, day or month. */
  published_precision: z.enum(["minute", "day", "month"]),
  /** Language code. */
  language: text,
  /** Where it was found; empty if unknown. */
  url: optionalText.refine((s) => s === undefined || /^https?:\/\/\S+$/.test(s), "is not an http(s) URL"),
  /** One of the five source documents of the first edition. */
  seed: flag,
  /** How the date was resolved, caveats. */
  note: optionalText,
});

/** A row of places.csv: a place on the map. */
export const placeRowSchema = z.object({
  /** Short id. */
  id,
  /** German name. */
  name_de: text,
  /** English name. */
  name_en: text,
  /** Latitude, WGS84. */
  lat: coordinate(90),
  /** Longitude, WGS84. */
  lon: coordinate(180),
  /** Coordinates approximate. */
  approx: flag,
  /** capital, city, port, training, front, summit. */
  kind: z.enum(["capital", "city", "port", "training", "front", "summit"]),
  /** main or secondary. */
  prominence: z.enum(["main", "secondary"]),
  /** Position on the route, empty if not on it. */
  route_order: optionalPosition,
  /** What was reported there, in our words; figures and dates as {figure:ID}, {date:ID}, {laut:ID} (see data/README.md). */
  description_de: text,
  /** Document that backs the description (sources.csv). */
  source: text,
});

/** A row of events.csv: a dated event. */
export const eventRowSchema = z.object({
  /** Short id. */
  id,
  /** ISO day. */
  date: isoDay,
  /** How precise the date is. */
  date_precision: z.enum(datePrecisions),
  /** Short chart annotation. */
  label_de: text.refine((s) => s.length <= 32, "is longer than 32 characters"),
  /** One sentence in our words. */
  title_de: text,
  /** Where it happened (places.csv). */
  place: optionalRef,
  /** Document that reports it (sources.csv). */
  source: text,
  /** Drawn on the chart. */
  chart: flag,
  /** Resolved dates, contradictions. */
  note: optionalText,
});

/** A row of corrections.csv: a fix that changed what a reader was told. */
export const correctionRowSchema = z.object({
  /** Short id, e.g. K-2026-12-02-letter. */
  id,
  /** Day the correction was published. */
  date: isoDay,
  /** Site-relative path of the page that said it ("wie-viele-soldaten/"), or "daten" for the dataset. */
  page: text,
  /** What the site said, quoted or paraphrased. */
  said_de: text,
  /** What is right, in our words. */
  right_de: text,
  /** Ids of the documents (sources.csv) that show it, separated by spaces; empty only where the fix concerns our own method or general knowledge (a place's geography). */
  sources: idList,
});

/** A validated claim. */
export type Claim = z.output<typeof claimRowSchema>;
/** A validated actor. */
export type Actor = z.output<typeof actorRowSchema>;
/** A validated source document. */
export type Source = z.output<typeof sourceRowSchema>;
/** A validated place. */
export type Place = z.output<typeof placeRowSchema>;
/** A validated event. */
export type DatedEvent = z.output<typeof eventRowSchema>;
/** A validated correction. */
export type Correction = z.output<typeof correctionRowSchema>;
/** What a figure counts. */
export type Measure = (typeof measures)[number];
/** How a figure was worded. */
export type Qualifier = (typeof qualifiers)[number];
/** How far a claim is confirmed. */
export type Status = (typeof statuses)[number];

/** The data files, their schemas and the columns each must have. */
export const dataFiles = {
  claims: { file: "claims.csv", schema: claimRowSchema },
  actors: { file: "actors.csv", schema: actorRowSchema },
  sources: { file: "sources.csv", schema: sourceRowSchema },
  places: { file: "places.csv", schema: placeRowSchema },
  events: { file: "events.csv", schema: eventRowSchema },
  corrections: { file: "corrections.csv", schema: correctionRowSchema },
} as const;

/** Column names a schema requires, read from its shape. */
export function columnsOf(schema: z.ZodTypeAny): string[] {
  let s: z.ZodTypeAny = schema;
  while (s instanceof z.ZodEffects) s = s.innerType();
  return Object.keys((s as z.AnyZodObject).shape);
}
