/**
 * The one schema of the dataset. Each CSV row arrives as strings; these zod schemas check and
 * convert them. The same schemas serve the Astro content collections and `npm run check:data`.
 */
import { z } from "zod";
import { isIsoDateTime, isIsoDay } from "../date";

/**
 * How a column reads in a Frictionless Table Schema (datapackage.json). Each cell builder below carries
 * one on its zod definition: `.describe()` copies the definition, so the field keeps it, and `.refine()`
 * or `.pipe()` wrap the builder, where `tableTypeOf` finds it again.
 */
export interface TableType {
  type: "string" | "integer" | "number" | "boolean" | "date";
  format?: "uri";
  required?: boolean;
  unique?: boolean;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  trueValues?: string[];
  falseValues?: string[];
}

/** Attaches a Table Schema type to a cell builder. */
function tableType<T extends z.ZodTypeAny>(schema: T, type: TableType): T {
  Object.assign(schema._def, { tableType: type });
  return schema;
}

/** The pattern of one id, as in the files. */
export const ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9-]*$";
/** The pattern of a space-separated list of ids (empty allowed). */
export const ID_LIST_PATTERN = "^([A-Za-z0-9][A-Za-z0-9-]*( [A-Za-z0-9][A-Za-z0-9-]*)*)?$";

/** A cell that must not be empty. */
const text = tableType(z.string().trim().min(1, "is empty but required"), { type: "string", required: true });

/** A cell that may be empty; empty becomes undefined (unknown), never "" or 0. */
const optionalText = tableType(
  z
    .string()
    .trim()
    .transform((s) => (s === "" ? undefined : s)),
  { type: "string" },
);

/** An id: lower-case letters, digits, dash (claim ids from the research may be upper-case). */
const id = tableType(
  z.string().trim().min(1, "is empty but required").regex(new RegExp(ID_PATTERN), "may hold only letters, digits and dashes"),
  { type: "string", required: true, unique: true, pattern: ID_PATTERN },
);

/** Ids separated by spaces; empty becomes []. */
const idList = tableType(
  z
    .string()
    .trim()
    .refine((s) => s === "" || /^[A-Za-z0-9][A-Za-z0-9-]*(?:\s+[A-Za-z0-9][A-Za-z0-9-]*)*$/.test(s), "must be ids separated by spaces")
    .transform((s) => (s === "" ? [] : s.split(/\s+/))),
  { type: "string", pattern: ID_LIST_PATTERN },
);

/** An ISO calendar day, checked against the calendar (2024-02-30 fails). */
const isoDay = tableType(
  z
    .string()
    .trim()
    .refine((s) => s !== "", "is empty but required")
    .refine((s) => s === "" || isIsoDay(s), "is not a valid date (expected YYYY-MM-DD, a real day)"),
  { type: "date", required: true },
);

/** An ISO day that is unique in its file: an edition's date, by which other files name the edition. */
const uniqueDay = tableType(isoDay.describe("ISO day"), { type: "date", required: true, unique: true });

/** An ISO day or a date-time with minutes and a UTC offset, e.g. 2024-10-23T16:03+02:00. */
const isoDayOrDateTime = tableType(
  z
    .string()
    .trim()
    .refine((s) => s !== "", "is empty but required")
    .refine(
      (s) => s === "" || isIsoDay(s) || isIsoDateTime(s),
      "is not a valid date or date-time (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM+HH:MM)",
    ),
  { type: "string", required: true, pattern: "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:\\d{2}))?$" },
);

/** An optional whole number ≥ 0. Empty stays undefined: "unknown" must never read as 0. */
const optionalCount = tableType(
  z
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
    .transform((s) => (s === "" ? undefined : Number(s))),
  { type: "integer", minimum: 0 },
);

