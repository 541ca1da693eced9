// Astro-side access to data/: the content collections as plain arrays in file order.
import { getCollection } from "astro:content";
import type { Actor, Claim, Correction, DatasetRows, DatedEvent, Edition, Place, Source } from "../lib/data/schema";
import { expandRefs } from "../lib/refs";

/** The validated dataset as the pages use it. */
export type SiteData = DatasetRows;

type Named = "claims" | "actors" | "sources" | "places" | "events" | "corrections" | "editions";

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
  cache ??= (async () => {
    const claims = await rows<Claim>("claims");
    const actors = await rows<Actor>("actors");
    const rawEvents = await rows<DatedEvent>("events");
    // Descriptions name dates and figures by reference ({date:ID}); readers get them spelled out.
    const refs = { claims, actors, events: rawEvents };
    const events = rawEvents.map((e) => ({
      ...e,
      title_de: expandRefs(e.title_de, refs, "de"),
      title_en: expandRefs(e.title_en, refs, "en"),
    }));
    const places = (await rows<Place>("places")).map((p) => ({
      ...p,
      description_de: expandRefs(p.description_de, refs, "de"),
      description_en: expandRefs(p.description_en, refs, "en"),
    }));
    const corrections = await rows<Correction>("corrections");
    const editions = (await rows<Edition>("editions")).sort((a, b) => a.date.localeCompare(b.date));
    return { claims, actors, sources: await rows<Source>("sources"), places, events, corrections, editions };
  })();
  return cache;
}
