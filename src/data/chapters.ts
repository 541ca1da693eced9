// The chapters in reading order, with their URLs: one place that knows the sequence.
import { getCollection, type CollectionEntry } from "astro:content";

/** A chapter entry of the content collection. */
export type Chapter = CollectionEntry<"chapters">;

/** All chapters sorted by their `order`. */
export async function getChapters(): Promise<Chapter[]> {
  return (await getCollection("chapters")).sort((a, b) => a.data.order - b.data.order);
}

/** The site-relative path of a chapter page. */
export function chapterPath(chapter: Chapter): string {
  return `${chapter.id}/`;
}
