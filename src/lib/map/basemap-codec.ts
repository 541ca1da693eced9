/**
 * The basemap's shipped file format and its decoder. Kept apart from basemap.ts so the browser bundle
 * gets the few lines of decoding without d3-geo or topojson-client.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";

/** A country of the basemap: its ISO numeric id and its shape. */
export type BasemapFeature = Feature<Polygon | MultiPolygon, Record<string, never>>;
/** The basemap as GeoJSON. */
export type Basemap = FeatureCollection<Polygon | MultiPolygon, Record<string, never>>;

/** The polygons of a Polygon or MultiPolygon. */
export function polygonsOf(g: Polygon | MultiPolygon): Position[][][] {
  return g.type === "Polygon" ? [g.coordinates] : g.coordinates;
}

/**
 * The basemap file as shipped: per country its polygons, per polygon its rings, each ring a flat list
 * of integer steps in hundredths of a degree (first point absolute). Delta integers gzip to about
 * half of the same GeoJSON; the browser turns them back into GeoJSON with decodeBasemap().
 */
export interface EncodedBasemap {
  /** Units per degree. */
  scale: number;
  /** Credit line to show with the map. */
  attribution: string;
  countries: { id: string; p: number[][][] }[];
}

/** Packs a basemap into the shipped form (see EncodedBasemap). */
export function encodeBasemap(basemap: Basemap, decimals: number, attribution: string): EncodedBasemap {
  const scale = 10 ** decimals;
  const countries = basemap.features.map((f) => ({
    id: String(f.id),
    p: polygonsOf(f.geometry).map((poly) =>
      poly.map((ring) => {
        let px = 0;
        let py = 0;
        // The closing point repeats the first: leave it out, decodeBasemap() restores it.
        return ring.slice(0, -1).flatMap(([x, y]) => {
          const X = Math.round(x! * scale);
          const Y = Math.round(y! * scale);
          const step = [X - px, Y - py];
          [px, py] = [X, Y];
          return step;
        });
      }),
    ),
  }));
  return { scale, attribution, countries };
}

/** Unpacks the shipped basemap into GeoJSON (runs in the browser, so it stays small and DOM-free). */
export function decodeBasemap(encoded: EncodedBasemap): Basemap {
  const { scale } = encoded;
  const features = encoded.countries.map((c): BasemapFeature => {
    const polygons = c.p.map((poly) =>
      poly.map((flat) => {
        const ring: Position[] = [];
        let x = 0;
        let y = 0;
        for (let i = 0; i < flat.length; i += 2) {
          x += flat[i]!;
          y += flat[i + 1]!;
          ring.push([x / scale, y / scale]);
        }
        ring.push(ring[0]!);
        return ring;
      }),
    );
    const geometry: Polygon | MultiPolygon =
      polygons.length === 1 ? { type: "Polygon", coordinates: polygons[0]! } : { type: "MultiPolygon", coordinates: polygons };
    return { type: "Feature", id: c.id, properties: {}, geometry };
  });
  return { type: "FeatureCollection", features };
}
