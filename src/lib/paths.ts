import type { Lang } from "./i18n";
import { pagePath } from "./routes";

/** Joins the site's base path and a site-relative path, so links work at / and under any sub-path. */
export function withBase(base: string, path: string): string {
  const head = base.endsWith("/") ? base : `${base}/`;
  return head + path.replace(/^\/+/, "");
}

/** The id of a source's entry on the sources page (quellen/): "quelle-nis-1". */
export function sourceAnchor(id: string): string {
  return `quelle-${id}`;
}

/** The site-relative link to a source's entry on the sources page: "quellen/#quelle-nis-1", "en/sources/#quelle-nis-1". */
export function sourcePath(id: string, lang: Lang): string {
  // The anchor is the same in both languages, so the language switch keeps the reader's place.
  return `${pagePath("sources", lang)}#${sourceAnchor(id)}`;
}
