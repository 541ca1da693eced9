// The pages besides chapters that get a share image, in each language: one list, so no page is forgotten.
import { dictionary, type Lang } from "../lib/i18n";
import { pagePath } from "../lib/routes";

/** A language's non-chapter pages with their share-card titles; `chart` puts the troop chart on the card. */
export function sharePages(lang: Lang): { path: string; title: string; chart?: boolean }[] {
  const t = dictionary(lang);
  return [
    { path: pagePath("home", lang), title: t.siteTagline, chart: true },
    { path: pagePath("chart", lang), title: t.figurePages.chartTitle, chart: true },
    { path: pagePath("map", lang), title: t.figurePages.mapTitle },
    { path: pagePath("sources", lang), title: t.sourcesAndMethod },
    { path: pagePath("embedTool", lang), title: t.embedTool.title },
    { path: pagePath("data", lang), title: t.dataPage.title },
    { path: pagePath("news", lang), title: t.news.title },
    { path: pagePath("notFound", lang), title: t.notFoundTitle },
  ];
}
