/** Writes layouts as SVG strings: inline in the page (styled by troop-chart.css) or standalone for download. */
import { CAP, CARET, COLOUR_GROUPS, LINE, MARK_RADIUS } from "./config";
import { round } from "./geometry";
import type { DotPlotLayout } from "./dotplot";
import type { MarkLayout, PanelLayout, TimelineLayout } from "./layout";
import { BASE_COLOURS, GROUP_COLOURS } from "./palette";
import { textWidth, wrapText } from "./text";
import { escapeXml as esc } from "../escape";

const n = (v: number) => String(round(v));
/** Baseline offset of a y tick label below its grid line: about half the cap height of 13 px text, so it sits centred. */
export const TICK_BASELINE = 4.5;

/** A text element; `cls` its classes. */
function text(x: number, y: number, s: string, cls: string, anchor?: string): string {
  const a = anchor && anchor !== "start" ? ` text-anchor="${anchor}"` : "";
  return `<text class="${cls}" x="${n(x)}" y="${n(y)}"${a}>${esc(s)}</text>`;
}

/**
 * One mark: a dot, a range bar with end caps, a dot with a caret towards the larger numbers ("mindestens",
 * "mehr als") or the smaller ones ("bis zu"), or a tick in the no-figure lane. Hue is the colour group; nothing
 * else varies. `sideways` draws the dot plot's horizontal figures.
 */
export function markSvg(m: MarkLayout, sideways = false, summary = false): string {
  const parts: string[] = [];
  const h = m.hit;
  parts.push(`<rect class="tc-hit" x="${n(h.x - m.x)}" y="${n(h.y - m.y)}" width="${n(h.width)}" height="${n(h.height)}"/>`);
  const dot = `<circle class="tc-dot" r="${MARK_RADIUS}"/>`;
  const c = MARK_RADIUS + 3;
  switch (m.kind) {
    case "range": {
      const d = (m.y2 ?? (sideways ? m.x : m.y)) - (sideways ? m.x : m.y);
      parts.push(
        sideways
          ? `<path class="tc-range" d="M0,${-CAP}V${CAP}M0,0H${n(d)}M${n(d)},${-CAP}V${CAP}"/>`
          : `<path class="tc-range" d="M${-CAP},0H${CAP}M0,0V${n(d)}M${-CAP},${n(d)}H${CAP}"/>`,
      );
      break;
    }
    case "atLeast":
      parts.push(
        dot,
        sideways
          ? `<path class="tc-more" d="M${c},${-CARET}L${c + CARET},0L${c},${CARET}"/>`
          : `<path class="tc-more" d="M${-CARET},${-c}L0,${-c - CARET}L${CARET},${-c}"/>`,
      );
      break;
    case "upTo":
      parts.push(
        dot,
        sideways
          ? `<path class="tc-less" d="M${-c},${-CARET}L${-c - CARET},0L${-c},${CARET}"/>`
          : `<path class="tc-less" d="M${-CARET},${c}L0,${c + CARET}L${CARET},${c}"/>`,
      );
      break;
    case "unquantified":
      parts.push(`<path class="tc-nf" d="M0,-7V7"/>`);
      break;
    default:
      parts.push(dot);
  }
  const extra = summary ? ` data-summary=""` : "";
  return `<g class="tc-mark g-${m.group}" data-claim-id="${esc(m.id)}" data-actor="${esc(m.actor)}" data-date="${m.date}"${extra} transform="translate(${n(m.x)},${n(m.y)})">${parts.join("")}</g>`;
}

/** The x axis of a panel: baseline, month ticks, year under the first tick and each January. */
function xAxis(p: PanelLayout, layout: TimelineLayout): string {
  const out = [
    `<path class="tc-base" d="M${n(layout.plotLeft)},${n(p.axisY)}H${n(layout.plotRight)}${p.xTicks.map((t) => `M${n(t.pos)},${n(p.axisY)}v4`).join("")}"/>`,
  ];
  for (const t of p.xTicks) {
    out.push(text(t.pos, p.axisY + 4 + layout.fontSize, t.label, "tc-t tc-tick", t.anchor));
    if (t.sub) out.push(text(t.pos, p.axisY + 4 + layout.fontSize + LINE, t.sub, "tc-t tc-tick", t.anchor));
  }
  return out.join("");
}

