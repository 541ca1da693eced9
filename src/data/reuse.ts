// What the data page, the chart and map pages and the feed say about the dataset: its URLs, Stand and JSON-LD.
import { getSiteData } from "./dataset";
import { absoluteUrl, dataFileText, dataStand, kinds, ZIP_NAME } from "./package";
import { dataFiles } from "../lib/data/schema";
import { DATA_LICENCE, tableFields } from "../lib/data/datapackage";
import { chartLd, datasetLd, mapLd } from "../lib/structured-data";
import { dictionary, localized, type Lang } from "../lib/i18n";
import { filePaths, pagePath } from "../lib/routes";

/** Absolute URLs of the dataset's pages and files. */
export function datasetUrls(site: URL | undefined, base: string, lang: Lang) {
  const at = (path: string) => absoluteUrl(site, base, path);
  return {
    page: at(pagePath("data", lang)),
    descriptor: at("data/datapackage.json"),
    zip: at(`data/${ZIP_NAME}`),
    claim: (id: string) => at(`${pagePath("data", lang)}#angabe-${id}`),
    csv: (file: string) => at(`data/${file}`),
  };
}

/** The Dataset JSON-LD of the data page. */
export async function datasetStructuredData(site: URL | undefined, base: string, lang: Lang) {
  const t = dictionary(lang);
  const { claims, places, editions } = await getSiteData();
  const urls = datasetUrls(site, base, lang);
  const days = claims.map((c) => c.claim_date).sort();
  return datasetLd({
    name: t.dataPage.packageTitle,
    description: t.dataPage.packageDescription,
    url: urls.page,
    identifier: urls.descriptor,
    publisher: t.publisher,
    licence: DATA_LICENCE.path,
    keywords: t.dataPage.keywords,
    from: days[0]!,
    to: days.at(-1)!,
    places: places
      .filter((p) => p.prominence === "main" || p.route_order !== undefined)
      .sort((a, b) => (a.route_order ?? 99) - (b.route_order ?? 99))
      .map((p) => ({ name: localized(p, "name", lang), lat: p.lat, lon: p.lon })),
    modified: editions.at(-1)!.date,
    published: editions[0]!.date,
    downloads: [
      { url: urls.zip, format: "application/zip", name: t.dataPage.zip },
      { url: urls.descriptor, format: "application/json", name: t.dataPage.descriptor },
      ...kinds.map((k) => ({
        url: urls.csv(dataFiles[k].file),
        format: "text/csv",
        name: `${t.dataPage.resources[k].title} (${dataFiles[k].file})`,
      })),
    ],
    variables: tableFields("claims").map((f) => `${f.name}: ${f.description}`),
    lang,
  });
}

/** Size of a data file in bytes. */
export function fileBytes(kind: (typeof kinds)[number]): number {
  return Buffer.byteLength(dataFileText(kind), "utf8");
}

export { dataStand };

/** The chart page's ImageObject and the map page's Map, each based on the dataset. */
export async function figureStructuredData(figure: "chart" | "map", site: URL | undefined, base: string, lang: Lang) {
  const t = dictionary(lang);
  const { editions } = await getSiteData();
  const urls = datasetUrls(site, base, lang);
  const common = { dataset: urls.descriptor, publisher: t.publisher, licence: DATA_LICENCE.path, modified: editions.at(-1)!.date, lang };
  return figure === "chart"
    ? chartLd({
        ...common,
        name: t.figurePages.chartTitle,
        description: t.figurePages.chartDescription,
        url: absoluteUrl(site, base, pagePath("chart", lang)),
        image: absoluteUrl(site, base, filePaths.troopSvg[lang]),
      })
    : mapLd({
        ...common,
        name: t.figurePages.mapTitle,
        description: t.map.takeaway,
        url: absoluteUrl(site, base, pagePath("map", lang)),
        image: absoluteUrl(site, base, filePaths.mapPng[lang]),
      });
}
