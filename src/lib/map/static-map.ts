/**
 * The map without JavaScript: the same basemap, places and route projected with d3-geo (Mercator, as
 * Leaflet uses) into SVG shapes at build time. It stands where Leaflet will go and stays if Leaflet fails.
 */
import { geoIdentity, geoMercator, geoPath, geoTransform, type GeoStream } from "d3-geo";
import type { Basemap } from "./basemap";
import { countryClass } from "./countries";
import { estimateTextWidth, placeLabels, type Box, type LabelRequest } from "./labels";
import type { MapModel } from "./model";
import { formatKm, placeName } from "./model";
import { lonLat } from "./route";

/** Size of the SVG in its own units; CSS scales it to the column. */
export interface StaticMapSize {
  width: number;
  height: number;
  /** Room around the main places, in SVG units. */
  padding: number;
  /** Label font size in SVG units. */
  fontSize: number;
}

/** The default size: 4:3, labels about 12–13 px on a 390 px phone. */
export const STATIC_MAP_SIZE: StaticMapSize = { width: 560, height: 420, padding: 36, fontSize: 19 };

/** A text on the static map. */
export interface StaticLabel {
  id: string;
  text: string;
  x: number;
  y: number;
  kind: "place" | "distance" | "country";
}

/** The static map, ready for an SVG template. */
export interface StaticMap {
  width: number;
  height: number;
  countries: { id: string; className: string; d: string }[];
  arcs: { d: string; main: boolean; leg: number }[];
  markers: { id: string; x: number; y: number; main: boolean }[];
  labels: StaticLabel[];
}

/** Radius of the main and the secondary dots in SVG units. */
const DOT = { main: 7, secondary: 4 };

/** Builds the static map from the model and the basemap. */
export function buildStaticMap(model: MapModel, basemap: Basemap, size: StaticMapSize = STATIC_MAP_SIZE): StaticMap {
  const { width, height, padding, fontSize } = size;
  const [[s, w], [n, e]] = model.overview;
  // Centre the projection on the map's middle so the Asia-centred longitudes (up to 192°) never wrap.
  const projection = geoMercator()
    .rotate([-(model.region.west + model.region.east) / 2, 0])
    .fitExtent(
      [
        [padding, padding + fontSize],
        [width - padding, height - padding],
      ],
      { type: "MultiPoint", coordinates: [[w, s], [e, n], [w, n], [e, s]] },
    );
  const project = (p: [number, number]) => projection(p)!;

  // Planar pipeline: project each vertex, then cut to a frame a bit wider than the SVG (on wide
  // screens the stage is wider than 4:3 and shows beyond the SVG's box). Planar, not spherical, so
  // ring winding can never turn a country inside out.
  const frame = geoIdentity().clipExtent([
    [-width * 0.35, -height * 0.05],
    [width * 1.35, height * 1.05],
  ]);
  const toScreen = geoTransform({
    point(x, y) {
      const [px, py] = project([x, y]);
      this.stream.point(px, py);
    },
  });
  const path = geoPath({ stream: (out: GeoStream) => toScreen.stream(frame.stream(out)) }).digits(1);

  const countries = basemap.features
    .map((f) => ({ id: String(f.id), className: countryClass(f.id), d: path(f) ?? "" }))
    .filter((c) => c.d !== "");
  const line = (points: [number, number][]) => path({ type: "LineString", coordinates: points }) ?? "";
  const arcs = [
    ...model.legs.flatMap((leg) => leg.drawn.map((a) => ({ d: line(a.points), main: false, leg: leg.number }))),
    ...model.main.map((a) => ({ d: line(a.points), main: true, leg: 0 })),
  ];
  const markers = model.markers.map((m) => {
    const [x, y] = project(lonLat(m.place));
    return { id: m.place.id, x: round1(x), y: round1(y), main: m.place.prominence === "main" };
  });

  // Labels: main places must show; the distances of the main arcs and the country names only where free.
  const height1 = fontSize * 1.25;
  const requests: (LabelRequest & { text: string; kind: StaticLabel["kind"] })[] = [];
  for (const m of model.markers.filter((x) => x.place.prominence === "main")) {
    const [x, y] = project(lonLat(m.place));
    const text = placeName(m.place);
    requests.push({ id: m.place.id, text, kind: "place", x, y, width: estimateTextWidth(text, fontSize) + 4, height: height1, gap: DOT.main + 3, required: true });
  }
  model.main.forEach((a, i) => {
    const [x, y] = project(a.points[Math.floor(a.points.length / 2)]!);
    const text = formatKm(a.km);
    requests.push({ id: `km-${i}`, text, kind: "distance", x, y, width: estimateTextWidth(text, fontSize * 0.85) + 4, height: height1 * 0.85, gap: 4, required: false, sides: ["top", "bottom", "right", "left"] });
  });
  for (const c of model.countryLabels) {
    const [x, y] = project([c.lon, c.lat]);
    const text = c.name.toUpperCase();
    requests.push({ id: `country-${c.id}`, text, kind: "country", x, y, width: estimateTextWidth(text, fontSize * 0.75) * 1.15, height: height1 * 0.75, gap: 0, required: false, sides: ["center"] });
  }
  const obstacles: Box[] = markers.map((m) => {
    const r = m.main ? DOT.main : DOT.secondary;
    return { x: m.x - r, y: m.y - r, width: 2 * r, height: 2 * r };
  });
  const placed = placeLabels(requests, obstacles, { x: 0, y: 0, width, height });
  const labels: StaticLabel[] = requests.flatMap((r) => {
    const p = placed.get(r.id);
    if (!p) return [];
    // SVG text is anchored at its start and baseline: the box's left edge, 0.8 of its height down.
    return [{ id: r.id, text: r.text, kind: r.kind, x: round1(p.box.x + 2), y: round1(p.box.y + p.box.height * 0.8) }];
  });
  return { width, height, countries, arcs, markers, labels };
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
