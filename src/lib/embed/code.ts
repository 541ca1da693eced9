/** Builds the embed codes an outlet pastes into its CMS. Pure: the Einbetten page and oEmbed both use it. */
import { escapeXml as escapeHtml } from "../escape";

/** What an embed code needs to know about one figure. */
export interface EmbedTarget {
  /** Absolute URL of the embed page, with any query (theme). */
  src: string;
  /** Absolute URL of the host snippet (embed.js). */
  script: string;
  /** Absolute URL of the figure as PNG, for the noscript and newsletter variants. */
  image: string;
  /** Absolute URL of the explainer page the figure belongs to. */
  page: string;
  /** Accessible title of the iframe. */
  title: string;
  /** Alt text of the image: the finding, not "chart". */
  alt: string;
  /** Initial height in px (the real height at a 640 px column), to avoid layout shift. */
  height: number;
}

/** Escapes text for use inside an HTML attribute or element (the one escaper, lib/escape.ts). */
export { escapeHtml };

/** The style attribute of the iframe: full column width, no border, a first height. */
export function iframeStyle(height: number): string {
  return `width:100%;min-width:100%;border:0;height:${height}px`;
}

/** The style attribute of the fallback image. */
export const IMAGE_STYLE = "width:100%;height:auto";

function iframe(t: EmbedTarget): string {
  return (
    `<iframe src="${escapeHtml(t.src)}" title="${escapeHtml(t.title)}" loading="lazy" ` +
    `referrerpolicy="strict-origin-when-cross-origin" scrolling="no" style="${iframeStyle(t.height)}"></iframe>`
  );
}

function noscript(t: EmbedTarget): string {
  return `<noscript><a href="${escapeHtml(t.page)}"><img src="${escapeHtml(t.image)}" alt="${escapeHtml(t.alt)}" style="${IMAGE_STYLE}"></a></noscript>`;
}

/** The responsive code: iframe, the host snippet that resizes it, and a noscript image fallback. */
export function responsiveCode(t: EmbedTarget): string {
  return `${iframe(t)}\n<script src="${escapeHtml(t.script)}" async></script>\n${noscript(t)}`;
}

/** A fixed-height iframe without any script, for CMSs that strip scripts. */
export function fixedCode(t: EmbedTarget): string {
  return iframe(t);
}

/** A linked image, for newsletters and places that allow no iframe. */
export function imageCode(t: EmbedTarget): string {
  return `<a href="${escapeHtml(t.page)}"><img src="${escapeHtml(t.image)}" alt="${escapeHtml(t.alt)}" width="1200" style="${IMAGE_STYLE}"></a>`;
}
