// `node scripts/make-font-metrics.mjs`: reads the bundled fonts' advance widths with fontkit, once,
// and writes src/lib/chart/font-metrics.json, which textWidth (src/lib/chart/text.ts) measures with.
// Digits are measured with the tnum feature, as the chart and tables set them (tabular-nums).
// It also prints the size-adjust/ascent-override/descent-override/line-gap-override values of the
// metric-compatible fallback faces in src/styles/fonts.css (Liberation Sans = Arial's metrics,
// Liberation Serif = Times New Roman's), measured on German text.
// Run it again after changing the font packages, and commit the JSON.
import { writeFileSync, existsSync } from "node:fs";
import * as fontkit from "fontkit";

const dir = (pkg) => `node_modules/@fontsource/${pkg}/files`;
const faces = {
  regular: `${dir("source-sans-3")}/source-sans-3-latin-400-normal.woff2`,
  bold: `${dir("source-sans-3")}/source-sans-3-latin-700-normal.woff2`,
};
// Printable Latin-1, Latin Extended-A and the punctuation German text and the chart use.
const chars = [];
for (let c = 0x20; c <= 0x7e; c++) chars.push(String.fromCodePoint(c));
for (let c = 0xa0; c <= 0x17f; c++) chars.push(String.fromCodePoint(c));
chars.push(..."‐‑–—‘’‚“”„•…‹›€−→←↑↓≈×·′″");

const out = {
  $comment:
    "Advance widths in em (1/1000 rounded) of Source Sans 3 (latin subset, @fontsource/source-sans-3), digits tabular. Made by scripts/make-font-metrics.mjs: do not edit.",
  family: "Source Sans 3",
};
for (const [name, file] of Object.entries(faces)) {
  const font = fontkit.openSync(file);
  const upm = font.unitsPerEm;
  const widths = {};
  for (const ch of chars) {
    const run = font.layout(ch, /[0-9]/.test(ch) ? ["tnum"] : []);
    if (run.glyphs.length !== 1 || run.glyphs[0].id === 0) continue; // not in the subset
    widths[ch] = Math.round((run.positions[0].xAdvance / upm) * 1000) / 1000;
  }
  out[name] = { missing: Math.round((font.getGlyph(0).advanceWidth / upm) * 1000) / 1000, widths };
}
writeFileSync("src/lib/chart/font-metrics.json", `${JSON.stringify(out, null, 1)}\n`);
console.log(`wrote src/lib/chart/font-metrics.json (${Object.keys(out.regular.widths).length} characters)`);

// Fallback overrides: a German sample's width in the web font over its width in the fallback.
const sample =
  "Nordkorea schickt seit Herbst 2024 Soldaten nach Russland. Wer hat welche Zahlen genannt, wann, und wie sicher sind sie? Südkoreas Geheimdienst NIS schätzt 11.000 bis 12.000 Soldaten in der Region Kursk.";
const width = (font) => font.layout(sample).positions.reduce((s, p) => s + p.xAdvance, 0) / font.unitsPerEm;
const pairs = [
  ["Source Sans 3 400", faces.regular, "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"],
  ["Source Sans 3 700", faces.bold, "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"],
  [
    "Source Serif 4 600",
    `${dir("source-serif-4")}/source-serif-4-latin-600-normal.woff2`,
    "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
  ],
];
for (const [name, web, local] of pairs) {
  if (!existsSync(local)) {
    console.log(`${name}: ${local} missing, no fallback metrics`);
    continue;
  }
  const w = fontkit.openSync(web);
  const f = fontkit.openSync(local);
  const size = width(w) / width(f);
  const pct = (v) => `${((v / w.unitsPerEm / size) * 100).toFixed(2)}%`;
  console.log(
    `${name} over ${local.split("/").pop()}: size-adjust: ${(size * 100).toFixed(2)}%; ascent-override: ${pct(w.hhea?.ascent ?? w.ascent)}; descent-override: ${pct(-(w.hhea?.descent ?? w.descent))}; line-gap-override: ${pct(w.hhea?.lineGap ?? w.lineGap)};`,
  );
}
