/** Writes a chart layout as an SVG string: inline in the page (styled by troop-chart.css) or standalone for download. */
import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, type SymbolType } from "d3-shape";
import { COLOUR_GROUPS, MARK_RADIUS, type Shape } from "./config";
import { round } from "./geometry";
import { ARROW, BADGE, RING, type ChartLayout, type MarkLayout, type PanelLayout } from "./layout";
import { BASE_COLOURS, GROUP_COLOURS } from "./palette";
import { textWidth, wrapText } from "./text";

/** Escapes text for SVG/XML content and attribute values. */
export function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const SYMBOLS: Record<Shape, SymbolType> = {
  circle: symbolCircle,
  square: symbolSquare,
  triangle: symbolTriangle,
  diamond: symbolDiamond,
  triangleDown: symbolTriangle,
  star: symbolStar,
  cross: symbolCross,
  wye: symbolWye,
};

/** The path of a marker shape with the area of a circle of radius MARK_RADIUS, numbers rounded to 0.01. */
export function shapePath(shape: Shape): string {
  const d = symbol(SYMBOLS[shape], Math.PI * MARK_RADIUS * MARK_RADIUS)()!;
  const rounded = d.replace(/-?\d*\.\d+(e-?\d+)?/g, (n) => String(Math.round(Number(n) * 100) / 100));
  // Flip the triangle for the downward variant (d3 has only an upward one).
  return shape === "triangleDown" ? rounded.replace(/(-?[\d.]+),(-?[\d.]+)/g, (_, x: string, y: string) => `${x},${-Number(y)}`) : rounded;
}

/** Options of the SVG writer. */
export interface SvgOptions {
  /** Prefix of every id in the SVG, unique per chart instance and variant. */
  idPrefix: string;
  /** A standalone file: with xmlns, its own style sheet (light theme), a title, a key and a footer. */
  standalone?: { title: string; footer: string[]; key?: { swatch: SwatchKind; text: string }[] };
  /** Extra attributes of the <svg> element (inline use). */
  attrs?: Record<string, string>;
}

const n = (v: number) => String(round(v));

/** One mark: glyph(s) by actor shape, fill by status, ring by measure, bar or arrow by how the figure was worded. */
function markSvg(m: MarkLayout, p: string): string {
  const href = `#${p}-${m.shape}`;
  const glyph = (dy: number) => {
    const at = dy ? ` y="${n(dy)}"` : "";
    const fill = m.status === "corroborated" ? `<use href="${href}"${at} class="tc-f" clip-path="url(#${p}-half)"/>` : "";
    return `<use href="${href}"${at} class="tc-o"/>${fill}`;
  };
  const parts: string[] = [];
  const R = m.box.width / 2;
  const hit = `<rect class="tc-hit" x="${n(m.box.x - m.x - 3)}" y="${n(m.box.y - m.y - 3)}" width="${n(m.box.width + 6)}" height="${n(m.box.height + 6)}" rx="${n(R + 3)}"/>`;
  parts.push(hit);
  if (m.kind === "range" && m.y2 !== undefined) parts.push(`<path class="tc-bar" d="M0,0V${n(m.y2 - m.y)}"/>`);
  if (m.kind === "upTo") parts.push(`<path class="tc-arrow" d="M0,${n(MARK_RADIUS)}V${n(MARK_RADIUS + ARROW)}M-4,${n(MARK_RADIUS + ARROW - 5)}L0,${n(MARK_RADIUS + ARROW)}L4,${n(MARK_RADIUS + ARROW - 5)}"/>`);
  if (m.kind === "atLeast") parts.push(`<path class="tc-arrow" d="M0,${n(-MARK_RADIUS)}V${n(-MARK_RADIUS - ARROW)}M-4,${n(-MARK_RADIUS - ARROW + 5)}L0,${n(-MARK_RADIUS - ARROW)}L4,${n(-MARK_RADIUS - ARROW + 5)}"/>`);
  if (m.decoration !== "none") parts.push(`<circle class="tc-ring${m.decoration === "dashed" ? " tc-dash" : ""}" r="${n(MARK_RADIUS + RING - 0.5)}"/>`);
  parts.push(glyph(0));
  if (m.kind === "range" && m.y2 !== undefined) parts.push(glyph(m.y2 - m.y));
  return `<g class="tc-mark g-${m.group} st-${m.status}" data-claim-id="${esc(m.id)}" data-actor="${esc(m.actor)}" data-date="${m.date}" transform="translate(${n(m.x)},${n(m.y)})">${parts.join("")}</g>`;
}

