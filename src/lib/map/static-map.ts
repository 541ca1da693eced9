/**
 * The map without JavaScript: the same basemap, places and route in the same conic projection as
 * Leaflet (projection.ts), drawn with d3-geo into SVG shapes at build time. It stands where Leaflet will go and stays if Leaflet fails.
 */
import { escapeXml } from "../escape";
import { round } from "../round";
import { MAP_COLOURS, SITE_COLOURS } from "../palette";
import { geoIdentity, geoPath, geoTransform, type GeoStream } from "d3-geo";
import type { Basemap } from "./basemap";
import { COUNTRY_CLASS } from "./countries";
import { estimateTextWidth, placeMapLabels, type Box, type LabelRequest } from "./labels";
import type { MapModel } from "./model";
import { alongArc } from "./client-config";
import { arcLabel, placeName } from "./text";
import { fitBox, project as projectXY } from "./projection";
import { lonLat } from "./route";
import { STATIC_DOT, STATIC_LABEL_SIZE } from "./sizes";

/** Size of the SVG in its own units; CSS scales it to the column. */
export interface StaticMapSize {
  width: number;
  height: number;
  /** Room around the main places, in SVG units. */
  padding: number;
}

/** The default size: 4:3, labels about 12–13 px on a 390 px phone. */
export const STATIC_MAP_SIZE: StaticMapSize = { width: 560, height: 420, padding: 36 };

/** A text on the static map. */
export interface StaticLabel {
  /** What the label names: a place id, `km-<n>` for the n-th main arc, `country-<id>`; tests pair a place's label with its dot by it. */
  id: string;
  text: string;
  x: number;
  y: number;
  kind: "place" | "distance" | "country";
  /** SVG text-anchor: labels grow away from their point, so a wider font never covers the dot. */
  anchor: "start" | "middle" | "end";
}

/** The static map, ready for an SVG template. */
export interface StaticMap {
  width: number;
  height: number;
  countries: { id: string; className: string; d: string }[];
  arcs: { d: string; main: boolean }[];
  markers: { id: string; x: number; y: number; main: boolean }[];
  labels: StaticLabel[];
}

/** Builds the static map from the model and the basemap. */
export function buildStaticMap(model: MapModel, basemap: Basemap, size: StaticMapSize = STATIC_MAP_SIZE): StaticMap {
  const { width, height, padding } = size;
  // The overview box in the map's projection, fitted into the picture (room above for a label).
  const fitted = fitBox(model.overviewView, width, height, {
    top: padding + STATIC_LABEL_SIZE.place,
    right: padding,
    bottom: padding,
    left: padding,
  });
  const project = (p: [number, number]) => fitted.toScreen(projectXY(p));

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
  // Whole units: the SVG is 560 units wide, so a unit is about a screen pixel; decimals only add bytes.
  const path = geoPath({ stream: (out: GeoStream) => toScreen.stream(frame.stream(out)) }).digits(0);

  const countries = basemap.features
    .map((f) => ({ id: String(f.id), className: COUNTRY_CLASS, d: path(f) ?? "" }))
    .filter((c) => c.d !== "");
  const line = (points: [number, number][]) => path({ type: "LineString", coordinates: points }) ?? "";
  // The overview, as the interactive map starts: the main places and the arcs between them, each
  // labelled. The other places (ports, training grounds) would be unlabelled dots at this scale; the
  // list below the map has them all, and the interactive map shows them, named, in their steps.
  const arcs = model.main.map((a) => ({ d: line(a.points), main: true }));
  const markers = model.markers
    .filter((m) => m.place.prominence === "main")
    .map((m) => {
      const [x, y] = project(lonLat(m.place));
      return { id: m.place.id, x: round(x), y: round(y), main: m.place.prominence === "main" };
    });

  // Bold text runs wider than the estimate for regular text.
  const bold = (text: string, size: number) => estimateTextWidth(text, size) * 1.12 + 4;
  // Labels: main places must show; the distances of the main arcs and the country names only where free.
  // Each label's box: its text's estimated width at the size it is drawn at, and 1.25 lines high.
  const lineBox = (size: number) => size * 1.25;
  const requests: (LabelRequest & { text: string; kind: StaticLabel["kind"] })[] = [];
  for (const m of model.markers.filter((x) => x.place.prominence === "main")) {
    const [x, y] = project(lonLat(m.place));
    const text = placeName(m.place, model.lang);
    requests.push({
      id: m.place.id,
      text,
      kind: "place",
      x,
      y,
      width: bold(text, STATIC_LABEL_SIZE.place),
      height: lineBox(STATIC_LABEL_SIZE.place),
      gap: STATIC_DOT.main + 3,
      required: true,
    });
  }
  model.main.forEach((a, i) => {
    const [x, y] = project(a.points[Math.floor(a.points.length / 2)]!);
    const text = arcLabel(a.km, model.lang);
    const alternatives = alongArc(a.points).map((p) => {
      const [ax, ay] = project(p);
      return { x: ax, y: ay };
    });
    requests.push({
      id: `km-${i}`,
      text,
      kind: "distance",
      x,
      y,
      width: bold(text, STATIC_LABEL_SIZE.distance),
      height: lineBox(STATIC_LABEL_SIZE.distance),
      gap: 4,
      required: false,
      sides: ["top", "bottom", "top-right", "bottom-left", "top-left", "bottom-right"],
      alternatives,
    });
  });
  for (const c of model.countryLabels) {
    const [x, y] = project([c.lon, c.lat]);
    const text = c.name.toUpperCase();
    requests.push({
      id: `country-${c.id}`,
      text,
      kind: "country",
      x,
      y,
      width: estimateTextWidth(text, STATIC_LABEL_SIZE.country) * 1.15,
      height: lineBox(STATIC_LABEL_SIZE.country),
      gap: 0,
      required: false,
      sides: ["center"],
    });
  }
  const obstacles: Box[] = markers.map((m) => {
    const r = m.main ? STATIC_DOT.main : STATIC_DOT.secondary;
    return { x: m.x - r, y: m.y - r, width: 2 * r, height: 2 * r };
  });
  const placed = placeMapLabels(requests, obstacles, { x: 0, y: 0, width, height });
  const labels: StaticLabel[] = requests.flatMap((r) => {
    const p = placed.get(r.id);
    if (!p) return [];
    // Anchored on the side facing the point, at the baseline (0.8 of the box's height down).
    const anchor: StaticLabel["anchor"] = /left/.test(p.side) ? "end" : /right/.test(p.side) ? "start" : "middle";
    const x = anchor === "end" ? p.box.x + p.box.width - 2 : anchor === "start" ? p.box.x + 2 : p.box.x + p.box.width / 2;
    return [{ id: r.id, text: r.text, kind: r.kind, anchor, x: round(x), y: round(p.box.y + p.box.height * 0.8) }];
  });
  return { width, height, countries, arcs, markers, labels };
}

