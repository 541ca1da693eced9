// The PNG fallbacks' alt texts with the finding read from the data, so no figure in them is typed by hand.
import { lossHeadline, takeaway } from "../lib/chart/describe";
import type { EmbedFigure } from "./embeds";
import { getSiteData } from "./dataset";

/** The alt text of a figure's image in its language: its description, and for the charts the finding computed from the claims. */
export async function figureAlt(figure: EmbedFigure): Promise<string> {
  if (figure.id === "map") return figure.alt;
  const data = await getSiteData();
  return figure.id === "chart" ? `${figure.alt} ${takeaway(data, figure.lang)}` : `${figure.alt} ${lossHeadline(data, figure.lang)}.`;
}

/** The figures of a language with the finding in their alt text: what the Einbetten page hands its script. */
export async function figuresWithAlt(figures: EmbedFigure[]): Promise<EmbedFigure[]> {
  return Promise.all(figures.map(async (f) => ({ ...f, alt: await figureAlt(f) })));
}
