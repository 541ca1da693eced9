/** The data's licence, CC BY 4.0: one address for the data package, the footer and the figures' source lines. */
export const DATA_LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";

/** The licence's human-readable deed in the reader's language. */
export const licenceDeed = (lang: string): string => `${DATA_LICENCE_URL}deed.${lang}`;
