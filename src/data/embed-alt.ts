// The PNG fallbacks' alt texts with the finding read from the data, so no figure in them is typed by hand.
import { lossHeadline, takeaway } from "../lib/chart/describe";
import type { EmbedFigure } from "./embeds";
import { getSiteData } from "./dataset";

/** The alt text of a figure's image: its description, and for the charts the finding computed from the claims. */
export async function figureAlt(figure: EmbedFigure): Promise<string> {
  if (figure.slug === "map") return figure.alt;
  const data = await getSiteData();
  return figure.slug === "chart" ? `${figure.alt} ${takeaway(data)}` : `${figure.alt} ${lossHeadline(data)}.`;
}
