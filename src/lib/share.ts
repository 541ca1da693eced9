/** Share images: one 1200×630 PNG per page, named after the page's path. */
import { escapeXml } from "./escape";
import { wrapWords } from "./chart/text";
import { SITE_COLOURS } from "./palette";

/** The card's colours: the light theme's (lib/palette.ts). */
const soft = SITE_COLOURS["bg-soft"].light;
const accent = SITE_COLOURS.accent.light;
const fg = SITE_COLOURS.fg.light;
const muted = SITE_COLOURS["fg-muted"].light;

/** The share image's site-relative path for a page path, in either language ("" → "share/start.png", "en/sources/" → "share/en-sources.png"). */
export function shareImagePath(pagePath: string): string {
  const slug =
    pagePath
      .replace(/\/$/, "")
      .replace(/[^a-z0-9-]+/gi, "-")
      .replace(/^-+|-+$/g, "") || "start";
  return `share/${slug}.png`;
}

/** Breaks text into lines of at most `max` characters at spaces. */
export function wrapText(text: string, max: number): string[] {
  return wrapWords(text, (line) => line.length <= max);
}

/** Where a figure goes on a share card that shows one: the right half, in px. */
export const SHARE_FIGURE_BOX = { left: 640, top: 30, width: 530, height: 570 };

/** The card's text layout in px: left margin, baselines, line height; the title's wrap width and size by case. */
const CARD = {
  margin: 72,
  siteBaseline: 120,
  titleBaseline: 250,
  footerBaseline: 570,
  lineHeight: 1.15,
  /** Characters per title line: the full width, or the left half beside a figure (about 1056 and 544 px of bold type). */
  charsPerLine: { alone: 30, withFigure: 19 },
  /** Title lines that fit above the footer. */
  maxLines: { alone: 4, withFigure: 5 },
  /** Title size: 66 px up to three lines, 58 px for four; 48 px beside a figure. */
  titleSize: { short: 66, long: 58, withFigure: 48 },
  siteSize: { alone: 34, withFigure: 28 },
  footerSize: 28,
} as const;

/**
 * The title's lines on the card: wrapped at spaces, at most `maxLines`; a title that needs more ends its
 * last line with "…", so a cut is visible (no title of the site comes near that: a unit test checks).
 */
export function cardTitleLines(title: string, withFigure: boolean): string[] {
  const lines = wrapText(title, withFigure ? CARD.charsPerLine.withFigure : CARD.charsPerLine.alone);
  const max = withFigure ? CARD.maxLines.withFigure : CARD.maxLines.alone;
  if (lines.length <= max) return lines;
  return [...lines.slice(0, max - 1), `${lines[max - 1]} …`];
}

/**
 * The SVG of a share card: site name, the page's title in large type, and a footer line. With
 * `withFigure` the text keeps to the left half, leaving SHARE_FIGURE_BOX free for the chart.
 */
export function shareCardSvg(siteTitle: string, title: string, footer: string, withFigure = false): string {
  const lines = cardTitleLines(title, withFigure);
  const size = withFigure ? CARD.titleSize.withFigure : lines.length > 3 ? CARD.titleSize.long : CARD.titleSize.short;
  const x = CARD.margin;
  const text = lines
    .map(
      (l, i) =>
        `<text x="${x}" y="${CARD.titleBaseline + i * size * CARD.lineHeight}" font-size="${size}" font-weight="700">${escapeXml(l)}</text>`,
    )
    .join("");
  const siteSize = withFigure ? CARD.siteSize.withFigure : CARD.siteSize.alone;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">` +
    `<rect width="1200" height="630" fill="${soft}"/><rect width="1200" height="14" fill="${accent}"/>` +
    `<g font-family="'Source Sans 3', Arial, sans-serif" fill="${fg}">` +
    `<text x="${x}" y="${CARD.siteBaseline}" font-size="${siteSize}" font-weight="700" fill="${accent}">${escapeXml(siteTitle)}</text>${text}` +
    `<text x="${x}" y="${CARD.footerBaseline}" font-size="${CARD.footerSize}" fill="${muted}">${escapeXml(footer)}</text></g></svg>`
  );
}
