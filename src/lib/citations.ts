/**
 * Reads what a chapter's MDX source cites, without rendering it: the question headings, and per answer
 * the claims it shows (<ClaimFigure>, <Attribution>) and the sources it lists (<Sources ids claims>).
 * The chapter tests use it to check that every answer names the sources its figures come from.
 */

/** One answer: the text under a `##` heading (or the opening before the first heading). */
export interface Section {
  /** The heading text, "" for the opening. */
  heading: string;
  /** Claim ids shown in the answer through <ClaimFigure id> or <Attribution id>. */
  shownClaims: string[];
  /** Source ids listed through <Sources ids={…}>. */
  listedSources: string[];
  /** Claim ids listed through <Sources claims={…}>: their sources count as listed. */
  listedClaims: string[];
  /** Source ids cited inline through <SourceRef id>. */
  inlineSources: string[];
}

/** Splits front matter from body; throws if there is none. */
export function splitFrontMatter(mdx: string): { yaml: string; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(mdx);
  if (!match) throw new Error("no front matter");
  return { yaml: match[1]!, body: mdx.slice(match[0].length) };
}

/** The string ids inside a JSX array attribute such as ids={["a", "b"]}. */
function arrayAttr(tag: string, name: string): string[] {
  const m = new RegExp(`\\b${name}=\\{\\[([^\\]]*)\\]\\}`).exec(tag);
  return m ? [...m[1]!.matchAll(/"([^"]+)"/g)].map((x) => x[1]!) : [];
}

/** The value of a string attribute such as id="S001-01". */
function stringAttr(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]+)"`).exec(tag)?.[1];
}

/** The answers of a chapter body, split at `## ` headings, with what each shows and cites. */
export function sections(body: string): Section[] {
  const parts = body.split(/^## /m);
  return parts.map((part, i) => {
    const heading = i === 0 ? "" : part.slice(0, part.indexOf("\n")).trim();
    const tags = [...part.matchAll(/<([A-Z]\w*)\b[^>]*?\/>/gs)].map((m) => ({ name: m[1]!, tag: m[0] }));
    const ids = (name: string) =>
      tags
        .filter((t) => t.name === name)
        .map((t) => stringAttr(t.tag, "id")!)
        .filter(Boolean);
    const sourcesTags = tags.filter((t) => t.name === "Sources");
    return {
      heading,
      shownClaims: [...ids("ClaimFigure"), ...ids("Attribution")],
      listedSources: sourcesTags.flatMap((t) => arrayAttr(t.tag, "ids")),
      listedClaims: sourcesTags.flatMap((t) => arrayAttr(t.tag, "claims")),
      inlineSources: ids("SourceRef"),
    };
  });
}
