/** The words around a figure in prose: who said it and when, from the same rows the chart draws. */
import type { Actor, Claim } from "./data/schema";
import { formatDate, formatFigure } from "./format";
import { dictionary, fill, localized, type Lang } from "./i18n";

/** Which name of the actor to use: the prose label after "laut" ("westlichen Regierungsvertretern") or the full name. */
export type ActorName = "short" | "long";

/** "laut NIS, 18.10.2024" / "according to South Korea's NIS, 18 October 2024": a claim's attribution, without brackets. */
export function attributionText(
  claim: Pick<Claim, "claim_date" | "date_precision">,
  actor: Pick<Actor, "prose_de" | "name_de" | "prose_en" | "name_en">,
  name: ActorName,
  lang: Lang,
): string {
  // Prose never uses the chart's abbreviated label: "laut westlichen Regierungsvertretern", not "laut Westl. Beamte".
  const who = localized(actor, name === "long" ? "name" : "prose", lang);
  return fill(dictionary(lang).prose.attribution, { who, date: formatDate(claim.claim_date, lang, claim.date_precision) });
}

const SMALL: Record<Lang, readonly string[]> = {
  de: ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"],
  en: ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"],
};

/** News prose writes whole numbers up to twelve as words ("drei Generäle", "three generals"); larger ones stay digits. Returns undefined if it does not apply. */
export function smallNumberWord(n: number | undefined, lang: Lang): string | undefined {
  if (n === undefined || !Number.isInteger(n) || n < 2 || n > 12) return undefined;
  return SMALL[lang][n];
}

/** A claim in words: its figure and what it counts, or nothing when the claim has no number. */
export function claimText(c: Claim, lang: Lang): string {
  if (c.qualifier === "unquantified") return "";
  return `${formatFigure(c, lang)} (${dictionary(lang).measure[c.measure]})`;
}
