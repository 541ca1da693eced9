// The pages besides chapters that get a share image: one list, so no page is forgotten.
import type { Dictionary } from "../lib/i18n/de";

/** Non-chapter pages with their share-card titles. */
export function sharePages(t: Dictionary): { path: string; title: string; chart?: boolean }[] {
  return [
    { path: "", title: t.siteTagline, chart: true },
    { path: "grafik/", title: t.figurePages.chartTitle, chart: true },
    { path: "karte/", title: t.figurePages.mapTitle },
    { path: "quellen/", title: t.sourcesAndMethod },
    { path: "einbetten/", title: t.embedTool.title },
    { path: "daten/", title: t.dataPage.title },
    { path: "neu/", title: t.news.title },
    { path: "404.html", title: t.notFoundTitle },
  ];
}
