// Chart test fixtures: a synthetic dataset that has every way a figure can be drawn (point, range, "bis zu",
// "mehr als", no figure), every status, every measure, five colour groups, same-day clusters that must be
// dodged, and events close together. Built in code so the snapshots do not move when data/ changes.
import type { ChartItem } from "../../src/lib/chart/model";
import type { Actor, Claim, DatedEvent, Source } from "../../src/lib/data/schema";

const actor = (id: string, short: string, country: string): Actor => ({
  id,
  name_de: `${short} (voller Name)`,
  short_de: short,
  prose_de: short,
  name_en: short,
  short_en: short,
  prose_en: short,
  country,
  kind: "government",
});

/** Actors from every colour group, two sharing one group (shapes differ). */
export const actors: Actor[] = [
  actor("nis", "NIS", "KR"),
  actor("jcs", "Generalstab ROK", "KR"),
  actor("hur", "HUR", "UA"),
  actor("us", "US-Regierung", "US"),
  actor("nato", "NATO", "NATO"),
  actor("ru", "Russland", "RU"),
  actor("silent", "Ohne Zahlen", "DE"),
];

let n = 0;
/** A claim with defaults; `fig` is [low, high] as in the CSV (undefined = empty cell). */
function claim(
  date: string,
  who: string,
  q: Claim["qualifier"],
  fig: [number | undefined, number | undefined],
  measure: Claim["measure"],
  status: Claim["status"] = "claim",
): Claim {
  n++;
  const c: Claim = {
    id: `F-${String(n).padStart(2, "0")}`,
    claim_date: date,
    date_precision: "day",
    added: "2026-11-27",
    actor: who,
    qualifier: q,
    measure,
    status,
    ...(q === "unquantified" ? {} : { basis: "total" as const }),
    corroborated_by: [],
    admits: [],
    source: n % 2 ? "s1" : "s2",
    evidence: `Beleg ${n}`,
  };
  if (fig[0] !== undefined) c.figure_low = fig[0];
  if (fig[1] !== undefined) c.figure_high = fig[1];
  return c;
}

/** Claims: a cluster on 23.10.2024 (dodging), open-ended and ranged figures, losses, and table-only measures. */
export const claims: Claim[] = [
  claim("2024-10-18", "nis", "exact", [1500, 1500], "sent", "corroborated"),
  claim("2024-10-18", "nis", "approx", [12000, 12000], "planned_total"),
  claim("2024-10-23", "nis", "exact", [3000, 3000], "in_russia", "corroborated"),
  claim("2024-10-23", "nis", "exact", [3000, 3000], "in_training"),
  claim("2024-10-23", "us", "at_least", [3000, undefined], "sent"),
  claim("2024-10-23", "nato", "unquantified", [undefined, undefined], "in_russia"),
  claim("2024-10-23", "us", "unquantified", [undefined, undefined], "in_russia"),
  claim("2024-10-24", "hur", "approx", [12000, 12000], "in_russia"),
  claim("2024-10-24", "hur", "exact", [500, 500], "officers"),
  claim("2024-10-24", "ru", "unquantified", [undefined, undefined], "other"),
  claim("2024-11-20", "nis", "more_than", [11000, undefined], "at_front"),
  claim("2024-12-19", "nis", "at_least", [100, undefined], "killed"),
  claim("2024-12-19", "nis", "approx", [1000, 1000], "wounded"),
  claim("2024-12-23", "jcs", "approx", [1100, 1100], "casualties"),
  claim("2025-01-08", "us", "up_to", [undefined, 12000], "in_russia"),
  claim("2025-02-27", "jcs", "exact", [1000, 3000], "sent"),
  claim("2025-04-26", "ru", "unquantified", [undefined, undefined], "at_front", "acknowledged"),
  claim("2025-06-17", "ru", "exact", [5000, 5000], "planned_total", "acknowledged"),
  claim("2025-06-17", "silent", "unquantified", [undefined, undefined], "other"),
  claim("2025-09-02", "nis", "approx", [2000, 2000], "killed"),
  // A crowd: six actors within a week and a few thousand soldiers of each other.
  claim("2024-10-25", "jcs", "exact", [2500, 2500], "at_front"),
  claim("2024-10-25", "hur", "exact", [2600, 2600], "at_front"),
  claim("2024-10-26", "nato", "approx", [3500, 3500], "in_russia"),
  claim("2024-10-28", "us", "approx", [10000, 10000], "sent"),
  claim("2024-10-28", "hur", "exact", [11000, 11000], "in_training"),
  claim("2024-10-29", "ru", "exact", [10500, 10500], "in_russia", "acknowledged"),
  claim("2024-10-30", "jcs", "approx", [12500, 12500], "sent"),
  claim("2024-12-20", "hur", "exact", [1200, 1200], "casualties"),
  claim("2024-12-21", "us", "exact", [1000, 1000], "killed"),
];

/** Two documents, the newer one with a time and offset. */
export const sources: Source[] = [
  {
    id: "s1",
    outlet: "tagesschau.de",
    title: "Quelle eins",
    title_verbatim: true,
    kind: "faq",
    published: "2024-10-23T16:03+02:00",
    published_precision: "minute",
    language: "de",
    seed: true,
    added: "2026-11-27",
  },
  {
    id: "s2",
    outlet: "Yonhap",
    title: "Source two",
    title_verbatim: true,
    kind: "news",
    published: "2025-09-02",
    published_precision: "day",
    language: "en",
    url: "https://example.org/2",
    seed: false,
    added: "2026-11-27",
  },
];

const event = (id: string, date: string, label: string, chart = true): DatedEvent => ({
  id,
  date,
  date_precision: "day",
  label_de: label,
  label_en: label,
  title_de: `${label}.`,
  title_en: `${label}.`,
  source: "s1",
  chart,
  added: "2026-11-27",
});

/** Events: two close together (lanes), one not for the chart. */
export const events: DatedEvent[] = [
  event("E-treaty", "2024-06-19", "Vertrag Moskau–Pjöngjang"),
  event("E-duma", "2024-10-24", "Duma ratifiziert Vertrag"),
  event("E-ru", "2025-04-26", "Russland bestätigt Einsatz"),
  event("E-kp", "2025-04-28", "Nordkorea bestätigt Einsatz"),
  event("E-other", "2025-01-11", "Nicht in der Grafik", false),
];

/** The whole synthetic dataset. */
export const synthetic = { claims, actors, sources, events, places: [] };

let made = 0;
/**
 * A chart item for rule tests (annotations, dot plot): a copy of the fixture's first claim with its own id
 * (`prefix` and a counter), the day, the figures ([low, high], undefined = empty cell) and any other claim
 * fields; a point in the main panel unless `item` says otherwise. Its value is the top figure.
 */
export function chartItem(opts: {
  prefix: string;
  date: string;
  figures: [number | undefined, number | undefined];
  claim?: Partial<Claim>;
  item?: Partial<Omit<ChartItem, "claim">>;
}): ChartItem {
  const [low, high] = opts.figures;
  const claim: Claim = { ...claims[0]!, id: `${opts.prefix}-${++made}`, claim_date: opts.date, ...opts.claim };
  delete claim.figure_low;
  delete claim.figure_high;
  if (low !== undefined) claim.figure_low = low;
  if (high !== undefined) claim.figure_high = high;
  return { claim, place: "main", kind: "point", group: "kr", value: high ?? low ?? 0, ...opts.item };
}
