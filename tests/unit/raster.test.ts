// PNGs are rasterised with the bundled fonts only (resvg, loadSystemFonts: false): text still shows.
import { readFileSync } from "node:fs";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { fontFiles, rasterise, woffToSfnt } from "../../src/build/raster";
import { shareCardSvg } from "../../src/lib/share";

/** How many pixels in a box differ clearly from the background colour at its top-left corner. */
async function inkIn(png: Buffer, box: { left: number; top: number; width: number; height: number }): Promise<number> {
  const { data, info } = await sharp(png).extract(box).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const bg = [data[0]!, data[1]!, data[2]!];
  let ink = 0;
  for (let i = 0; i < data.length; i += info.channels)
    if (Math.abs(data[i]! - bg[0]!) + Math.abs(data[i + 1]! - bg[1]!) + Math.abs(data[i + 2]! - bg[2]!) > 120) ink++;
  return ink;
}

describe("rasterise", () => {
  it("unpacks the fonts' WOFF files into OpenType/TrueType files", () => {
    const files = fontFiles();
    expect(files).toHaveLength(3);
    for (const f of files) expect([0x4f54544f, 0x00010000]).toContain(readFileSync(f).readUInt32BE(0));
    expect(() => woffToSfnt(Buffer.from("not a font at all, not at all"))).toThrow(/WOFF/);
  });

  it("draws a label in the bundled font with no system fonts loaded", async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="80"><rect width="300" height="80" fill="#ffffff"/><text x="10" y="50" font-family="Source Sans 3" font-size="36" font-weight="700" fill="#1a1a1a">Kursk 11.000</text></svg>`;
    const png = rasterise(svg);
    expect(await inkIn(png, { left: 10, top: 22, width: 200, height: 30 })).toBeGreaterThan(300);
    // Where there is no text there is no ink.
    expect(await inkIn(png, { left: 240, top: 0, width: 60, height: 80 })).toBe(0);
  });

  it("draws the share card's site name, title and footer", async () => {
    const png = rasterise(shareCardSvg("Nordkoreas Soldaten in Russland", "Wie viele Soldaten?", "Stand: 02.09.2025"));
    const meta = await sharp(png).metadata();
    expect([meta.width, meta.height]).toEqual([1200, 630]);
    expect(await inkIn(png, { left: 72, top: 95, width: 400, height: 30 })).toBeGreaterThan(500); // site name
    expect(await inkIn(png, { left: 72, top: 200, width: 500, height: 60 })).toBeGreaterThan(2000); // title
    expect(await inkIn(png, { left: 72, top: 548, width: 250, height: 28 })).toBeGreaterThan(300); // footer
  });

  it("scales by zoom", async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="40"><text x="5" y="30" font-size="20">Kursk</text></svg>`;
    expect((await sharp(rasterise(svg, 2)).metadata()).width).toBe(200);
  });
});