/** A text element; `sub` adds a second line below. */
function text(x: number, y: number, s: string, cls: string, anchor?: string, sub?: string, lineHeight = 17): string {
  const a = anchor && anchor !== "start" ? ` text-anchor="${anchor}"` : "";
  const second = sub ? `<tspan x="${n(x)}" dy="${lineHeight}">${esc(sub)}</tspan>` : "";
  return `<text class="${cls}" x="${n(x)}" y="${n(y)}"${a}>${esc(s)}${second}</text>`;
}

/** One panel: title, grid, axes, strip, marks, labels. */
function panelSvg(panel: PanelLayout, layout: ChartLayout, p: string): string {
  const { plotLeft, plotRight } = layout;
  const out: string[] = [`<g class="tc-panel" data-panel="${panel.id}">`];
  out.push(`<path class="tc-grid" d="${panel.yTicks.filter((t) => t.pos < panel.plotBottom - 0.5).map((t) => `M${n(plotLeft)},${n(t.pos)}H${n(plotRight)}`).join("")}"/>`);
  out.push(text(panel.titleBox.x, panel.titleY, panel.title, "tc-t tc-title"));
  out.push(`<g class="tc-axis">`);
  for (const t of panel.yTicks) out.push(text(plotLeft - 6, t.pos + 4.5, t.label, "tc-t tc-tick", "end"));
  out.push(`<path class="tc-base" d="M${n(plotLeft)},${n(panel.plotBottom)}H${n(plotRight)}"/>`);
  if (panel.strip) {
    const s = panel.strip;
    out.push(`<path class="tc-stripline" d="M${n(plotLeft)},${n(s.top)}H${n(plotRight)}M${n(plotLeft)},${n(s.bottom)}H${n(plotRight)}"/>`);
    s.caption.forEach((line, i) => out.push(text(plotLeft - 6, (s.rows[i] ?? s.rows[s.rows.length - 1]!) + 4.5, line, "tc-t tc-tick", "end")));
  }
  out.push(`<path class="tc-base" d="M${n(plotLeft)},${n(panel.axisY)}H${n(plotRight)}${panel.xTicks.map((t) => `M${n(t.pos)},${n(panel.axisY)}v5`).join("")}"/>`);
  for (const t of panel.xTicks) out.push(text(t.pos, panel.axisY + 5 + layout.fontSize, t.label, "tc-t tc-tick", t.anchor, t.sub));
  out.push(`</g>`);
  out.push(`<g class="tc-labels">`);
  for (const l of panel.labels) {
    const leader = l.leader ? `<path class="tc-leader" d="M${n(l.leader.x1)},${n(l.leader.y1)}L${n(l.leader.x2)},${n(l.leader.y2)}"/>` : "";
    out.push(`<g class="tc-label g-${l.group}" data-actor="${esc(l.actor)}" data-anchor="${esc(l.anchor)}">${leader}${text(l.box.x + 1, l.box.y + layout.fontSize - 0.5, l.text, "tc-t")}</g>`);
  }
  for (const k of panel.keyed) {
    out.push(`<g class="tc-keyed g-${k.group}" data-actor="${esc(k.actor)}"><use href="#${p}-${k.shape}" class="tc-o" x="${n(k.x + MARK_RADIUS)}" y="${n(k.y - 4.5)}"/>${text(k.x + 2 * MARK_RADIUS + 5, k.y, k.text, "tc-t")}</g>`);
  }
  out.push(`</g>`);
  out.push(`<g class="tc-marks">${panel.marks.map((m) => markSvg(m, p)).join("")}</g>`);
  out.push(`</g>`);
  return out.join("");
}

