// The pages besides chapters that get a share image: one list, so no page is forgotten.
import type { Dictionary } from "../lib/i18n/de";

/** Non-chapter pages with their share-card titles. */
export function sharePages(t: Dictionary): { path: string; title: string }[] {
  return [
    { path: "", title: t.siteTagline },
    { path: "quellen/", title: t.sourcesAndMethod },
    { path: "einbetten/", title: t.embedTool.title },
    { path: "404.html", title: t.notFoundTitle },
  ];
}
