/** Page metadata helpers: titles that fit search results and share cards. */

/** Longest title search engines show in full; html-validate enforces the same. */
export const MAX_TITLE_LENGTH = 70;

/**
 * "Page – Site" when it fits in MAX_TITLE_LENGTH characters, else the page title alone,
 * shortened at a word boundary with "…" if even that is too long.
 */
export function pageTitle(title: string, siteTitle: string): string {
  const full = `${title} – ${siteTitle}`;
  if (full.length <= MAX_TITLE_LENGTH) return full;
  if (title.length <= MAX_TITLE_LENGTH) return title;
  const cut = title.slice(0, MAX_TITLE_LENGTH - 1);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 0 ? cut.lastIndexOf(" ") : cut.length)}…`;
}
