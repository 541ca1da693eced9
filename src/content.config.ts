// Wires data/ and the chapters into Astro's content layer. The loaders validate with the same zod
// schemas as `npm run check:data` and throw on any problem, so a bad row fails the build.
import { defineCollection, reference, z } from "astro:content";
import { glob, type Loader } from "astro/loaders";
import { loadDataset, type Dataset } from "./build/dataset";
import { dataFiles } from "./lib/data/schema";
import { DATA_DIR } from "./build/data-dir";
import { isIsoDateTime } from "./lib/date";

const dataDir = DATA_DIR;
let cached: Dataset | undefined;

/**
 * A loader for one data file: validates all of data/ once (throwing on any problem), then hands over its
 * rows as validated, each with its line. They are not parsed a second time: the collection's schema below
 * is the same zod schema, there to give getCollection its types.
 */
function csvLoader(kind: keyof typeof dataFiles): Loader {
  return {
    name: `csv-${kind}`,
    load: async ({ store }) => {
      cached ??= loadDataset(dataDir, dataDir.replace(/\/$/, ""));
      store.clear();
      for (const { line, data } of cached.numbered[kind]) store.set({ id: data.id, data: { ...data, line } });
    },
  };
}

/** The schema of a file's rows as stored: the row and the line of the file it came from, so pages keep file order. */
const withLine = <T extends z.ZodTypeAny>(schema: T) => z.intersection(schema, z.object({ line: z.number().int() }));

/** A chapter's front matter, in either language. */
const chapterSchema = z.object({
  /** The chapter's question, as a reader would ask it. */
  title: z.string().endsWith("?", "a chapter title is a question and ends with ?"),
  /** Position in reading order, 1 first. */
  order: z.number().int().positive(),
  /** Date-time of the chapter's last factual update, ISO with offset. */
  stand: z.string().refine(isIsoDateTime, "stand must be a date-time with offset on a real day, YYYY-MM-DDTHH:MM+HH:MM"),
  /** First publication of the chapter, if earlier than its Stand. */
  published: z.string().refine(isIsoDateTime, "published must be a date-time with offset, YYYY-MM-DDTHH:MM+HH:MM").optional(),
  /** One-line summary for the chapter list and meta description. */
  summary: z.string().min(20).max(200),
  /** Short label for navigation. */
  nav: z.string().max(40),
  /** What the page's share card shows beside the title: `chart`, the troop chart (for a chapter that shows it). */
  card: z.enum(["chart"]).optional(),
  /** Ids of the sources the chapter rests on. */
  sources: z.array(reference("sources")).default([]),
});

export const collections = {
  claims: defineCollection({ loader: csvLoader("claims"), schema: withLine(dataFiles.claims.schema) }),
  actors: defineCollection({ loader: csvLoader("actors"), schema: withLine(dataFiles.actors.schema) }),
  sources: defineCollection({ loader: csvLoader("sources"), schema: withLine(dataFiles.sources.schema) }),
  places: defineCollection({ loader: csvLoader("places"), schema: withLine(dataFiles.places.schema) }),
  events: defineCollection({ loader: csvLoader("events"), schema: withLine(dataFiles.events.schema) }),
  corrections: defineCollection({ loader: csvLoader("corrections"), schema: withLine(dataFiles.corrections.schema) }),
  editions: defineCollection({ loader: csvLoader("editions"), schema: withLine(dataFiles.editions.schema) }),
  chapters: defineCollection({
    loader: glob({ pattern: "*.mdx", base: "./src/content/chapters" }),
    schema: chapterSchema,
  }),
  /** The English chapters: the same fields, plus the German twin's slug. */
  enChapters: defineCollection({
    loader: glob({ pattern: "*.mdx", base: "./src/content/en/chapters" }),
    schema: chapterSchema.extend({
      /** Slug of the German twin (its file name without .mdx): the language switch and hreflang use it. */
      de: z.string().regex(/^[a-z0-9-]+$/),
    }),
  }),
};
