/**
 * What the browser script needs to draw the interactive map, as plain JSON embedded in the page:
 * positions in Leaflet's [lat, lon] order, texts already in the reader's language. No DOM, no Leaflet.
 */
import type { Place } from "../data/schema";
import { dictionary, type Lang } from "../i18n";
import type { MapModel } from "./model";
import { arcLabel, placeName } from "./text";
import type { ProjectedBox } from "./projection";

/** A position as Leaflet wants it: [lat, lon]. */
export type LatLng = [number, number];

/** The browser map's configuration. */
export interface ClientConfig {
  basemapUrl: string;
  strings: { region: string; roleDescription: string; close: string };
  /** The first view, as a box in the map's projection (see projection.ts). */
  overview: ProjectedBox;
  markers: { id: string; name: string; lat: number; lon: number; main: boolean }[];
  /** Route arcs: `leg` > 0 for a leg's arc, `main` ≥ 0 for a main arc (its index), else −1. */
  arcs: { leg: number; main: number; from: string; to: string; points: LatLng[] }[];
  /** Distance labels ("rund 6.730 km Luftlinie") at the middle of the main arcs. */
  distances: { main: number; text: string; lat: number; lon: number; along: LatLng[] }[];
  countries: { id: string; name: string; lat: number; lon: number }[];
  /**
   * `places`: the places a step shows, most important first (the leg's destinations, the ends of its
   * main arc, then where the leg starts); a secondary place shows only where its name fits.
   */
  steps: { number: number; label: string; text: string; distances: string; main: number[]; view: ProjectedBox; places: string[] }[];
  overviewText: string;
}

/** Sort key for the markers' tab order (a stable sort keeps file order within a rank). */
function markerRank(p: Place): number {
  if (p.prominence === "main") return 0;
  return p.route_order !== undefined ? p.route_order : 1000;
}

/** Where else on an arc its distance may be written when the middle is taken: ever further from it. */
export const ALONG_ARC = [0.4, 0.6, 0.3, 0.7, 0.22, 0.78] as const;

/** The points of an arc at the ALONG_ARC fractions of its length. */
export function alongArc(points: [number, number][]): [number, number][] {
  return ALONG_ARC.map((f) => points[Math.round(f * (points.length - 1))]!);
}

/** Swaps [lon, lat] to [lat, lon]. */
const latLng = ([lon, lat]: [number, number]): LatLng => [lat, lon];

/** The client configuration of a map model; `basemapUrl` already carries the site's base path. */
export function clientConfig(model: MapModel, basemapUrl: string, lang: Lang): ClientConfig {
  const t = dictionary(lang).map;
  const mid = (points: [number, number][]) => points[Math.floor(points.length / 2)]!;
  return {
    basemapUrl,
    strings: { region: t.regionLabel, roleDescription: t.roleDescription, close: t.closePopup },
    overview: model.overviewView,
    // Keyboard order: main places first, then the route in order, then the rest in file order.
    markers: [...model.markers]
      .sort((a, b) => markerRank(a.place) - markerRank(b.place))
      .map(({ place: p }) => ({
        id: p.id,
        name: placeName(p, lang),
        lat: p.lat,
        lon: p.lon,
        main: p.prominence === "main",
      })),
    arcs: [
      ...model.legs.flatMap((leg) =>
        leg.drawn.map((a) => ({ leg: leg.number, main: -1, from: a.from.id, to: a.to.id, points: a.points.map(latLng) })),
      ),
      ...model.main.map((a, i) => ({ leg: 0, main: i, from: a.from.id, to: a.to.id, points: a.points.map(latLng) })),
    ],
    distances: model.main.map((a, i) => {
      const [lon, lat] = mid(a.points);
      return { main: i, text: arcLabel(a.km, lang), lat, lon, along: alongArc(a.points).map(latLng) };
    }),
    countries: model.countryLabels.map((c) => ({ id: c.id, name: c.name, lat: c.lat, lon: c.lon })),
    steps: model.steps.map((s) => {
      const leg = model.legs.find((l) => l.number === s.number)!;
      // Where a main arc stands for the leg (training grounds → Kursk), its starts are not the story.
      const starts = leg.drawn.length > 0 ? leg.from.places : [];
      const places = [...leg.to.places, ...s.mainArcIndexes.flatMap((i) => [model.main[i]!.to, model.main[i]!.from]), ...starts];
      return {
        number: s.number,
        label: s.label,
        text: s.text,
        distances: s.distances,
        main: s.mainArcIndexes,
        view: s.view,
        places: [...new Set(places.map((p) => p.id))],
      };
    }),
    overviewText: t.overviewText,
  };
}
