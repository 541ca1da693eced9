// The "Stand" of the whole explainer: the latest chapter update.
import { getCollection } from "astro:content";
import { latestInstant } from "../lib/stand";

/** The newest `stand` of all chapters, ISO with offset. */
export async function siteStand(): Promise<string> {
  const chapters = await getCollection("chapters");
  return latestInstant(chapters.map((c) => c.data.stand));
}