/** One numeric panel: title, grid, y axis, x axis, marks, annotations. */
function panelSvg(p: PanelLayout, layout: TimelineLayout): string {
  const { plotLeft, plotRight } = layout;
  const out: string[] = [`<g class="tc-panel" data-panel="${p.id}">`];
  out.push(
    `<path class="tc-grid" d="${p.yTicks
      .filter((t) => t.pos < p.plotBottom - 0.5)
      .map((t) => `M${n(plotLeft)},${n(t.pos)}H${n(plotRight)}`)
      .join("")}"/>`,
  );
  if (p.title) out.push(text(0, p.titleY, p.title, "tc-t tc-ptitle"));
  out.push(`<g class="tc-axis">`);
  for (const t of p.yTicks) out.push(text(plotLeft - 6, t.pos + TICK_BASELINE, t.label, "tc-t tc-tick", "end"));
  out.push(xAxis(p, layout));
  out.push(`</g>`);
  out.push(`<g class="tc-marks">${p.marks.map((m) => markSvg(m)).join("")}</g>`);
  for (const a of p.annotations) {
    const leader = a.leader
      ? `<path class="tc-ann-line" d="M${n(a.leader.x1)},${n(a.leader.y1)}L${n(a.leader.x2)},${n(a.leader.y2)}"/>`
      : "";
    const lines = a.lines
      .map((l, i) => text(a.box.x + 1, a.box.y + layout.fontSize - 1 + i * LINE, l, i === 0 ? "tc-t tc-ann-fig" : "tc-t tc-ann-who"))
      .join("");
    out.push(`<g class="tc-ann g-${a.group}" data-anchor="${esc(a.anchor)}">${leader}${lines}</g>`);
  }
  out.push(`</g>`);
  return out.join("");
}

/** The inner markup of a timeline: events, lane, panels. */
export function timelineInner(layout: TimelineLayout): string {
  const out: string[] = [];
  if (layout.events.length) {
    out.push(`<g class="tc-events">`);
    for (const e of layout.events) {
      out.push(
        `<g class="tc-ev" data-event-ids="${esc(e.ids.join(" "))}" data-date="${e.date}"><path class="tc-ev-line" d="M${n(e.x)},${n(e.lineTop)}V${n(e.lineBottom)}"/>`,
      );
      e.lines.forEach((line, i) => out.push(text(e.textX, e.textY + i * LINE, line, "tc-t tc-evt", e.anchor)));
      out.push(`</g>`);
    }
    out.push(`</g>`);
  }
  if (layout.lane) {
    const l = layout.lane;
    out.push(`<g class="tc-lane" data-panel="lane">`);
    out.push(text(0, l.titleY, l.title, "tc-t tc-ptitle"));
    out.push(`<path class="tc-laneline" d="M${n(layout.plotLeft)},${n(l.bottom)}H${n(layout.plotRight)}"/>`);
    out.push(`<g class="tc-marks">${l.marks.map((m) => markSvg(m)).join("")}</g>`);
    out.push(`</g>`);
  }
  for (const p of layout.panels) out.push(panelSvg(p, layout));
  return out.join("");
}

/** The inner markup of the losses dot plot. */
export function dotPlotInner(layout: DotPlotLayout): string {
  const out: string[] = [];
  const ticks = layout.xTicks;
  out.push(`<path class="tc-grid" d="${ticks.map((t) => `M${n(t.pos)},${n(layout.gridTop)}V${n(layout.axisY)}`).join("")}"/>`);
  for (const s of layout.sections) {
    out.push(`<g class="tc-panel" data-panel="${s.id}">`);
    out.push(text(0, s.titleY, s.title, "tc-t tc-ptitle"));
    for (const r of s.rows) {
      out.push(
        `<text class="tc-t tc-row" x="0" y="${n(r.textY)}"><tspan class="tc-row-name g-${r.group}">${esc(r.name)}</tspan>${esc(r.value)}</text>`,
      );
      if (r.valueLine) out.push(text(0, r.textY + LINE, r.valueLine, "tc-t tc-row"));
      out.push(markSvg(r.mark, true, true));
    }
    out.push(`</g>`);
  }
  out.push(`<path class="tc-base" d="M${n(layout.plotLeft)},${n(layout.axisY)}H${n(layout.plotRight)}"/>`);
  for (const t of ticks) out.push(text(t.pos, layout.axisY + 4 + layout.fontSize, t.label, "tc-t tc-tick", t.anchor));
  return out.join("");
}

