// One embeddable figure in one language as plain data, and the absolute addresses an embed code needs.
// No dictionary here: the Einbetten page's script imports this (the figures come from data/embeds.ts).
import type { EmbedTarget } from "./code";
import type { Lang } from "../i18n";

/** A figure outlets can embed, the same in both languages: "chart", "verluste", "map" (the German slugs). */
export type EmbedId = "chart" | "verluste" | "map";

/** An embeddable figure in one language: plain data, so the Einbetten page can hand it to its script. */
export interface EmbedFigure {
  id: EmbedId;
  lang: Lang;
  /** Site-relative path of the embed page: "embed/chart/", "en/embed/losses/". */
  path: string;
  /** Id in the height messages, the same in both languages; unlike Datawrapper's 5-character ids, so it cannot collide. */
  messageId: string;
  /** Iframe title and oEmbed title. */
  title: string;
  /** Alt text of the PNG fallback without figures; the build puts the finding from the data in front (see figureAlt). */
  alt: string;
  /** Site-relative path of the explainer page that holds the figure. */
  page: string;
  /** Site-relative path of the PNG fallback. */
  image: string;
  /** Initial iframe height at a 640 px column. */
  height: number;
}

/** The site-relative path of a figure's oEmbed document, beside its embed page. */
export function oembedPath(figure: EmbedFigure): string {
  return `${figure.path}oembed.json`;
}

/** Absolute URLs of one figure for a site served at `origin` + `base`; the figure's language decides every address and text. */
export function embedTarget(
  figure: EmbedFigure,
  siteRoot: string,
  theme: "auto" | "light" | "dark" = "auto",
  alt: string = figure.alt,
): EmbedTarget {
  const abs = (path: string) => new URL(path, siteRoot).href;
  const query = theme === "auto" ? "" : `?theme=${theme}`;
  return {
    src: abs(`${figure.path}${query}`),
    script: abs("embed.js"),
    image: abs(figure.image),
    page: abs(figure.page),
    title: figure.title,
    alt,
    height: figure.height,
  };
}