/** Light-theme colours of the map, the same as the component's CSS fallbacks, for images without CSS. */
export const LIGHT_COLOURS = {
  sea: MAP_COLOURS["map-sea"].light,
  land: MAP_COLOURS["map-land"].light,
  border: MAP_COLOURS["map-border"].light,
  route: MAP_COLOURS["map-route"].light,
  accent: SITE_COLOURS.accent.light,
  fg: SITE_COLOURS.fg.light,
  muted: SITE_COLOURS["fg-muted"].light,
  bg: SITE_COLOURS.bg.light,
} as const;

/**
 * The static map as a self-contained SVG document with its colours inline, a title above and the
 * credit below: the source of the PNG that outlets can use where no iframe is possible.
 */
export function standaloneSvg(map: StaticMap, title: string, credit: string, scale = 2): string {
  const c = LIGHT_COLOURS;
  const head = 44;
  const foot = 26;
  const w = map.width;
  const h = map.height + head + foot;
  const font = `font-family="'Source Sans 3', Arial, sans-serif"`;
  const halo = `paint-order="stroke" stroke="${c.bg}" stroke-width="4" stroke-linejoin="round"`;
  const labelStyle = (kind: StaticLabel["kind"]) =>
    kind === "place"
      ? `font-size="${STATIC_LABEL_SIZE.place}" font-weight="700" fill="${c.fg}" ${halo}`
      : kind === "distance"
        ? `font-size="${STATIC_LABEL_SIZE.distance}" font-weight="700" fill="${c.accent}" ${halo}`
        : `font-size="${STATIC_LABEL_SIZE.country}" letter-spacing="1" fill="${c.muted}"`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w * scale}" height="${h * scale}" viewBox="0 0 ${w} ${h}" ${font}>`,
    `<rect width="${w}" height="${h}" fill="${c.bg}"/>`,
    `<text x="10" y="28" font-size="15" font-weight="700" fill="${c.fg}">${escapeXml(title)}</text>`,
    `<svg x="0" y="${head}" width="${w}" height="${map.height}" viewBox="0 0 ${w} ${map.height}">`,
    `<rect width="${w}" height="${map.height}" fill="${c.sea}"/>`,
    ...map.countries.map((k) => `<path d="${k.d}" fill="${c.land}" fill-rule="evenodd" stroke="${c.border}" stroke-width="0.6"/>`),
    ...map.arcs.map((a) =>
      a.main
        ? `<path d="${a.d}" fill="none" stroke="${c.accent}" stroke-width="3"/>`
        : `<path d="${a.d}" fill="none" stroke="${c.route}" stroke-width="1.5" stroke-dasharray="5 4"/>`,
    ),
    ...map.markers.map((m) =>
      m.main
        ? `<circle cx="${m.x}" cy="${m.y}" r="7" fill="${c.accent}" stroke="${c.bg}" stroke-width="2"/>`
        : `<circle cx="${m.x}" cy="${m.y}" r="4" fill="${c.bg}" stroke="${c.fg}" stroke-width="1.5"/>`,
    ),
    ...map.labels.map((l) => `<text x="${l.x}" y="${l.y}" text-anchor="${l.anchor}" ${labelStyle(l.kind)}>${escapeXml(l.text)}</text>`),
    `</svg>`,
    `<text x="10" y="${h - 9}" font-size="10" fill="${c.muted}">${escapeXml(credit)}</text>`,
    `</svg>`,
  ].join("");
}
