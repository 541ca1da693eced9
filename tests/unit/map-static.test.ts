import { beforeEach, describe, expect, it } from "vitest";
import { overlap } from "../../src/lib/map/labels";
import { buildMapModel } from "../../src/lib/map/model";
import sharp from "sharp";
import { readFileSync } from "node:fs";
import { LEAFLET_DOT, STATIC_DOT, STATIC_LABEL_SIZE } from "../../src/lib/map/sizes";
import { buildStaticMap, LIGHT_COLOURS, standaloneSvg, STATIC_MAP_SIZE } from "../../src/lib/map/static-map";
import { basemap, STATIC_BASEMAP } from "../../src/build/world";
import { PLACES } from "./map-fixtures";

// Built before each test: a throw while building then fails the test (a throw in beforeAll only skips
// the tests, and a collection error runs none: StrykerJS would count the mutant as survived).
let model!: ReturnType<typeof buildMapModel>;
let svg!: ReturnType<typeof buildStaticMap>;
beforeEach(() => {
  model = buildMapModel(PLACES, "de");
  svg = buildStaticMap(model, basemap(STATIC_BASEMAP));
});
const { width, height } = STATIC_MAP_SIZE;

describe("buildStaticMap", () => {
  it("draws the countries, all in one neutral class (no colour per country)", () => {
    expect(svg.countries.length).toBeGreaterThan(20);
    for (const id of ["408", "410", "643", "804"]) {
      const c = svg.countries.find((x) => x.id === id);
      expect(c?.d).toMatch(/^M/);
    }
    expect(new Set(svg.countries.map((c) => c.className))).toEqual(new Set(["rm-country"]));
  });
  it("puts the three main places inside the picture", () => {
    for (const id of ["pyongyang", "vladivostok", "kursk"]) {
      const m = svg.markers.find((x) => x.id === id)!;
      expect(m.main).toBe(true);
      expect(m.x).toBeGreaterThan(0);
      expect(m.x).toBeLessThan(width);
      expect(m.y).toBeGreaterThan(0);
      expect(m.y).toBeLessThan(height);
    }
  });
  it("shows the overview: a dot per main place and the main arcs, nothing unlabelled", () => {
    expect(svg.markers.map((m) => m.id).sort()).toEqual(["kursk", "pyongyang", "vladivostok"]);
    expect(svg.arcs).toHaveLength(model.main.length);
    for (const a of svg.arcs) expect(a.d).toMatch(/^M[\d.-]+,[\d.-]+L/);
    const named = new Set(svg.labels.filter((l) => l.kind === "place").map((l) => l.id));
    for (const m of svg.markers) expect(named.has(m.id), m.id).toBe(true);
  });
  it('writes "Luftlinie" with its distance on the long arc', () => {
    const km = svg.labels.filter((l) => l.kind === "distance").map((l) => l.text);
    expect(km).toContain("rund 6.730 km Luftlinie");
  });
  it("labels the main places without overlap and inside the picture", () => {
    const labels = svg.labels.filter((l) => l.kind === "place");
    expect(labels.map((l) => l.text).sort()).toEqual(["Kursk", "Pjöngjang", "Wladiwostok"]);
    // A pessimistic width of its own (0.65 em a character, wider than the 0.56 em the labeller estimates),
    // so an estimator that is too optimistic shows up here as overlap or overflow.
    const boxes = labels.map((l) => {
      const w = l.text.length * 19 * 0.65;
      return { x: l.anchor === "start" ? l.x : l.anchor === "end" ? l.x - w : l.x - w / 2, y: l.y - 19, width: w, height: 19 };
    });
    for (let i = 0; i < boxes.length; i++) {
      expect(boxes[i]!.x).toBeGreaterThanOrEqual(0);
      expect(boxes[i]!.x + boxes[i]!.width).toBeLessThanOrEqual(width + 1);
      for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!)).toBe(0);
    }
  });
});

