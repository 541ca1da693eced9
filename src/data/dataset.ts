// Astro-side access to data/: the content collections as plain arrays in file order.
import { getCollection } from "astro:content";
import type { Actor, Claim, DatedEvent, Place, Source } from "../lib/data/schema";

/** The validated dataset as the pages use it. */
export interface SiteData {
  claims: Claim[];
  actors: Actor[];
  sources: Source[];
  places: Place[];
  events: DatedEvent[];
}

type Named = "claims" | "actors" | "sources" | "places" | "events";

async function rows<T>(name: Named): Promise<T[]> {
  const entries = await getCollection(name);
  return entries
    .map((e) => e.data as unknown as T & { line: number })
    .sort((a, b) => a.line - b.line)
    .map(({ line: _line, ...data }) => data as T);
}

let cache: Promise<SiteData> | undefined;

/** Loads every data collection once per build. */
export function getSiteData(): Promise<SiteData> {
  cache ??= (async () => ({
    claims: await rows<Claim>("claims"),
    actors: await rows<Actor>("actors"),
    sources: await rows<Source>("sources"),
    places: await rows<Place>("places"),
    events: await rows<DatedEvent>("events"),
  }))();
  return cache;
}
