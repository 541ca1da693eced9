// Astro-side access to data/: the content collections as plain arrays in file order.
import { getCollection, type CollectionEntry } from "astro:content";
import type { DatasetRows } from "../lib/data/schema";
import { expandRefs } from "../lib/refs";

/** The validated dataset as the pages use it. */
export type SiteData = DatasetRows;

type Named = "claims" | "actors" | "sources" | "places" | "events" | "corrections" | "editions";

/** The rows of one data file in file order, without the line number they were sorted by. */
async function rows<N extends Named>(name: N): Promise<Omit<CollectionEntry<N>["data"], "line">[]> {
  const entries: CollectionEntry<N>[] = await getCollection(name);
  return entries
    .map((e) => e.data)
    .sort((a, b) => a.line - b.line)
    .map(withoutLine);
}

/** A row without its line number. */
function withoutLine<T extends { line: number }>(row: T): Omit<T, "line"> {
  const { line: _line, ...data } = row;
  return data;
}

let cache: Promise<SiteData> | undefined;

/** Loads every data collection once per build. */
export function getSiteData(): Promise<SiteData> {
  cache ??= (async () => {
    const claims = await rows("claims");
    const actors = await rows("actors");
    const rawEvents = await rows("events");
    // Descriptions name dates and figures by reference ({date:ID}); readers get them spelled out.
    const refs = { claims, actors, events: rawEvents };
    const events = rawEvents.map((e) => ({
      ...e,
      title_de: expandRefs(e.title_de, refs, "de"),
      title_en: expandRefs(e.title_en, refs, "en"),
    }));
    const places = (await rows("places")).map((p) => ({
      ...p,
      description_de: expandRefs(p.description_de, refs, "de"),
      description_en: expandRefs(p.description_en, refs, "en"),
    }));
    const corrections = await rows("corrections");
    const editions = (await rows("editions")).sort((a, b) => a.date.localeCompare(b.date));
    return { claims, actors, sources: await rows("sources"), places, events, corrections, editions };
  })();
  return cache;
}