describe("standaloneSvg", () => {
  it("is a complete SVG with colours inline, the title and the credit", () => {
    const doc = standaloneSvg(svg, "Titel", "Kartendaten: Natural Earth.");
    expect(doc).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1120"/);
    expect(doc).toContain(">Titel</text>");
    expect(doc).toContain(">Kartendaten: Natural Earth.</text>");
    expect(doc).not.toMatch(/var\(--|class=/);
    // One neutral land colour, the accent for the route only.
    const fills = new Set([...doc.matchAll(/<path d="[^"]*" fill="(#\w+)"/g)].map((m) => m[1]));
    expect(fills).toEqual(new Set([LIGHT_COLOURS.land]));
  });
  it("escapes text from the data", () => {
    const hostile = {
      ...svg,
      labels: [{ id: "x", text: "<script>alert(1)</script>", x: 1, y: 1, kind: "place" as const, anchor: "start" as const }],
    };
    const doc = standaloneSvg(hostile, "A & B", "c");
    expect(doc).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(doc).toContain("A &amp; B");
    expect(doc).not.toContain("<script>");
  });
  it("renders to a PNG with sharp", async () => {
    const png = await sharp(Buffer.from(standaloneSvg(svg, "Titel", "c")))
      .png()
      .toBuffer();
    const meta = await sharp(png).metadata();
    expect([meta.width, meta.height]).toEqual([1120, (420 + 44 + 26) * 2]);
  });
});

describe("standaloneSvg, element by element", () => {
  // A hand-made map with one of everything, so each element's markup is checked exactly.
  const tiny = {
    width: 100,
    height: 80,
    countries: [{ id: "1", className: "rm-country", d: "M0,0L10,0L10,10Z" }],
    arcs: [
      { d: "M1,1L2,2", main: true },
      { d: "M3,3L4,4", main: false },
    ],
    markers: [
      { id: "a", x: 10, y: 20, main: true },
      { id: "b", x: 30, y: 40, main: false },
    ],
    labels: [
      { id: "a", text: "Ort", x: 12, y: 22, kind: "place" as const, anchor: "start" as const },
      { id: "km-0", text: "rund 5 km", x: 50, y: 50, kind: "distance" as const, anchor: "middle" as const },
      { id: "country-1", text: "LAND", x: 60, y: 30, kind: "country" as const, anchor: "end" as const },
    ],
  };
  const c = LIGHT_COLOURS;
  const halo = `paint-order="stroke" stroke="${c.bg}" stroke-width="4" stroke-linejoin="round"`;
  const doc = () => standaloneSvg(tiny, "T", "Credit", 3);

  it("sizes the document by the scale and adds 44 px for the title and 26 px for the credit", () => {
    expect(doc()).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="300" height="450" viewBox="0 0 100 150" font-family="'Source Sans 3', Arial, sans-serif">/,
    );
    expect(doc()).toContain(`<rect width="100" height="150" fill="${c.bg}"/>`);
    expect(doc()).toContain(`<text x="10" y="28" font-size="15" font-weight="700" fill="${c.fg}">T</text>`);
    expect(doc()).toContain(
      `<svg x="0" y="44" width="100" height="80" viewBox="0 0 100 80"><rect width="100" height="80" fill="${c.sea}"/>`,
    );
    expect(doc()).toMatch(new RegExp(`<text x="10" y="141" font-size="10" fill="${c.muted}">Credit</text></svg>$`));
  });

  it("draws land, the main arc in the accent, the other arcs dashed, and two kinds of dot", () => {
    expect(doc()).toContain(`<path d="M0,0L10,0L10,10Z" fill="${c.land}" fill-rule="evenodd" stroke="${c.border}" stroke-width="0.6"/>`);
    expect(doc()).toContain(`<path d="M1,1L2,2" fill="none" stroke="${c.accent}" stroke-width="3"/>`);
    expect(doc()).toContain(`<path d="M3,3L4,4" fill="none" stroke="${c.route}" stroke-width="1.5" stroke-dasharray="5 4"/>`);
    expect(doc()).toContain(`<circle cx="10" cy="20" r="7" fill="${c.accent}" stroke="${c.bg}" stroke-width="2"/>`);
    expect(doc()).toContain(`<circle cx="30" cy="40" r="4" fill="${c.bg}" stroke="${c.fg}" stroke-width="1.5"/>`);
  });

  it("sets place names bold with a halo, distances in the accent, countries small and spaced", () => {
    expect(doc()).toContain(`<text x="12" y="22" text-anchor="start" font-size="19" font-weight="700" fill="${c.fg}" ${halo}>Ort</text>`);
    expect(doc()).toContain(
      `<text x="50" y="50" text-anchor="middle" font-size="16" font-weight="700" fill="${c.accent}" ${halo}>rund 5 km</text>`,
    );
    expect(doc()).toContain(`<text x="60" y="30" text-anchor="end" font-size="14" letter-spacing="1" fill="${c.muted}">LAND</text>`);
  });
});

describe("buildStaticMap's labels", () => {
  it("anchor each place name on the side away from its dot, beside it, on a baseline below the dot's top", () => {
    for (const l of svg.labels.filter((x) => x.kind === "place")) {
      const m = svg.markers.find((x) => x.id === l.id)!;
      if (l.anchor === "start") expect(l.x, l.text).toBeGreaterThan(m.x);
      if (l.anchor === "end") expect(l.x, l.text).toBeLessThan(m.x);
      expect(Math.abs(l.x - m.x), l.text).toBeLessThan(40);
      expect(Math.abs(l.y - m.y), l.text).toBeLessThan(40);
    }
  });

  it("name the distances by arc, in the accent's kind", () => {
    const km = svg.labels.filter((l) => l.kind === "distance");
    expect(km.length).toBeGreaterThan(0);
    for (const l of km) {
      expect(l.id).toMatch(/^km-\d+$/);
      expect(l.text).toMatch(/km Luftlinie$/);
    }
  });

  it("name the countries where there is room, clear of the place names (the overview the interactive map opens on)", () => {
    const countries = svg.labels.filter((l) => l.kind === "country");
    // At 560 × 420: China, Kazakhstan, Mongolia and Russia; Japan and the Koreas give way to the place
    // names, Ukraine lies west of the frame.
    expect(countries.map((l) => l.text).sort()).toEqual(["CHINA", "KASACHSTAN", "MONGOLEI", "RUSSLAND"]);
    for (const l of countries) {
      expect(l.id).toMatch(/^country-\d+$/);
      expect(l.anchor).toBe("middle");
    }
  });

  it("keeps every label inside the picture", () => {
    for (const l of svg.labels) {
      expect(l.x, l.id).toBeGreaterThanOrEqual(0);
      expect(l.x, l.id).toBeLessThanOrEqual(width);
      expect(l.y, l.id).toBeGreaterThan(0);
      expect(l.y, l.id).toBeLessThanOrEqual(height);
    }
  });
});

describe("map sizes", () => {
  const css = readFileSync("src/components/map/route-map.css", "utf8");
  /** The value of `property` in the rule whose selector is exactly `selector`. */
  const rule = (selector: string, property: string) => {
    const body = new RegExp(`(?:^|\\n)${selector.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*\\{([^}]*)\\}`).exec(css)?.[1];
    expect(body, selector).toBeDefined();
    return new RegExp(`(?:^|;|\\s)${property}:\\s*([^;]+);`).exec(body!)?.[1]?.trim();
  };

  it("draws the static labels at the sizes the SVG file uses", () => {
    expect(rule(".route-map .rm-svg-label", "font-size")).toBe(`${STATIC_LABEL_SIZE.place}px`);
    expect(rule(".route-map .rm-svg-label--distance", "font-size")).toBe(`${STATIC_LABEL_SIZE.distance}px`);
    expect(rule(".route-map .rm-svg-label--country", "font-size")).toBe(`${STATIC_LABEL_SIZE.country}px`);
    const svg = standaloneSvg(buildStaticMap(buildMapModel(PLACES, "de"), basemap(STATIC_BASEMAP)), "T", "C");
    expect(svg).toContain(`font-size="${STATIC_LABEL_SIZE.place}" font-weight="700"`);
  });

  it("draws the Leaflet dots at the sizes the label placement keeps clear", () => {
    expect(rule(".route-map .rm-dot", "width")).toBe(`${LEAFLET_DOT.secondary}px`);
    expect(rule(".route-map .rm-dot", "height")).toBe(`${LEAFLET_DOT.secondary}px`);
    expect(rule(".route-map .rm-marker--main .rm-dot", "width")).toBe(`${LEAFLET_DOT.main}px`);
    expect(rule(".route-map .rm-marker--main .rm-dot", "height")).toBe(`${LEAFLET_DOT.main}px`);
    expect(STATIC_DOT.main).toBeGreaterThan(STATIC_DOT.secondary);
  });
});
