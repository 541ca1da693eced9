/** The props every figure component takes (TroopChart, LossChart, RouteMap): one definition, one meaning. */
export interface FigureProps {
  /** Rendered in an iframe on another site: links open in a new tab instead of inside the frame. */
  embedded?: boolean;
  /** Id of the figure, also the prefix of every id inside it; unique per page. */
  id?: string;
  /** Heading level of the figure's title or text twin (default 2). */
  headingLevel?: 2 | 3 | 4;
}

/** A chart's props: a figure's, and whether to show only the default view (embeds, the start page). */
export interface ChartProps extends FigureProps {
  compact?: boolean;
}
