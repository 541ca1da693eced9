/**
 * What the figures show and how. Second edition (review 2026-12): the troop chart's default view is one
 * measure group with four channels (x = date, y = figure, hue = where the claim comes from, a precision mark
 * for ranges and open-ended figures); the other measures go to small panels on the same x axis; statements
 * without a figure to a lane of their own; losses to a figure of their own.
 */
import type { Actor, Measure } from "../data/schema";

/** Where a drawn claim goes. */
export type PlaceId = "main" | "front" | "planned" | "killed" | "casualties" | "wounded";

/** The troop chart's panels: the default view ("main") and the small panels of the full version. */
export const TROOP_PANELS: { id: "main" | "front" | "planned"; measures: Measure[] }[] = [
  { id: "main", measures: ["sent", "in_russia"] },
  { id: "front", measures: ["at_front", "in_training"] },
  { id: "planned", measures: ["planned_total"] },
];

/** The losses figure's sections: killed and killed-plus-wounded never share a row or an axis. */
export const LOSS_SECTIONS: { id: "killed" | "casualties" | "wounded"; measures: Measure[] }[] = [
  { id: "killed", measures: ["killed"] },
  { id: "casualties", measures: ["casualties"] },
  { id: "wounded", measures: ["wounded"] },
];

/** Every measure drawn with its figure (troop panels and losses). */
export const CHART_MEASURES: Measure[] = [...TROOP_PANELS, ...LOSS_SECTIONS].flatMap((p) => p.measures);

/** The place of a measure's figures, or undefined if only the table lists them (officers, generals, other). */
export function placeOf(measure: Measure): PlaceId | undefined {
  return [...TROOP_PANELS, ...LOSS_SECTIONS].find((p) => p.measures.includes(measure))?.id;
}

/**
 * A fixed layout of the SVGs. Each variant is drawn at its design width and scaled to the container; it is
 * shown from `minWidth` up to the next variant's minWidth, where its scale keeps text at ≥ 12 px. Three
 * variants (not four): fewer inline SVGs, less DOM.
 */
export interface Variant {
  id: "s" | "m" | "l";
  /** Design width of the SVG in px. */
  width: number;
  /** Smallest container width (px) at which this variant is shown. */
  minWidth: number;
  /** Plot height of the main panel; small panels get `small`; the compact embed's main panel `compact`. */
  plotHeight: number;
  small: number;
  compact: number;
}

/** Font size of every text in the SVG, in design px: at the smallest scale (≥ 0.923) it stays ≥ 12 px. */
export const FONT_SIZE = 13;

/** Line height of SVG text in px (the drawing sizes sit here with MARK_RADIUS, so layout and SVG writer share them). */
export const LINE = Math.round(FONT_SIZE * 1.3);
/** Half width of a range bar's end caps; size of a caret. */
export const CAP = 4.5;
export const CARET = 4;
/** Size of a no-figure tick. */
export const NF_HEIGHT = 14;

/** The layouts, narrowest first. Container queries pick one by the figure's width. */
export const VARIANTS: Variant[] = [
  { id: "s", width: 310, minWidth: 0, plotHeight: 290, small: 110, compact: 190 },
  { id: "m", width: 540, minWidth: 500, plotHeight: 240, small: 110, compact: 190 },
  { id: "l", width: 880, minWidth: 820, plotHeight: 280, small: 120, compact: 280 },
];

/** The widest variant: used for the SVG and PNG downloads. */
export const DOWNLOAD_VARIANT: Variant = VARIANTS[VARIANTS.length - 1]!;

/**
 * Colour groups: where a claim comes from. Media and anonymous sources are grey whatever their country, so
 * that an unnamed source does not borrow a government's colour.
 */
export const COLOUR_GROUPS = ["kr", "ua", "us", "west", "rk", "media"] as const;
/** A colour group id. */
export type ColourGroup = (typeof COLOUR_GROUPS)[number];

/** The colour group of an actor (actors.csv `kind` and `country`). */
export function colourGroupOf(actor: Pick<Actor, "country" | "kind">): ColourGroup {
  if (actor.kind === "media" || actor.kind === "anonymous") return "media";
  switch (actor.country.toUpperCase()) {
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

/** Dot radius in design px. */
export const MARK_RADIUS = 4.5;
/** Side of a mark's hit area in design px: ≥ 24 CSS px at the smallest scale (0.923). */
export const HIT = 27;
/** Longest leader line from a mark to its annotation, in design px (≤ 40 CSS px at the largest scale shown). */
export const MAX_LEADER = 24;

/** Days of room on each side of a timeline's first and last date, so the outermost marks stay off the plot's edges. */
export const DOMAIN_PADDING_DAYS = 10;
/** Events within this many days of each other share one vertical line (their labels would collide). */
export const EVENT_MERGE_DAYS = 10;
/** Room above a panel's highest figure for its annotation, in design px (at most a sixth of the panel). */
export const ANNOTATION_HEADROOM = 40;
/** A panel whose annotations do not all fit grows by this many design px a time, up to PANEL_MAX_GROW (three times). */
export const PANEL_GROW_STEP = 40;
export const PANEL_MAX_GROW = 3 * PANEL_GROW_STEP;

/**
 * Every glyph class the SVGs draw, and its one meaning (for developers; readers get the key from the dictionary). A test checks that the SVGs use no other glyph class
 * and that no two classes share a meaning; shape, fill and stroke carry nothing else (hue is the group).
 */
export const GLYPHS = {
  "tc-dot": "one figure (dot)",
  "tc-range": "range (bar with end caps)",
  "tc-more": "at least / more than (chevron pointing to the larger figure)",
  "tc-less": "up to (chevron pointing to the smaller figure)",
  "tc-nf": "statement without a figure (tick in its own row)",
  "tc-ev-line": "event (labelled line)",
  "tc-ann-line": "leader from a label to its mark",
} as const;
/** A glyph class. */
export type GlyphClass = keyof typeof GLYPHS;