/** A decimal coordinate within ±limit. */
const coordinate = (limit: number) =>
  tableType(
    z
      .string()
      .trim()
      .superRefine((s, ctx) => {
        if (!/^-?\d+(\.\d+)?$/.test(s)) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `is not a decimal number: "${s}"` });
        else if (Math.abs(Number(s)) > limit)
          ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${s} is out of range (−${limit} … ${limit})` });
      })
      .transform(Number),
    { type: "number", required: true, minimum: -limit, maximum: limit },
  );

/** "true" or "false". */
const flag = tableType(
  z
    .string()
    .trim()
    .refine((s) => s === "true" || s === "false", 'must be "true" or "false"')
    .transform((s) => s === "true"),
  { type: "boolean", required: true, trueValues: ["true"], falseValues: ["false"] },
);

/** Required text of at most `max` characters (chart labels). */
const shortText = (max: number) =>
  tableType(
    text.refine((s) => s.length <= max, `is longer than ${max} characters`),
    { type: "string", required: true, maxLength: max },
  );

/** An optional http(s) address. */
const optionalUrl = tableType(
  optionalText.refine((s) => s === undefined || /^https?:\/\/\S+$/.test(s), "is not an http(s) URL"),
  { type: "string", format: "uri" },
);

/** An optional position (1, 2, 3 …): a whole number ≥ 1; empty stays undefined. */
const optionalPosition = tableType(
  optionalCount.refine((n) => n === undefined || n >= 1, "must be 1 or more (positions start at 1)"),
  { type: "integer", minimum: 1 },
);

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

/** Reports a cross-field problem on one field of the row. */
type Issue = (field: string, message: string) => void;

/** note_en is filled exactly when note is: the English edition shows a note wherever the German one does. */
function checkNoteEn(row: { note?: string | undefined; note_en?: string | undefined }, issue: Issue): void {
  if (row.note !== undefined && row.note_en === undefined) issue("note_en", "is empty but note has text: add its English translation");
  if (row.note === undefined && row.note_en !== undefined) issue("note_en", "has text but note is empty: it must translate the note");
}

/** A row of claims.csv: one figure (or claim without a figure) somebody reported on a date. */
export const claimRowSchema = z
  .object({
    id: id.describe(
      "Unique, stable id. Claims from the research notes keep their research id (S001-01 = seed text 001, claim 1; L-008 = later report 8); new ones: C- and a short slug.",
    ),
    claim_date: isoDay.describe("Day on which the actor made the claim (not the day of the event it describes)."),
    date_precision: z
      .enum(datePrecisions)
      .describe("How precise claim_date is: day, week or month (for month the day is a placeholder, the 15th)."),
    actor: text.describe("Who made the claim: an id in actors.csv."),
    qualifier: z
      .enum(qualifiers)
      .describe(
        "How the figure was worded: exact (1.500), approx (rund, etwa), up_to (bis zu), at_least (mindestens), more_than (mehr als), unquantified (no number: Tausende, a confirmation).",
      ),
    figure_low: optionalCount.describe("Lower bound, a whole number ≥ 0. Empty (unknown, never 0) for up_to and unquantified."),
    figure_high: optionalCount.describe(
      "Upper bound, a whole number ≥ 0. Empty for at_least, more_than and unquantified; equal to figure_low for a single figure, larger for a range.",
    ),
    measure: z
      .enum(measures)
      .describe(
        "What the figure counts: sent (dispatched, cumulative), in_russia, planned_total, in_training, at_front, killed, wounded, casualties (killed and wounded, or not split), officers, generals, other (no troop count).",
      ),
    status: z
      .enum(statuses)
      .describe(
        "claim: one party says so. corroborated: another, independent actor (a named actor of another country, not an outlet or an anonymous source) said the same (corroborated_by). acknowledged: Russia or North Korea officially admitted what others had alleged (admits). Their own announcements stay claim.",
      ),
    basis: optionalText
      .pipe(z.enum(bases).optional())
      .describe(
        "total (a whole count), addition (on top of an earlier count) or subset (one unit, one week, one strike); empty only for unquantified.",
      ),
    repeats: optionalText.describe(
      "Id of the claim this row only relays (a second outlet, a letter quoting it); drawn and counted once, as the original, with the original's status.",
    ),
    corroborated_by: idList.describe(
      "Ids of the corroborating claims, separated by spaces; required if and only if status is corroborated.",
    ),
    admits: idList.describe(
      "Ids of earlier claims by others that this official admission confirms, separated by spaces; required if and only if status is acknowledged.",
    ),
    place: optionalText.describe("Where the figure applies: an id in places.csv."),
    source: text.describe("The document in which we found the claim: an id in sources.csv."),
    evidence: text
      .refine(
        (s) => countWords(s) <= MAX_EVIDENCE_WORDS,
        (s) => ({
          message: `has ${countWords(s)} words, at most ${MAX_EVIDENCE_WORDS} are allowed`,
        }),
      )
      .describe("A short quote from the source, at most ten words, German or original language, without quotation marks."),
    note: optionalText.describe("Context, resolved relative dates, contradictions, confidence; our words."),
    note_en: optionalText.describe("The note in English (a translation of note)."),
    added: isoDay.describe("Day of the edition that added the row: a date in editions.csv."),
  })
  .superRefine((row, ctx) => {
    const { qualifier: q, figure_low: low, figure_high: high } = row;
    const issue = (field: string, message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, path: [field], message });
    if (low !== undefined && high !== undefined && low > high) issue("figure_low", `${low} is greater than figure_high ${high}`);
    if (q === "unquantified" && row.basis !== undefined) issue("basis", "must be empty for a claim without a figure");
    if (q !== "unquantified" && row.basis === undefined) issue("basis", "is empty but a figure needs its basis: total, addition or subset");
    if (row.repeats === row.id) issue("repeats", "names the row itself");
    checkNoteEn(row, issue);
    if (row.status === "corroborated" && row.corroborated_by.length === 0 && row.repeats === undefined)
      issue("corroborated_by", "is empty but status corroborated needs the id(s) of the corroborating claim(s)");
    if (row.status !== "corroborated" && row.corroborated_by.length > 0)
      issue("corroborated_by", `must be empty unless status is corroborated (is ${row.status})`);
    if (row.status === "acknowledged" && row.admits.length === 0 && row.repeats === undefined)
      issue("admits", "is empty but status acknowledged needs the id(s) of the claims that it admits");
    if (row.status !== "acknowledged" && row.admits.length > 0)
      issue("admits", `must be empty unless status is acknowledged (is ${row.status})`);
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
      if (low === undefined)
        issue("figure_low", `is empty but "${q}" needs a figure (use qualifier unquantified for claims without a number)`);
      if (high === undefined) issue("figure_high", `is empty but "${q}" needs a figure (equal to figure_low for a single number)`);
    }
  });

/** A row of actors.csv: who makes claims. */
export const actorRowSchema = z.object({
  id: id.describe("Short id, e.g. nis, hur, zelensky."),
  name_de: text.describe("Full German name."),
  short_de: shortText(16).describe("Short German label for the chart, at most 16 characters."),
  prose_de: text.describe("How German prose names the actor in an attribution: dative case, no abbreviation, usually without article."),
  name_en: text.describe("Full English name."),
  short_en: shortText(16).describe("Short English label, at most 16 characters."),
  prose_en: text.describe('How English prose names the actor after "according to".'),
  country: text.describe("ISO 3166 alpha-2 country code, or EU, NATO, UN, multi."),
  kind: z
    .enum(actorKinds)
    .describe(
      "intelligence, government, military, organisation, person, media, anonymous (unnamed officials or sources relayed by an outlet; they cannot corroborate).",
    ),
});

/** A row of sources.csv: a document in which claims were found. */
export const sourceRowSchema = z
  .object({
    id: id.describe("Short id, e.g. tagesschau-faq-2024-10-23."),
    outlet: text.describe("Publisher: the outlet, agency or office that published the document."),
    title: text.describe("Headline or document title as published (original language)."),
    title_verbatim: flag.describe(
      "true if the title was checked word for word against the published page; false if it is our paraphrase or was taken from the address.",
    ),
    kind: z
      .enum(["faq", "news", "opinion", "letter", "statement", "report"])
      .describe("faq, news, opinion, letter (citizen question and MP answer), statement (official statement or press release), report."),
    published: isoDayOrDateTime.describe(
      "ISO date, or date-time with UTC offset. For an undated document the earliest date it can have been written (published_precision month).",
    ),
    published_precision: z.enum(["minute", "day", "month"]).describe("minute, day or month; month when published is only a lower bound."),
    language: text.describe("Language code: de, en, ko, uk, ru …"),
    url: optionalUrl.describe("Address where it was found; empty if not known."),
    seed: flag.describe("true for the five source documents of the first edition."),
    note: optionalText.describe("How the date was resolved, mirrors, caveats."),
    note_en: optionalText.describe("The note in English (a translation of note)."),
    added: isoDay.describe("Day of the edition that added the row: a date in editions.csv."),
  })
  .superRefine((row, ctx) => {
    checkNoteEn(row, (field, message) => ctx.addIssue({ code: z.ZodIssueCode.custom, path: [field], message }));
  });

/** A row of places.csv: a place on the map. */
export const placeRowSchema = z.object({
  id: id.describe("Short id, e.g. pyongyang, vladivostok, kursk."),
  name_de: text.describe("German name."),
  name_en: text.describe("English name."),
  lat: coordinate(90).describe("Latitude, WGS84, -90 to 90."),
  lon: coordinate(180).describe("Longitude, WGS84, -180 to 180."),
  approx: flag.describe("true if the coordinates are approximate (unverified training grounds)."),
  kind: z.enum(["capital", "city", "port", "training", "front", "summit"]).describe("capital, city, port, training, front, summit."),
  prominence: z.enum(["main", "secondary"]).describe("main (Pyongyang, Vladivostok, Kursk) or secondary."),
  route_order: optionalPosition.describe("Position on the route (1 = embarkation …); empty if not on the route."),
  description_de: text.describe(
    "What was reported there, in our words; dates and figures only as references {date:ID}, {figure:ID}, {laut:ID} to a claim or event.",
  ),
  description_en: text.describe(
    "The description in English, translated from description_de; the same references {date:ID}, {figure:ID}, {laut:ID}, each as often as there.",
  ),
  source: text.describe("The document that backs the description: an id in sources.csv."),
});

/** A row of events.csv: a dated event. */
export const eventRowSchema = z.object({
  id: id.describe("Short id, e.g. E-treaty."),
  date: isoDay.describe("ISO day of the event."),
  date_precision: z.enum(datePrecisions).describe("How precise the date is: day, week or month."),
  label_de: shortText(32).describe("Short annotation for the chart, at most 32 characters."),
  label_en: shortText(32).describe("The annotation in English, at most 32 characters."),
  title_de: text.describe("One sentence in our words; dates and figures only as {date:ID} / {figure:ID}."),
  title_en: text.describe("The sentence in English, translated from title_de; the same references {date:ID} / {figure:ID} as there."),
  place: optionalText.describe("Where it happened: an id in places.csv."),
  source: text.describe("The document that reports it: an id in sources.csv."),
  chart: flag.describe("true if the event is drawn as an annotation on the chart."),
  note: optionalText.describe("Resolved dates, contradictions."),
  added: isoDay.describe("Day of the edition that added the row: a date in editions.csv."),
});

/** A row of corrections.csv: a fix that changed what a reader was told. */
export const correctionRowSchema = z.object({
  id: id.describe("Short id, e.g. K-2026-12-02-letter-date."),
  date: isoDay.describe("Day the correction was published: a date in editions.csv."),
  page: text.describe("Site-relative path of the page that said it (wie-viele-soldaten/), ./ for the start page."),
  said_de: text.describe("What the site said, quoted or closely paraphrased (it may hold the old, wrong dates and figures)."),
  said_en: text.describe("What the site said, in English: a translation of said_de (it may hold the same old dates and figures)."),
  right_de: text.describe("What is right, in our words."),
  right_en: text.describe("What is right, in English: a translation of right_de."),
  sources: idList.describe(
    "Ids in sources.csv that show what is right, separated by spaces; empty only where the fix concerns our own method or general knowledge.",
  ),
});

/** A row of editions.csv: a dated release of the explainer and its data. */
export const editionRowSchema = z.object({
  id: id.describe("Short id, e.g. erste-ausgabe."),
  date: uniqueDay.describe("ISO day the edition was published; unique, since the added columns and corrections name an edition by it."),
  title_de: text.describe("Name of the edition (Erste Ausgabe)."),
  title_en: text.describe("Name of the edition in English (First edition)."),
  summary_de: text.describe("What the edition brought, in one or two sentences; no typed dates or figures."),
  summary_en: text.describe("The summary in English, translated from summary_de; no typed dates or figures."),
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
/** A validated edition. */
export type Edition = z.output<typeof editionRowSchema>;
/** What a figure counts. */
export type Measure = (typeof measures)[number];
/** How a figure was worded. */
export type Qualifier = (typeof qualifiers)[number];
/** How far a claim is confirmed. */
export type Status = (typeof statuses)[number];

/** The validated rows of every data file: what the pages read. Parts of the code take `Pick<DatasetRows, …>`. */
export interface DatasetRows {
  claims: Claim[];
  actors: Actor[];
  sources: Source[];
  places: Place[];
  events: DatedEvent[];
  corrections: Correction[];
  /** Editions, oldest first. */
  editions: Edition[];
}

/** The data files, their schemas and the columns each must have. */
export const dataFiles = {
  claims: { file: "claims.csv", schema: claimRowSchema },
  actors: { file: "actors.csv", schema: actorRowSchema },
  sources: { file: "sources.csv", schema: sourceRowSchema },
  places: { file: "places.csv", schema: placeRowSchema },
  events: { file: "events.csv", schema: eventRowSchema },
  corrections: { file: "corrections.csv", schema: correctionRowSchema },
  editions: { file: "editions.csv", schema: editionRowSchema },
} as const;

/** Column names a schema requires, read from its shape. */
export function columnsOf(schema: z.ZodTypeAny): string[] {
  let s: z.ZodTypeAny = schema;
  while (s instanceof z.ZodEffects) s = s.innerType();
  return Object.keys((s as z.AnyZodObject).shape);
}
