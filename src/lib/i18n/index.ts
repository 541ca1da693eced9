import { de, type Dictionary } from "./de";

/** Languages the site is written in; German first, English to follow under /en/. */
export const languages = ["de"] as const;
/** A language code of the site. */
export type Lang = (typeof languages)[number];

const dictionaries: Record<Lang, Dictionary> = { de };

/** The interface strings of one language. */
export function dictionary(lang: Lang = "de"): Dictionary {
  return dictionaries[lang];
}

/** Fills `{name}` placeholders in a template. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? `{${key}}`);
}
