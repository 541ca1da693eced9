// The embeddable figures: where they live, what they are called, how tall they start.
import type { EmbedTarget } from "../lib/embed/code";
import { withBase } from "../lib/paths";

/** An embeddable figure of the site. */
export interface EmbedFigure {
  /** The path segment under embed/. */
  slug: "chart" | "verluste" | "map";
  /** Id in the height messages; unlike Datawrapper's 5-character ids, so it cannot collide. */
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

/** The figures outlets can embed. */
export const embedFigures: EmbedFigure[] = [
  {
    slug: "chart",
    messageId: "nk-troops-chart",
    title: "Grafik: Gemeldete Zahlen nordkoreanischer Soldaten in Russland, nach Quelle und Datum",
    alt: "Punktgrafik: gemeldete Zahlen nordkoreanischer Soldaten in Russland, nach Quelle und Datum.",
    page: "wie-viele-soldaten/",
    image: "grafik/nordkorea-soldaten-kompakt.png",
    height: 460,
  },
  {
    slug: "verluste",
    messageId: "nk-losses-chart",
    title: "Grafik: Gemeldete Verluste nordkoreanischer Soldaten, jüngste Angabe je Quelle",
    alt: "Punktgrafik: die jüngste gemeldete Zahl getöteter und verwundeter nordkoreanischer Soldaten je Quelle.",
    page: "was-geschah-danach/",
    image: "grafik/verluste.png",
    height: 640,
  },
  {
    slug: "map",
    messageId: "nk-troops-map",
    title: "Karte: Von Pjöngjang über Wladiwostok nach Kursk",
    alt: "Karte: Route nordkoreanischer Soldaten von den Häfen Nordkoreas per Schiff nach Wladiwostok, zu Ausbildungsorten im Fernen Osten Russlands und weiter in die Region Kursk.",
    page: "wo-sind-die-soldaten/",
    image: "karte/map.png",
    height: 980,
  },
];

/** Absolute URLs of one figure for a site served at `origin` + `base`. */
export function embedTarget(
  figure: EmbedFigure,
  siteRoot: string,
  theme: "auto" | "light" | "dark" = "auto",
  alt: string = figure.alt,
): EmbedTarget {
  const abs = (path: string) => new URL(path, siteRoot).href;
  const query = theme === "auto" ? "" : `?theme=${theme}`;
  return {
    src: abs(`embed/${figure.slug}/${query}`),
    script: abs("embed.js"),
    image: abs(figure.image),
    page: abs(figure.page),
    title: figure.title,
    alt,
    height: figure.height,
  };
}

/** The site's root URL (origin + base) as configured at build time (astro.config.mjs always sets `site`). */
export function configuredSiteRoot(site: URL | undefined, base: string): string {
  if (!site) throw new Error("configuredSiteRoot: astro.config.mjs sets no site");
  return new URL(withBase(base, ""), site).href;
}
