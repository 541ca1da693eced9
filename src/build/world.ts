/**
 * Build-time access to Natural Earth (npm world-atlas): reads the TopoJSON once and makes the two
 * basemaps, the finer one shipped to Leaflet and the coarser one drawn into the static SVG.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Topology } from "topojson-specification";
import { buildBasemap, MAP_REGION, type Basemap, type BasemapOptions } from "../lib/map/basemap";
import { encodeBasemap, type EncodedBasemap } from "../lib/map/basemap-codec";

/** world-atlas file the basemap is cut from: 1:50m is detailed enough at the map's largest zoom. */
export const WORLD_FILE = "world-atlas/countries-50m.json";

/** Settings of the shipped basemap: about 8 km tolerance, 1 km rounding, islands under ~800 km² dropped. */
export const LEAFLET_BASEMAP: BasemapOptions = { region: MAP_REGION, tolerance: 0.08, decimals: 2, minArea: 0.08 };

/** Settings of the static SVG: coarser, as it is drawn once at one small scale and inlined in HTML. */
export const STATIC_BASEMAP: BasemapOptions = { region: MAP_REGION, tolerance: 0.35, decimals: 2, minArea: 0.5 };

/** Credit line for the basemap. */
export const BASEMAP_ATTRIBUTION = "Natural Earth";

let topology: Topology | undefined;
const cache = new Map<BasemapOptions, Basemap>();

/** The path of the world-atlas file, resolved like an import from the project root. */
export function worldFilePath(): string {
  return createRequire(join(process.cwd(), "package.json")).resolve(WORLD_FILE);
}

/** The Natural Earth countries as shipped by world-atlas. */
export function worldTopology(): Topology {
  topology ??= JSON.parse(readFileSync(worldFilePath(), "utf8")) as Topology;
  return topology;
}

/** A basemap made with the given settings (computed once per build). */
export function basemap(options: BasemapOptions): Basemap {
  let b = cache.get(options);
  if (!b) {
    b = buildBasemap(worldTopology(), options);
    cache.set(options, b);
  }
  return b;
}

/** The basemap file for Leaflet, as served at map/basemap.json. */
export function leafletBasemapFile(): EncodedBasemap {
  return encodeBasemap(basemap(LEAFLET_BASEMAP), LEAFLET_BASEMAP.decimals, BASEMAP_ATTRIBUTION);
}
