/**
 * Build-time rasterising of SVG to PNG with resvg and the site's bundled fonts only (never the
 * machine's), so share images and PNG downloads look the same on every build machine. resvg reads
 * TrueType/OpenType files, not WOFF: the fonts' WOFF files (zlib only) are unpacked once into a cache.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { Resvg } from "@resvg/resvg-js";

/** The family the rasterised SVGs name (and resvg falls back to). */
export const RASTER_FONT_FAMILY = "Source Sans 3";

/** The faces the images use: Source Sans 3 regular and bold, Source Serif 4 semibold. */
const FACES = [
  "@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff",
  "@fontsource/source-sans-3/files/source-sans-3-latin-700-normal.woff",
  "@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff",
];

/** A WOFF 1.0 file as the SFNT (TrueType/OpenType) font it wraps. */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.readUInt32BE(0) !== 0x774f4646) throw new Error("not a WOFF 1.0 file");
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const raw = woff.subarray(offset, offset + compLength);
    return { tag: woff.readUInt32BE(at), checksum: woff.readUInt32BE(at + 16), data: compLength < origLength ? inflateSync(raw) : raw };
  });
  const pad = (n: number) => (n + 3) & ~3;
  const size = 12 + 16 * numTables + tables.reduce((s, t) => s + pad(t.data.length), 0);
  const out = Buffer.alloc(size);
  const entrySelector = Math.floor(Math.log2(numTables));
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(2 ** entrySelector * 16, 6);
  out.writeUInt16BE(entrySelector, 8);
  out.writeUInt16BE(numTables * 16 - 2 ** entrySelector * 16, 10);
  let offset = 12 + 16 * numTables;
  tables.forEach((t, i) => {
    const rec = 12 + i * 16;
    out.writeUInt32BE(t.tag, rec);
    out.writeUInt32BE(t.checksum, rec + 4);
    out.writeUInt32BE(offset, rec + 8);
    out.writeUInt32BE(t.data.length, rec + 12);
    t.data.copy(out, offset);
    offset += pad(t.data.length);
  });
  return out;
}

let cached: string[] | undefined;
/** Paths of the bundled faces as SFNT files, unpacked on first use. */
export function fontFiles(): string[] {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const dir = join(tmpdir(), "nk-soldaten-fonts");
  mkdirSync(dir, { recursive: true });
  cached = FACES.map((spec) => {
    const woff = readFileSync(require.resolve(spec));
    const file = join(
      dir,
      spec
        .split("/")
        .pop()!
        .replace(/\.woff$/, `-${woff.length}.otf`),
    );
    // Under a temporary name, then renamed: a build running at the same time never reads half a font.
    if (!existsSync(file)) {
      const part = `${file}.${process.pid}.part`;
      writeFileSync(part, woffToSfnt(woff));
      renameSync(part, file);
    }
    return file;
  });
  return cached;
}

/** An SVG as a PNG, text set in the bundled fonts only, `zoom` times its own size. */
export function rasterise(svg: string, zoom = 1): Buffer {
  const resvg = new Resvg(svg, {
    font: { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: RASTER_FONT_FAMILY },
    fitTo: { mode: "zoom", value: zoom },
  });
  return resvg.render().asPng();
}
