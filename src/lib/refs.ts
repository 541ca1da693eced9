/**
 * References inside data texts (place descriptions, event titles): `{date:ID}`, `{figure:ID}` and
 * `{laut:ID}` stand for a claim's or an event's date, a claim's figure and a claim's attribution, so a
 * description never carries a hand-typed date or figure that could drift from the rows it is about.
 */
import type { DatasetRows } from "./data/schema";
import { formatDate, formatFigure } from "./format";
import { attributionText } from "./claim-text";
import type { Lang } from "./i18n";

/** The rows a reference can point to. */
export type RefData = Pick<DatasetRows, "claims" | "events" | "actors">;

/** The kinds of reference: what of the row is printed. */
export const REF_KINDS = ["date", "figure", "laut"] as const;
type RefKind = (typeof REF_KINDS)[number];

/** One `{kind:ID}` token. */
const TOKEN = /\{([a-z]+):([A-Za-z0-9][A-Za-z0-9-]*)\}/g;

/** Ids of every claim or event a text refers to, in order. */
export function refIds(text: string): string[] {
  return [...text.matchAll(TOKEN)].map((m) => m[2]!);
}

/** Every `{kind:ID}` token of a text, as written, in order. */
export function refTokens(text: string): string[] {
  return [...text.matchAll(TOKEN)].map((m) => m[0]);
}

/** What is wrong with each reference in `text`, as messages; empty when every token resolves. */
export function refProblems(text: string, data: RefData): string[] {
  const problems: string[] = [];
  for (const [token, kind, id] of text.matchAll(TOKEN)) {
    const claim = data.claims.find((c) => c.id === id);
    const event = data.events.find((e) => e.id === id);
    if (!(REF_KINDS as readonly string[]).includes(kind!))
      problems.push(`${token}: unknown reference kind "${kind}" (use ${REF_KINDS.join(", ")})`);
    else if (!claim && !event) problems.push(`${token}: no claim or event has the id "${id}"`);
    else if (kind !== "date" && !claim) problems.push(`${token}: "${kind}" needs a claim id, "${id}" is an event`);
    else if (kind === "figure" && claim?.qualifier === "unquantified") problems.push(`${token}: claim "${id}" has no figure`);
  }
  const stray = text.replace(TOKEN, "").match(/[{}]/);
  if (stray) problems.push(`a "${stray[0]}" outside a {kind:ID} reference`);
  return problems;
}

/** The text with every reference replaced by the date, figure or attribution it names; throws on a broken one. */
export function expandRefs(text: string, data: RefData, lang: Lang): string {
  return text.replace(TOKEN, (token, kind: RefKind, id: string) => {
    const claim = data.claims.find((c) => c.id === id);
    if (kind === "date") {
      if (claim) return formatDate(claim.claim_date, lang, claim.date_precision === "month" ? "month" : "day");
      const event = data.events.find((e) => e.id === id);
      if (event) return formatDate(event.date, lang, event.date_precision === "month" ? "month" : "day");
    } else if (claim && kind === "figure" && claim.qualifier !== "unquantified") {
      return formatFigure(claim, lang);
    } else if (claim && kind === "laut") {
      const actor = data.actors.find((a) => a.id === claim.actor);
      if (actor) return attributionText(claim, actor, "short", lang);
    }
    throw new Error(`expandRefs: cannot resolve ${token}`);
  });
}
