/** What the troop chart shows and how: panels, layout variants, colour groups, marker shapes. */
import type { Measure } from "../data/schema";

/** Identifies a panel of the chart. */
export type PanelId = "troops" | "losses";

/** How a measure's marks are told apart inside a panel: plain, a solid ring, or a dashed ring. */
export type Decoration = "none" | "ring" | "dashed";

/** One panel: its own y axis, never shared between troop counts and casualty counts. */
export interface PanelSpec {
  id: PanelId;
  /** Measures drawn in this panel, each with its decoration. */
  measures: Partial<Record<Measure, Decoration>>;
}

/**
 * The panels, top to bottom. Troop counts and casualty counts never share an axis. Measures not listed
 * here (officers, generals, other) are not marks: they appear in the table only.
 */
export const PANELS: PanelSpec[] = [
  {
    id: "troops",
    measures: { sent: "none", in_russia: "none", in_training: "none", at_front: "none", planned_total: "dashed" },
  },
  { id: "losses", measures: { killed: "none", wounded: "dashed", casualties: "ring" } },
];

/** Every measure the chart draws as a mark. */
export const CHART_MEASURES: Measure[] = PANELS.flatMap((p) => Object.keys(p.measures) as Measure[]);

/** The panel a measure is drawn in, or undefined if it is in the table only. */
export function panelOf(measure: Measure): PanelId | undefined {
  return PANELS.find((p) => measure in p.measures)?.id;
}

/**
 * A fixed layout of the SVG. Each variant is drawn at its design width and scaled to the container; a
 * variant is only shown for container widths from `minWidth` up, where its scale keeps text at ≥ 12 px.
 */
export interface Variant {
  id: "s" | "m" | "l" | "xl";
  /** Design width of the SVG in px. */
  width: number;
  /** Smallest container width (px) at which this variant is shown; the next variant's minWidth ends it. */
  minWidth: number;
  /** Plot height of each panel in px (grown by the layout when labels do not fit). */
  plotHeight: Record<PanelId, number>;
}

/** Font size of every text in the SVG, in design px. At the smallest shown scale (≥ 0.93) it stays ≥ 12 px. */
export const FONT_SIZE = 13;

/** The layouts, narrowest first. Container queries pick one by the figure's width. */
export const VARIANTS: Variant[] = [
  { id: "s", width: 300, minWidth: 0, plotHeight: { troops: 300, losses: 200 } },
  { id: "m", width: 420, minWidth: 420, plotHeight: { troops: 300, losses: 200 } },
  { id: "l", width: 600, minWidth: 600, plotHeight: { troops: 300, losses: 200 } },
  { id: "xl", width: 860, minWidth: 860, plotHeight: { troops: 300, losses: 200 } },
];

/** The widest variant: used for the SVG and PNG downloads. */
export const DOWNLOAD_VARIANT: Variant = VARIANTS[VARIANTS.length - 1]!;

/** Colour groups: the colour says where a claim comes from, the shape says who exactly. */
export const COLOUR_GROUPS = ["kr", "ua", "us", "west", "rk"] as const;
/** A colour group id. */
export type ColourGroup = (typeof COLOUR_GROUPS)[number];

/** The colour group of an actor's country code (actors.csv `country`). */
export function colourGroupOf(country: string): ColourGroup {
  switch (country.toUpperCase()) {
    case "KR":
      return "kr";
    case "UA":
      return "ua";
    case "US":
      return "us";
    case "RU":
    case "KP":
      return "rk";
    default:
      return "west";
  }
}

/** Marker shapes in the order they are handed out within a colour group. */
export const SHAPES = ["circle", "square", "triangle", "diamond", "triangleDown", "star", "cross", "wye"] as const;
/** A marker shape. */
export type Shape = (typeof SHAPES)[number];

/** Marker radius in design px (symbols have the area of a circle of this radius). */
export const MARK_RADIUS = 5.5;
