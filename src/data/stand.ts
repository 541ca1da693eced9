// The "Stand" of the whole explainer: the latest chapter update.
import { getCollection } from "astro:content";

/** The newest `stand` of all chapters, ISO with offset. */
export async function siteStand(): Promise<string> {
  const chapters = await getCollection("chapters");
  // Compare instants, not strings: offsets may differ between chapters.
  return chapters.map((c) => c.data.stand).reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a), "1970-01-01T00:00+00:00");
}
