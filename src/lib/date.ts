/**
 * ISO calendar days (YYYY-MM-DD), the one place they are parsed: no time-zone arithmetic, no
 * dependencies (the chart's client script uses isIsoDay).
 */

/** The calendar day of an ISO date or date-time, in the time zone it was written in. */
export function dayOf(isoDateOrTime: string): string {
  return isoDateOrTime.slice(0, 10);
}

/** The year, month and day of an ISO date or date-time, as numbers. */
export function dayParts(iso: string): { y: number; m: number; d: number } {
  const [y, m, d] = dayOf(iso).split("-").map(Number);
  return { y: y!, m: m!, d: d! };
}

/** The start of an ISO day, as a UTC Date. */
export function utcDay(iso: string): Date {
  return new Date(`${dayOf(iso)}T00:00:00Z`);
}

/** True if `s` is an ISO day (YYYY-MM-DD) that exists in the calendar (2024-02-30 does not). */
export function isIsoDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const { y, m, d } = dayParts(s);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A date-time with minutes (seconds optional) and a UTC offset on a real calendar day: "2024-10-23T16:03+02:00". */
export function isIsoDateTime(s: string): boolean {
  const m = /^(\d{4}-\d{2}-\d{2})T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/.exec(s);
  return m !== null && isIsoDay(m[1]!);
}
