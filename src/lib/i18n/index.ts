import { de, type Dictionary } from "./de";
import { en } from "./en";

/** Languages the site is written in: German at the root, English under /en/. */
export const languages = ["de", "en"] as const;
/** A language code of the site. */
export type Lang = (typeof languages)[number];

const dictionaries: Record<Lang, Dictionary> = { de, en };

/** The locale Intl formats with: 12.000 and 23.10.2024 in German, 12,000 and 23 October 2024 in English. */
export const locales: Record<Lang, string> = { de: "de-DE", en: "en-GB" };

/** The interface strings of one language. */
export function dictionary(lang: Lang = "de"): Dictionary {
  return dictionaries[lang];
}

/** The site language of an Astro locale (Astro.currentLocale); German when there is none. */
export function langOf(locale: string | undefined): Lang {
  return locale === "en" ? "en" : "de";
}

/** The other language of the site: the one the language switch leads to. */
export function otherLang(lang: Lang): Lang {
  return lang === "de" ? "en" : "de";
}

/** A data row's text in a language: localized(place, "name", "en") reads place.name_en. */
export function localized<F extends string, R extends Record<`${F}_${Lang}`, string>>(row: R, field: F, lang: Lang): string {
  return row[`${field}_${lang}`];
}

/** A row's note in a language: `note` is German, `note_en` its English translation; undefined where there is none. */
export function noteIn(row: { note?: string | undefined; note_en?: string | undefined }, lang: Lang): string | undefined {
  return lang === "de" ? row.note : row.note_en;
}

/** Fills `{name}` placeholders in a template (lib/template.ts, re-exported beside the dictionary). */
export { fill } from "../template";
