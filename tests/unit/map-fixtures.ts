// Places for the map's unit tests: a realistic subset of data/places.csv (coordinates from the research notes).
import type { Actor, Claim, DatedEvent, Place, Source } from "../../src/lib/data/schema";

/** A place row with defaults for the columns a test does not care about. */
export function place(p: Partial<Place> & Pick<Place, "id" | "lat" | "lon">): Place {
  return {
    name_de: p.id,
    name_en: p.id,
    approx: false,
    kind: "city",
    prominence: "secondary",
    route_order: undefined,
    description_de: `Beschreibung ${p.id}.`,
    description_en: `Description ${p.id}.`,
    source: "src-a",
    ...p,
  };
}

/** Pyongyang, two ports, Vladivostok, two training sites, Kursk with its oblast, Seoul and Berlin. */
export const PLACES: Place[] = [
  place({ id: "pyongyang", name_de: "Pjöngjang", lat: 39.0194, lon: 125.7381, kind: "capital", prominence: "main" }),
  place({ id: "vladivostok", name_de: "Wladiwostok", lat: 43.1155, lon: 131.8855, kind: "port", prominence: "main", route_order: 2 }),
  place({ id: "kursk", name_de: "Kursk", lat: 51.7304, lon: 36.1926, kind: "front", prominence: "main", route_order: 4 }),
  place({ id: "kursk-oblast", name_de: "Gebiet Kursk", lat: 51.6, lon: 36.1, approx: true, kind: "front" }),
  place({ id: "seoul", name_de: "Seoul", lat: 37.5665, lon: 126.978, kind: "capital" }),
  place({ id: "berlin", name_de: "Berlin", lat: 52.52, lon: 13.405, kind: "capital" }),
  place({ id: "ussuriysk", name_de: "Ussurijsk", lat: 43.797, lon: 131.9518, kind: "training", route_order: 3 }),
  place({ id: "ulan-ude", name_de: "Ulan-Ude", lat: 51.8335, lon: 107.5841, kind: "training", route_order: 3 }),
  place({ id: "wonsan", name_de: "Wonsan", lat: 39.1528, lon: 127.4436, kind: "port", route_order: 1 }),
  place({ id: "chongjin", name_de: "Chongjin", lat: 41.7956, lon: 129.7758, kind: "port", route_order: 1 }),
];

/** Actors, sources, claims and events that refer to the places above. */
export const ACTORS: Actor[] = [
  {
    id: "nis",
    name_de: "Südkoreanischer Geheimdienst NIS",
    short_de: "NIS",
    prose_de: "NIS",
    name_en: "NIS",
    short_en: "NIS",
    prose_en: "NIS",
    country: "KR",
    kind: "intelligence",
  },
];
export const SOURCES: Source[] = [
  {
    id: "src-a",
    outlet: "tagesschau.de",
    title: "Testquelle",
    title_verbatim: true,
    kind: "faq",
    published: "2024-10-23T16:03+02:00",
    published_precision: "minute",
    language: "de",
    url: undefined,
    seed: true,
    note: undefined,
    added: "2026-11-27",
  },
];
/** A claim with defaults. */
export function claim(c: Partial<Claim> & Pick<Claim, "id">): Claim {
  return {
    claim_date: "2024-10-18",
    date_precision: "day",
    actor: "nis",
    qualifier: "exact",
    figure_low: 1500,
    figure_high: 1500,
    measure: "sent",
    status: "claim",
    basis: "total",
    corroborated_by: [],
    admits: [],
    place: "vladivostok",
    source: "src-a",
    evidence: "1.500 Soldaten entsandt",
    note: undefined,
    added: "2026-11-27",
    ...c,
  };
}
export const EVENTS: DatedEvent[] = [
  {
    id: "E-1",
    date: "2024-10-18",
    date_precision: "day",
    label_de: "Ankunft",
    label_en: "Arrival",
    title_de: "Schiffe erreichen Wladiwostok.",
    title_en: "Ships reach Vladivostok.",
    place: "vladivostok",
    source: "src-a",
    chart: false,
    note: undefined,
    added: "2026-11-27",
  },
];