/** The style sheet of a standalone SVG file (light theme, concrete colours: image tools ignore custom properties). */
export function standaloneCss(): string {
  const b = BASE_COLOURS.light;
  const groups = [...COLOUR_GROUPS, "fg" as const].map((g) => {
    const c = g === "fg" ? b.fg : GROUP_COLOURS.light[g];
    return `.g-${g} .tc-o,.g-${g} .tc-bar,.g-${g} .tc-arrow,.g-${g} .tc-ring,.g-${g} .tc-leader{stroke:${c}}.g-${g} .tc-f,.g-${g}.st-acknowledged .tc-o,.g-${g} .tc-sw-fill,.g-${g} text{fill:${c}}`;
  }).join("");
  return (
    `svg{font-family:"Source Sans 3",Arial,Helvetica,sans-serif;font-size:13px;font-variant-numeric:tabular-nums}` +
    `.tc-t{fill:${b.fg};paint-order:stroke;stroke:${b.bg};stroke-width:3px;stroke-linejoin:round}.tc-title{font-weight:700}.tc-tick{fill:${b.muted}}` +
    `.tc-grid{stroke:${b.grid};fill:none}.tc-base,.tc-stripline{stroke:${b.rule};fill:none}.tc-stripline{stroke-dasharray:2 3}` +
    `.tc-ev-line{stroke:${b.muted};stroke-dasharray:3 3;fill:none}.tc-evt{fill:${b.muted}}.tc-badge{fill:${b.bg};stroke:${b.muted};stroke-width:1.2px}` +
    `.tc-hit{fill:none;stroke:none}.tc-o{fill:${b.bg};stroke-width:1.6px}.tc-bar{stroke-width:3px}.tc-arrow,.tc-leader{fill:none;stroke-width:1.4px}.tc-leader{stroke-width:1px}` +
    `.tc-ring{fill:none;stroke-width:1.3px}.tc-dash{stroke-dasharray:2.5 2}.tc-key .tc-t{font-size:13px}.tc-head{font-size:18px;font-weight:700;fill:${b.fg}}.tc-foot{fill:${b.muted}}` +
    groups
  );
}

/** Writes the SVG. Every mark carries its claim id (data-claim-id). */
export function renderSvg(layout: ChartLayout, opts: SvgOptions): string {
  const p = opts.idPrefix;
  const footer = opts.standalone ? opts.standalone.footer.flatMap((l) => wrapText(l, layout.width, layout.fontSize)) : [];
  const shapes = [...new Set(layout.panels.flatMap((pl) => pl.marks.map((m) => m.shape)))];
  const head = opts.standalone ? 34 : 0;
  // The key flows in rows of samples with their words, under the chart.
  const keyItems: { x: number; y: number; markup: string }[] = [];
  let keyHeight = 0;
  if (opts.standalone?.key?.length) {
    let x = 0;
    let row = 0;
    for (const [i, item] of opts.standalone.key.entries()) {
      const w = 18 + 5 + textWidth(item.text, layout.fontSize) + 16;
      if (x > 0 && x + w > layout.width) {
        x = 0;
        row++;
      }
      const sample = swatch(item.swatch, `${p}-key${i}`);
      keyItems.push({ x, y: row * 24, markup: `<g transform="translate(${n(x)},${row * 24})">${sample}${text(23, 16.5, item.text, "tc-t")}</g>` });
      x += w;
    }
    keyHeight = (row + 1) * 24 + 10;
  }
  const foot = opts.standalone ? keyHeight + footer.length * 17 + 12 : 0;
  const width = layout.width + (opts.standalone ? 32 : 0);
  const height = layout.height + head + foot + (opts.standalone ? 24 : 0);
  const attrs = Object.entries(opts.attrs ?? {})
    .map(([k, v]) => ` ${k}="${esc(v)}"`)
    .join("");
  const out: string[] = [];
  out.push(
    `<svg${opts.standalone ? ' xmlns="http://www.w3.org/2000/svg"' : ""} viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"${attrs}>`,
  );
  if (opts.standalone) {
    out.push(`<title>${esc(opts.standalone.title)}</title><style>${standaloneCss()}</style><rect width="100%" height="100%" fill="${BASE_COLOURS.light.bg}"/>`);
    out.push(`<text class="tc-head" x="16" y="30">${esc(opts.standalone.title)}</text>`);
  }
  out.push(`<defs>${shapes.map((s) => `<path id="${p}-${s}" d="${shapePath(s)}"/>`).join("")}<clipPath id="${p}-half" clipPathUnits="objectBoundingBox"><rect width=".5" height="1"/></clipPath></defs>`);
  if (opts.standalone) out.push(`<g transform="translate(16,${head + 12})">`);
  out.push(`<g class="tc-ev">`);
  for (const e of layout.events) {
    out.push(`<g data-event-id="${esc(e.id)}" data-date="${e.date}"><path class="tc-ev-line" d="M${n(e.x)},${n(e.lineTop)}V${n(e.lineBottom)}"/>`);
    if (e.badge !== undefined) out.push(`<circle class="tc-badge" cx="${n(e.x)}" cy="${n(e.box.y + e.box.height / 2)}" r="${BADGE}"/>`);
    e.lines.forEach((line, i) => out.push(text(e.textX, e.textY + i * 17 - (e.badge !== undefined ? 0.5 : 0), line, "tc-t tc-evt", e.anchor)));
    out.push(`</g>`);
  }
  if (layout.eventKey) {
    for (const k of layout.eventKey.entries) {
      out.push(`<g class="tc-evkey"><circle class="tc-badge" cx="${BADGE}" cy="${n(k.y - 4.5)}" r="${BADGE}"/>${text(BADGE, k.y - 0.5, String(k.badge), "tc-t tc-evt", "middle")}`);
      k.lines.forEach((line, i) => out.push(text(2 * BADGE + 6, k.y + i * 17, line, "tc-t tc-evt")));
      out.push(`</g>`);
    }
  }
  out.push(`</g>`);
  for (const panel of layout.panels) out.push(panelSvg(panel, layout, p));
  if (opts.standalone) {
    out.push(`</g>`);
    out.push(`<g class="tc-key" transform="translate(16,${layout.height + head + 20})">${keyItems.map((k) => k.markup).join("")}</g>`);
    footer.forEach((line, i) => out.push(text(16, layout.height + head + 24 + keyHeight + 14 + i * 17, line, "tc-t tc-foot")));
  }
  out.push(`</svg>`);
  return out.join("");
}

