/**
 * Places as the map shows them: which get a marker, which share one (a region centred on its city),
 * which lie outside the map, and what was reported at each, by whom, when and in which source.
 */
import type { Actor, DatasetRows, Place, Source } from "../data/schema";
import { claimText } from "../claim-text";
import { findById } from "../find";
import { localized, type Lang } from "../i18n";
import type { Region } from "./basemap";
import { distanceKm } from "./geo";
import { lonLat } from "./route";

/** A secondary place closer than this to a main place shares its marker (Kursk Oblast and Kursk). */
export const FOLD_KM = 40;

/** A marker on the map: one place, plus the nearby secondary places folded into it. */
export interface Marker {
  place: Place;
  /** Secondary places within FOLD_KM that the marker also stands for. */
  folded: Place[];
}

/** True if the place lies inside the region (east of 180° counts via its +360° twin). */
export function inRegion(p: Pick<Place, "lon" | "lat">, r: Region): boolean {
  const lon = p.lon < r.west ? p.lon + 360 : p.lon;
  return p.lat >= r.south && p.lat <= r.north && lon >= r.west && lon <= r.east;
}

/** The markers of the map and the places outside it, both in file order. */
export function mapMarkers(places: Place[], region: Region): { markers: Marker[]; outside: Place[] } {
  const inside = places.filter((p) => inRegion(p, region));
  const main = inside.filter((p) => p.prominence === "main");
  const hostOf = (p: Place) => (p.prominence === "secondary" ? main.find((m) => distanceKm(lonLat(m), lonLat(p)) < FOLD_KM) : undefined);
  const markers: Marker[] = inside.filter((p) => !hostOf(p)).map((place) => ({ place, folded: [] }));
  for (const p of inside) {
    const host = hostOf(p);
    if (host) markers.find((m) => m.place.id === host.id)!.folded.push(p);
  }
  return { markers, outside: places.filter((p) => !inRegion(p, region)) };
}

/** One thing reported at a place: a claim or a dated event, with who said it and where we found it. */
export interface Report {
  /** ISO day. */
  date: string;
  precision: "day" | "week" | "month";
  /** Who made the claim (short name); events have none. */
  actor?: string;
  /** The figure and what it counts ("rund 8.000 an der Front / in Kursk"), or the event in one sentence. */
  text: string;
  /** The short quote from the source, for claims. */
  quote?: string;
  source: Source;
  /** Claim or event id. */
  id: string;
}

/** The data a report needs. */
export type ReportData = Pick<DatasetRows, "claims" | "events" | "actors" | "sources">;

/** An actor's short label in the language, or the bare id if the actor is unknown. */
function actorShort(actor: Actor | undefined, id: string, lang: Lang): string {
  return actor ? localized(actor, "short", lang) : id;
}

/** Everything reported at the given places, oldest first (claims before events on the same day). */
export function placeReports(placeIds: string[], data: ReportData, lang: Lang): Report[] {
  const source = (id: string) => findById(data.sources, id, "source", "map");
  const ids = new Set(placeIds);
  const fromClaims: Report[] = data.claims
    .filter((c) => c.place !== undefined && ids.has(c.place))
    .map((c) => ({
      id: c.id,
      date: c.claim_date,
      precision: c.date_precision,
      actor: actorShort(
        data.actors.find((a) => a.id === c.actor),
        c.actor,
        lang,
      ),
      text: claimText(c, lang),
      quote: c.evidence,
      source: source(c.source),
    }));
  const fromEvents: Report[] = data.events
    .filter((e) => e.place !== undefined && ids.has(e.place))
    .map((e) => ({ id: e.id, date: e.date, precision: e.date_precision, text: localized(e, "title", lang), source: source(e.source) }));
  // A stable sort keeps file order within a day.
  return [...fromClaims, ...fromEvents].sort((a, b) => a.date.localeCompare(b.date));
}
