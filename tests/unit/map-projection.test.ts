// The map's conic projection (src/lib/map/projection.ts): exact inverse, places in order, the route fits
// a phone-sized frame, and the scale along the route stays near true (unlike Web Mercator's 1.6 at Kursk).
import { describe, expect, it } from "vitest";
import { fitBox, project, projectedBox, PROJECTION, unproject } from "../../src/lib/map/projection";
import { buildMapModel } from "../../src/lib/map/model";
import { PLACES } from "./map-fixtures";

/** Independent oracle: haversine on the IUGG mean sphere, in metres. */
function haversineM([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371008.8 * Math.asin(Math.sqrt(a));
}

const PYONGYANG: [number, number] = [125.7381, 39.0194];
const VLADIVOSTOK: [number, number] = [131.8855, 43.1155];
const KURSK: [number, number] = [36.1926, 51.7304];

describe("the conic projection", () => {
  it("is a conic centred on the route: parallels 40° and 60° N, central meridian 85° E", () => {
    expect(PROJECTION.parallels).toEqual([40, 60]);
    expect(PROJECTION.centralMeridian).toBe(85);
    const [x, y] = project([85, 50]);
    expect(Math.abs(x)).toBeLessThan(1e-6);
    expect(Math.abs(y)).toBeLessThan(1e-6);
    // The central meridian is vertical: north is up along it.
    expect(project([85, 60])[0]).toBeCloseTo(0, 6);
    expect(project([85, 60])[1]).toBeGreaterThan(0);
  });

  it("round-trips every position of the map's region within 1 m", () => {
    for (let lon = 14; lon <= 192; lon += 7.3)
      for (let lat = 8; lat <= 78; lat += 4.9) {
        const [l, p] = unproject(project([lon, lat]));
        const back: [number, number] = [((l - lon + 540) % 360) - 180 + lon, p];
        expect(haversineM([lon, lat], back), `${lon},${lat}`).toBeLessThan(1);
      }
  });

  it("agrees across the antimeridian: Chukotka at 191° E and at −169° is one point", () => {
    const [a, b] = [project([191, 66]), project([-169, 66])];
    expect(Math.hypot(a[0] - b[0], a[1] - b[1])).toBeLessThan(1e-3);
  });

  it("puts Kursk, Pyongyang and Vladivostok west to east", () => {
    const xs = [KURSK, PYONGYANG, VLADIVOSTOK].map((p) => project(p)[0]);
    expect(xs[0]).toBeLessThan(xs[1]!);
    expect(xs[1]).toBeLessThan(xs[2]!);
    // Vladivostok lies north of Pyongyang on the map as on the globe.
    expect(project(VLADIVOSTOK)[1]).toBeGreaterThan(project(PYONGYANG)[1]);
  });

  it("keeps the scale within 5 % of true at every main place (Mercator: +29 % to +61 %)", () => {
    for (const p of [KURSK, PYONGYANG, VLADIVOSTOK]) {
      // 10 km east and 10 km north, measured on the sphere and on the map.
      for (const [dlon, dlat] of [
        [0.1, 0],
        [0, 0.1],
      ] as const) {
        const q: [number, number] = [p[0] + dlon, p[1] + dlat];
        const [a, b] = [project(p), project(q)];
        const k = Math.hypot(b[0] - a[0], b[1] - a[1]) / haversineM(p, q);
        expect(Math.abs(k - 1), `${p} ${dlon},${dlat}`).toBeLessThan(0.05);
      }
    }
  });

  it("fits the whole route with its arcs into a 358 × 268 px phone frame", () => {
    const model = buildMapModel(PLACES, "de");
    const box = model.overviewView;
    expect(box).toEqual(
      projectedBox([...model.mainLine.map((p) => [p.lon, p.lat] as [number, number]), ...model.main.flatMap((a) => a.points)]),
    );
    const pad = { top: 24, right: 24, bottom: 24, left: 24 };
    const { toScreen } = fitBox(box, 358, 268, pad);
    for (const a of model.main)
      for (const pt of a.points) {
        const [x, y] = toScreen(project(pt));
        expect(x).toBeGreaterThanOrEqual(pad.left - 1e-6);
        expect(x).toBeLessThanOrEqual(358 - pad.right + 1e-6);
        expect(y).toBeGreaterThanOrEqual(pad.top - 1e-6);
        expect(y).toBeLessThanOrEqual(268 - pad.bottom + 1e-6);
      }
    // The route is wider than tall: it fills the width of the frame.
    const [k, v] = [toScreen(project(KURSK)), toScreen(project(VLADIVOSTOK))];
    expect(v[0] - k[0]).toBeGreaterThan(358 - 2 * 24 - 1);
  });
});
