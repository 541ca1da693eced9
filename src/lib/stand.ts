/** The "Stand" of a chapter: when its newest source appeared, as Berlin wall-clock time with offset. */
import { dayOf } from "./date";

/** A source's publication as the data has it. */
export interface Published {
  /** ISO day or date-time with offset. */
  published: string;
  /** "minute" if the time is known, else "day" or "month". */
  published_precision: "minute" | "day" | "month";
}

/** The UTC offset of Europe/Berlin at an instant, as "+01:00" or "+02:00". */
export function berlinOffset(instant: Date): string {
  const name = new Intl.DateTimeFormat("en-US", { timeZone: "Europe/Berlin", timeZoneName: "longOffset" })
    .formatToParts(instant)
    .find((p) => p.type === "timeZoneName")!.value; // "GMT+02:00"
  return name === "GMT" ? "+00:00" : name.slice(3);
}

/** An instant written as Berlin local time: "2024-10-23T16:03+02:00". */
export function toBerlin(instant: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone: "Europe/Berlin",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}${berlinOffset(instant)}`;
}

/**
 * The latest moment a source's news can be from: its time if known, else the end of its day (23:59 Berlin).
 * A month-precision source counts as its given day, which the data defines as the earliest possible.
 */
export function latestMoment(source: Published): string {
  if (source.published_precision === "minute" && source.published.includes("T")) return toBerlin(new Date(source.published));
  const day = dayOf(source.published);
  // Noon UTC of that day always falls on the same Berlin calendar day; take its offset for 23:59.
  const offset = berlinOffset(new Date(`${day}T12:00:00Z`));
  return `${day}T23:59${offset}`;
}

/** The latest of ISO date-times, compared as instants (offsets may differ), kept as written. */
export function latestInstant(isos: readonly string[]): string {
  if (isos.length === 0) throw new Error("latestInstant: no date-times");
  return isos.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
}

/** The Stand for a set of sources: the latest moment among them (compared as instants). */
export function standFor(sources: readonly Published[]): string {
  if (sources.length === 0) throw new Error("standFor: no sources");
  return latestInstant(sources.map(latestMoment));
}
