/**
 * A chapter's front matter read and written with a real YAML parser (the `yaml` package): what the tests
 * check (title, order, Stand, sources) and what scripts/sync-chapter-meta.ts rewrites, without regular
 * expressions that would miss a quoting style or drop the keys after `sources`.
 */
import { type Document, parseDocument, Scalar } from "yaml";
import { splitFrontMatter } from "./citations";

/** The fields the chapter checks read; the rest of the front matter is passed through untouched. */
export interface ChapterFrontMatter {
  title?: string;
  order?: number;
  stand?: string;
  sources: string[];
  [key: string]: unknown;
}

/** The YAML document of a chapter's front matter; throws on invalid YAML. */
function frontMatterDocument(yaml: string): Document {
  const doc = parseDocument(yaml);
  if (doc.errors.length) throw new Error(`front matter: ${doc.errors[0]!.message}`);
  return doc;
}

/** Parses a chapter's front matter; `sources` is always a list (empty when absent). Throws on invalid YAML. */
export function readFrontMatter(mdx: string): ChapterFrontMatter {
  const data = (frontMatterDocument(splitFrontMatter(mdx).yaml).toJS() ?? {}) as Record<string, unknown>;
  const sources = data.sources ?? [];
  if (!Array.isArray(sources) || sources.some((s) => typeof s !== "string")) throw new Error("front matter: sources must be a list of ids");
  return { ...data, sources: sources as string[] };
}

/**
 * The chapter with `stand` and `sources` set in its front matter. Every other key keeps its place, value,
 * quoting and comments; the Stand is written in double quotes, the sources one per line.
 */
export function withStandAndSources(mdx: string, stand: string, sources: string[]): string {
  const { yaml, body } = splitFrontMatter(mdx);
  const doc = frontMatterDocument(yaml);
  const quoted = new Scalar(stand);
  quoted.type = Scalar.QUOTE_DOUBLE;
  doc.set("stand", quoted);
  doc.set("sources", doc.createNode(sources));
  // lineWidth 0: never fold a long summary onto a second line.
  return `---\n${doc.toString({ lineWidth: 0 }).trimEnd()}\n---\n${body}`;
}
