/**
 * schema.org structured data (JSON-LD) for the data page, the chart page and the map page, typed with
 * schema-dts so a misspelt or misplaced property fails `astro check`.
 */
import type { DataDownload, Dataset, ImageObject, Map as SchemaMap, WithContext } from "schema-dts";

/** What the Dataset description needs, all absolute URLs. */
export interface DatasetInput {
  name: string;
  description: string;
  /** The data page. */
  url: string;
  /** The descriptor's URL, used as the dataset's identifier. */
  identifier: string;
  publisher: string;
  licence: string;
  keywords: readonly string[];
  /** First and last claim date, ISO days. */
  from: string;
  to: string;
  /** The places the data is about: the main ones and the stations of the route. */
  places: readonly { name: string; lat: number; lon: number }[];
  /** The newest edition's day. */
  modified: string;
  /** The first edition's day. */
  published: string;
  downloads: { url: string; format: string; name: string }[];
  /** Names and descriptions of the columns of the claims table. */
  variables: readonly string[];
  /** Language of the page the description is on (BCP 47: de, en). */
  lang: string;
}

/** The Dataset of the data page. */
export function datasetLd(d: DatasetInput): WithContext<Dataset> {
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    "@id": d.identifier,
    name: d.name,
    description: d.description,
    url: d.url,
    identifier: d.identifier,
    inLanguage: d.lang,
    isAccessibleForFree: true,
    license: d.licence,
    keywords: [...d.keywords],
    creator: { "@type": "Organization", name: d.publisher, url: d.url },
    publisher: { "@type": "Organization", name: d.publisher },
    temporalCoverage: `${d.from}/${d.to}`,
    spatialCoverage: d.places.map((p) => ({
      "@type": "Place" as const,
      name: p.name,
      geo: { "@type": "GeoCoordinates" as const, latitude: p.lat, longitude: p.lon },
    })),
    datePublished: d.published,
    dateModified: d.modified,
    variableMeasured: [...d.variables],
    distribution: d.downloads.map(
      (x): DataDownload => ({ "@type": "DataDownload", name: x.name, contentUrl: x.url, encodingFormat: x.format }),
    ),
  };
}

/** What the chart's and the map's structured data say: the figure, where it lives and the dataset it rests on. */
export interface FigureLdInput {
  name: string;
  description: string;
  url: string;
  image: string;
  dataset: string;
  publisher: string;
  licence: string;
  modified: string;
  /** Language of the page the description is on (BCP 47: de, en). */
  lang: string;
}

/** The properties the chart's and the map's structured data share. */
function figureLd(d: FigureLdInput) {
  return {
    name: d.name,
    description: d.description,
    url: d.url,
    inLanguage: d.lang,
    isBasedOn: { "@type": "Dataset", "@id": d.dataset, url: d.dataset },
    creator: { "@type": "Organization", name: d.publisher },
    license: d.licence,
    dateModified: d.modified,
  } as const;
}

/** The chart as an image based on the dataset. */
export function chartLd(d: FigureLdInput): WithContext<ImageObject> {
  return { "@context": "https://schema.org", "@type": "ImageObject", ...figureLd(d), contentUrl: d.image, encodingFormat: "image/svg+xml" };
}

/** The map, based on the dataset's places. */
export function mapLd(d: FigureLdInput): WithContext<SchemaMap> {
  return { "@context": "https://schema.org", "@type": "Map", ...figureLd(d), image: d.image };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the element. */
export function jsonLdText(value: object): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