/** Wraps inner markup in an inline <svg>. */
export function inlineSvg(inner: string, width: number, height: number, attrs: Record<string, string>): string {
  const a = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${esc(v)}"`)
    .join("");
  return `<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"${a}>${inner}</svg>`;
}

/** The style sheet of a standalone SVG file (light theme, concrete colours: image tools ignore custom properties). */
export function standaloneCss(): string {
  const b = BASE_COLOURS.light;
  const groups = COLOUR_GROUPS.map((g) => {
    const c = GROUP_COLOURS.light[g];
    return `.g-${g} .tc-range,.g-${g} .tc-more,.g-${g} .tc-less,.g-${g} .tc-nf,.g-${g} .tc-ann-line{stroke:${c}}.g-${g} .tc-dot,.g-${g}.tc-ann .tc-ann-fig,.tc-row-name.g-${g},.tc-word.g-${g}{fill:${c}}`;
  }).join("");
  return (
    `svg{font-family:"Source Sans 3",Arial,Helvetica,sans-serif;font-size:13px;font-variant-numeric:tabular-nums}` +
    `.tc-t{fill:${b.fg};paint-order:stroke;stroke:${b.bg};stroke-width:3px;stroke-linejoin:round}.tc-ptitle,.tc-ann-fig,.tc-row-name{font-weight:700}.tc-tick,.tc-evt{fill:${b.muted}}` +
    `.tc-grid{stroke:${b.grid};fill:none}.tc-base,.tc-laneline{stroke:${b.rule};fill:none}.tc-laneline{stroke-dasharray:2 3}` +
    `.tc-ev-line{stroke:${b.muted};stroke-dasharray:3 3;fill:none}.tc-hit{fill:none;stroke:none}` +
    `.tc-dot{stroke:${b.bg};stroke-width:1.5px}.tc-range{fill:none;stroke-width:2.5px}.tc-more,.tc-less{fill:none;stroke-width:1.8px}.tc-nf{stroke-width:2.5px}.tc-ann-line{stroke-width:1px;fill:none}` +
    `.tc-head{font-size:19px;font-weight:700;fill:${b.fg}}.tc-sub{fill:${b.fg};font-size:14px}.tc-word{font-weight:700}.tc-foot{fill:${b.muted}}` +
    groups
  );
}

/** A block of a standalone file. */
export interface Block {
  inner: string;
  height: number;
}

/**
 * A standalone SVG file: title, subtitle (its coloured words as tspans of their group), the blocks one under
 * the other, and a footer.
 */
export function standaloneSvg(opts: {
  title: string;
  subtitle: { text: string; group?: string }[];
  blocks: Block[];
  footer: string[];
  width: number;
}): string {
  const W = opts.width + 32;
  const inner = opts.width;
  // The subtitle wraps word by word, keeping each word's colour.
  const words = opts.subtitle.flatMap((part) => part.text.split(/(?<=\s)/).map((w) => ({ w, group: part.group })));
  const lines: { w: string; group?: string | undefined }[][] = [[]];
  let x = 0;
  for (const word of words) {
    const width = textWidth(word.w, 14);
    if (x + width > inner && x > 0) {
      lines.push([]);
      x = 0;
    }
    lines[lines.length - 1]!.push(word);
    x += width;
  }
  const footer = opts.footer.flatMap((l) => wrapText(l, inner, 13));
  let y = 16 + 22;
  const out: string[] = [];
  out.push(`<text class="tc-head" x="16" y="${y}">${esc(opts.title)}</text>`);
  y += 8;
  for (const line of lines) {
    y += 19;
    out.push(
      `<text class="tc-sub" x="16" y="${y}">${line.map((w) => (w.group ? `<tspan class="tc-word g-${w.group}">${esc(w.w)}</tspan>` : esc(w.w))).join("")}</text>`,
    );
  }
  y += 16;
  for (const b of opts.blocks) {
    out.push(`<g transform="translate(16,${y})">${b.inner}</g>`);
    y += b.height + 16;
  }
  for (const l of footer) {
    y += LINE;
    out.push(text(16, y, l, "tc-t tc-foot"));
  }
  const H = Math.ceil(y + 16);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}"><title>${esc(opts.title)}</title><style>${standaloneCss()}</style>` +
    `<rect width="100%" height="100%" fill="${BASE_COLOURS.light.bg}"/>${out.join("")}</svg>`
  );
}