/** What a key sample shows. */
export type SwatchKind =
  | { kind: "group"; group: string }
  | { kind: "actor"; group: string; shape: Shape }
  | { kind: "status"; status: "claim" | "corroborated" | "acknowledged" }
  | { kind: "figure"; figure: "point" | "range" | "upTo" | "atLeast" | "unquantified" }
  | { kind: "decoration"; decoration: "ring" | "dashed" }
  | { kind: "event" };

/** A small sample for the key, drawn with the chart's own classes (18 × 24 px); `clipId` names a half-fill clip. */
export function swatch(s: SwatchKind, clipId: string): string {
  const circle = shapePath("circle");
  const glyph = (dy = 0, extra = "") => `<path class="tc-o" d="${circle}"${dy ? ` transform="translate(0,${dy})"` : ""}/>${extra}`;
  let body: string;
  let group = "g-fg";
  let status = "claim";
  switch (s.kind) {
    case "group":
      group = `g-${s.group}`;
      body = `<rect class="tc-sw-fill" x="-6" y="-6" width="12" height="12"/>`;
      break;
    case "actor":
      group = `g-${s.group}`;
      body = `<path class="tc-o" d="${shapePath(s.shape)}"/>`;
      break;
    case "status":
      status = s.status;
      body = glyph(0, s.status === "corroborated" ? `<path class="tc-f" d="${circle}" clip-path="url(#${clipId})"/>` : "");
      break;
    case "decoration":
      body = `<circle class="tc-ring${s.decoration === "dashed" ? " tc-dash" : ""}" r="${MARK_RADIUS + RING - 0.5}"/>${glyph()}`;
      break;
    case "event":
      body = `<path class="tc-ev-line" d="M0,-11V11"/>`;
      break;
    case "figure":
      body =
        s.figure === "range"
          ? `<path class="tc-bar" d="M0,-6V6"/>${glyph(-6)}${glyph(6)}`
          : s.figure === "upTo"
            ? `<path class="tc-arrow" d="M0,-1V10M-3,6L0,10L3,6"/>${glyph(-5)}`
            : s.figure === "atLeast"
              ? `<path class="tc-arrow" d="M0,1V-10M-3,-6L0,-10L3,-6"/>${glyph(5)}`
              : s.figure === "unquantified"
                ? `<path class="tc-stripline" d="M-9,0H9"/>${glyph()}`
                : glyph();
      break;
  }
  const defs = s.kind === "status" && s.status === "corroborated" ? `<defs><clipPath id="${clipId}" clipPathUnits="objectBoundingBox"><rect width=".5" height="1"/></clipPath></defs>` : "";
  return `<svg class="tc-swatch" viewBox="-9 -12 18 24" width="18" height="24" aria-hidden="true" focusable="false">${defs}<g class="${group} st-${status}">${body}</g></svg>`;
}
