/** The words around a figure in prose: who said it and when, from the same rows the chart draws. */
import type { Actor, Claim } from "./data/schema";
import { formatDate } from "./format";
import { dictionary, fill, type Lang } from "./i18n";

/** Which name of the actor to use: the short label ("NIS") or the full name ("Südkoreanischer Geheimdienst NIS"). */
export type ActorName = "short" | "long";

/** "laut NIS, 18.10.2024": the attribution of a claim, without brackets. */
export function attributionText(
  claim: Pick<Claim, "claim_date" | "date_precision">,
  actor: Pick<Actor, "short_de" | "name_de">,
  name: ActorName = "short",
  lang: Lang = "de",
): string {
  const who = name === "long" ? actor.name_de : actor.short_de;
  return fill(dictionary(lang).prose.attribution, { who, date: formatDate(claim.claim_date, lang, claim.date_precision) });
}
