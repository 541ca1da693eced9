import { beforeEach, describe, expect, it } from "vitest";
import { overlap } from "../../src/lib/map/labels";
import { buildMapModel } from "../../src/lib/map/model";
import sharp from "sharp";
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
