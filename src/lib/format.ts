/** Locale-aware formatting of numbers, dates and figures: the one place where 12.000 and 23.10.2024 are made. */
import type { Claim, Source } from "./data/schema";
import { dayParts as parts } from "./date";
import { dictionary, fill, locales, type Lang } from "./i18n";

/** A whole number with the language's grouping: 12.000 in German. */
export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(locales[lang], { maximumFractionDigits: 0 }).format(n);
}

/** A calendar day as the language writes it (23.10.2024, 23 October 2024); month precision gives "Oktober 2024". */
export function formatDate(iso: string, lang: Lang, precision: "day" | "week" | "month" | "minute" = "day"): string {
  const { y, m, d } = parts(iso);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (precision === "month") {
    return new Intl.DateTimeFormat(locales[lang], { month: "long", year: "numeric", timeZone: "UTC" }).format(date);
  }
  // German news style writes 23.10.2024, English 23 October 2024.
  const style: Intl.DateTimeFormatOptions = lang === "de" ? { day: "2-digit", month: "2-digit" } : { day: "numeric", month: "long" };
  const day = new Intl.DateTimeFormat(locales[lang], { ...style, year: "numeric", timeZone: "UTC" }).format(date);
  return precision === "week" ? `${dictionary(lang).approxDate} ${day}` : day;
}

/** The day a source appeared, as precise as the data knows it: "23.10.2024", or "Dezember 2024". */
export function formatPublishedDay(source: Pick<Source, "published" | "published_precision">, lang: Lang): string {
  return formatDate(source.published, lang, source.published_precision === "month" ? "month" : "day");
}

/**
 * A date-time written with its own offset ("2024-10-23T16:03+02:00") as local wall-clock time:
 * "23.10.2024, 16:03 Uhr". A plain day stays a day.
 */
export function formatDateTime(iso: string, lang: Lang): string {
  const time = /T(\d{2}):(\d{2})/.exec(iso);
  const day = formatDate(iso, lang);
  return time ? `${day}, ${fill(dictionary(lang).clock, { time: `${time[1]}:${time[2]}` })}` : day;
}

/** The figure of a claim in words: "rund 12.000", "bis zu 12.000", "1.000 bis 3.000", "ohne Zahl". */
export function formatFigure(claim: Pick<Claim, "qualifier" | "figure_low" | "figure_high">, lang: Lang): string {
  const t = dictionary(lang).figure;
  const { qualifier, figure_low: low, figure_high: high } = claim;
  const n = (x: number | undefined) => (x === undefined ? "?" : formatNumber(x, lang));
  switch (qualifier) {
    case "unquantified":
      return t.unquantified;
    case "up_to":
      return fill(t.up_to, { n: n(high) });
    case "at_least":
      return fill(t.at_least, { n: n(low) });
    case "more_than":
      return fill(t.more_than, { n: n(low) });
    case "approx":
    case "exact":
      if (low !== high) return fill(qualifier === "approx" ? t.approxRange : t.range, { low: n(low), high: n(high) });
      return fill(qualifier === "approx" ? t.approx : t.exact, { n: n(low) });
  }
}

/**
 * A "Stand" as readers see it: "23.10.2024, 16:03 Uhr", or just the day when only the day is known
 * (the data writes such a Stand as 23:59, the end of that day, so that it sorts after the day's news).
 */
export function formatStand(iso: string, lang: Lang): string {
  return /T23:59(?::00)?(?:Z|[+-]\d{2}:\d{2})$/.test(iso) ? formatDate(iso, lang) : formatDateTime(iso, lang);
}

/** A count in words with the right grammatical number: "1 Meldung", "40 Meldungen". */
export function countText(n: number, forms: { one: string; other: string }, lang: Lang): string {
  return n === 1 ? forms.one : fill(forms.other, { n: formatNumber(n, lang) });
}
