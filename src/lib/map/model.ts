/**
 * Everything the map shows, computed once from the dataset: markers, arcs, steps with their texts and
 * views, and the distances. The Astro component renders it; the browser script gets the same numbers.
 */
import type { Place } from "../data/schema";
import { dictionary, fill, type Lang } from "../i18n";
import { MAP_REGION, type Region } from "./basemap";
import { COUNTRY_LABEL_POINTS } from "./countries";
import type { LonLat } from "./geo";
import { mapMarkers, type Marker } from "./places";
import { projectedBox, type ProjectedBox } from "./projection";
import { lonLat, mainArcs, mainLine, routeLegs, routeStages, type Arc, type Leg, type Stage } from "./route";
import { arcSentence, formatKmRange, placeName } from "./text";

/** South-west and north-east corners as Leaflet wants them: [[lat, lon], [lat, lon]]. */
export type Bounds = [[number, number], [number, number]];

/** One step of the step control: a leg of the route, its dated text, its distances and its view. */
export interface Step {
  /** 1, 2, 3 …: also the number of the route leg it shows. */
  number: number;
  /** What the destination is (port, training, front…): picks the label and text. */
  kind: Place["kind"];
  label: string;
  text: string;
  /** The distances of the leg in words. */
  distances: string;
  /** Main arcs highlighted by the step besides the leg's own: the one that ends where the leg ends. */
  mainArcIndexes: number[];
  bounds: Bounds;
  /** The same view in the map's projection (metres): what the maps fit to. */
  view: ProjectedBox;
}

/** A leg with the arcs the map draws for it. */
export interface DrawnLeg extends Leg {
  /**
   * The leg's arcs, or none when a main arc spans it: from the training grounds to Kursk the map
   * draws the one Vladivostok–Kursk arc, not seven nearly parallel ones; the text keeps their range.
   */
  drawn: Arc[];
}

/** The computed map. */
export interface MapModel {
  /** The language of every text in the model; the static map labels its places in it too. */
  lang: Lang;
  region: Region;
  markers: Marker[];
  outside: Place[];
  stages: Stage[];
  legs: DrawnLeg[];
  /** Arcs between consecutive main places (Pyongyang → Vladivostok → Kursk). */
  main: Arc[];
  /** Main places in their order along the route. */
  mainLine: Place[];
  steps: Step[];
  /** The first view: the main places and the arcs between them. */
  overview: Bounds;
  /** The overview in the map's projection (metres). */
  overviewView: ProjectedBox;
  countryLabels: { id: string; name: string; lon: number; lat: number }[];
}

/** The box around a set of points, as Leaflet bounds. */
export function boundsOf(points: LonLat[]): Bounds {
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return [
    [Math.min(...lats), Math.min(...lons)],
    [Math.max(...lats), Math.max(...lons)],
  ];
}

/** Builds the map model from the places of the dataset. */
export function buildMapModel(places: Place[], lang: Lang, region: Region = MAP_REGION): MapModel {
  const t = dictionary(lang).map;
  const { markers, outside } = mapMarkers(places, region);
  const shown = new Set(markers.flatMap((m) => [m.place.id, ...m.folded.map((f) => f.id)]));
  const onMap = (p: Place) => shown.has(p.id);
  const stages = routeStages(places.filter(onMap));
  const line = mainLine(places.filter(onMap));
  const main = mainArcs(places.filter(onMap));
  const legs: DrawnLeg[] = routeLegs(stages).map((leg) => {
    const earlier = stages.slice(0, leg.number - 1).flatMap((st) => st.places);
    const spanned = main.some((a) => leg.to.places.includes(a.to) && earlier.includes(a.from));
    return { ...leg, drawn: spanned ? [] : leg.arcs };
  });

  const steps: Step[] = legs.map((leg) => {
    const kind = leg.to.places[0]!.kind;
    const copy = (t.steps as Record<string, { label: string; text: string } | undefined>)[kind];
    const mainArcIndexes = main.flatMap((a, i) => (leg.to.places.includes(a.to) ? [i] : []));
    const sentences = mainArcIndexes.map((i) => arcSentence(main[i]!, lang));
    const legIsMainArc = leg.arcs.length === 1 && mainArcIndexes.some((i) => main[i]!.from === leg.arcs[0]!.from);
    if (leg.arcs.length > 1)
      sentences.push(
        fill(t.legRange, {
          range: formatKmRange(
            leg.arcs.map((a) => a.km),
            lang,
          ),
        }),
      );
    else if (!legIsMainArc) sentences.push(arcSentence(leg.arcs[0]!, lang));
    const points = [...leg.arcs.flatMap((a) => a.points), ...mainArcIndexes.flatMap((i) => main[i]!.points)];
    return {
      number: leg.number,
      kind,
      label: copy?.label ?? leg.to.places.map((p) => placeName(p, lang)).join(", "),
      text: copy?.text ?? "",
      distances: sentences.join(" "),
      mainArcIndexes,
      bounds: boundsOf(points),
      view: projectedBox(points),
    };
  });

  const overviewPoints = [...line.map(lonLat), ...main.flatMap((a) => a.points)];
  const fallback: LonLat[] =
    markers.length > 0
      ? markers.map((m) => lonLat(m.place))
      : [
          [region.west, region.south],
          [region.east, region.north],
        ];
  const overview = boundsOf(overviewPoints.length > 0 ? overviewPoints : fallback);
  const overviewView = projectedBox(overviewPoints.length > 0 ? overviewPoints : fallback);
  const names = t.countries as Record<string, string>;
  const countryLabels = Object.entries(COUNTRY_LABEL_POINTS).map(([id, [lon, lat]]) => ({ id, name: names[id] ?? id, lon, lat }));
  return { lang, region, markers, outside, stages, legs, main, mainLine: line, steps, overview, overviewView, countryLabels };
}
