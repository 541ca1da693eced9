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

/**
 * The SVG of a share card: site name, the page's title in large type, and a footer line. With
 * `withFigure` the text keeps to the left half, leaving SHARE_FIGURE_BOX free for the chart.
 */
export function shareCardSvg(siteTitle: string, title: string, footer: string, withFigure = false): string {
  const lines = wrapText(title, withFigure ? 19 : 30).slice(0, withFigure ? 5 : 4);
  const size = withFigure ? 48 : lines.length > 3 ? 58 : 66;
  const text = lines
    .map((l, i) => `<text x="72" y="${250 + i * size * 1.15}" font-size="${size}" font-weight="700">${escapeXml(l)}</text>`)
    .join("");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">` +
    `<rect width="1200" height="630" fill="${soft}"/><rect width="1200" height="14" fill="${accent}"/>` +
    `<g font-family="'Source Sans 3', Arial, sans-serif" fill="${fg}">` +
    `<text x="72" y="120" font-size="${withFigure ? 28 : 34}" font-weight="700" fill="${accent}">${escapeXml(siteTitle)}</text>${text}` +
    `<text x="72" y="570" font-size="28" fill="${muted}">${escapeXml(footer)}</text></g></svg>`
  );
}
