// JSON-LD for search engines: the schema.org types and the properties Google's dataset search reads.
import { beforeEach, describe, expect, it } from "vitest";
import { chartLd, datasetLd, jsonLdText, mapLd, type DatasetInput } from "../../src/lib/structured-data";

const input: DatasetInput = {
  name: "Angaben",
  description: "Alle Angaben",
  url: "https://example.org/x/daten/",
  identifier: "https://example.org/x/data/datapackage.json",
  publisher: "Redaktion",
  licence: "https://creativecommons.org/licenses/by/4.0/",
  keywords: ["Nordkorea", "Russland"],
  from: "2024-10-18",
  to: "2025-06-17",
  places: [{ name: "Kursk", lat: 51.73, lon: 36.19 }],
  modified: "2025-06-20",
  lang: "de",
  published: "2024-11-01",
  downloads: [{ url: "https://example.org/x/data/claims.csv", format: "text/csv", name: "claims.csv" }],
  variables: ["id: Kennung", "claim_date: Datum"],
};

describe("datasetLd", () => {
  let ld: Record<string, unknown>;
  beforeEach(() => {
    ld = datasetLd(input) as unknown as Record<string, unknown>;
  });
  it("is a schema.org Dataset identified by its descriptor", () => {
    expect(ld["@context"]).toBe("https://schema.org");
    expect(ld["@type"]).toBe("Dataset");
    expect(ld["@id"]).toBe(input.identifier);
    expect(ld.identifier).toBe(input.identifier);
    expect(ld.name).toBe("Angaben");
    expect(ld.description).toBe("Alle Angaben");
    expect(ld.url).toBe(input.url);
  });
  it("is German, free and licensed", () => {
    expect(ld.inLanguage).toBe("de");
    expect(ld.isAccessibleForFree).toBe(true);
    expect(ld.license).toBe(input.licence);
    expect(ld.keywords).toEqual(["Nordkorea", "Russland"]);
  });
  it("covers the span of claim dates as an ISO 8601 interval, and the places as coordinates", () => {
    expect(ld.temporalCoverage).toBe("2024-10-18/2025-06-17");
    expect(ld.spatialCoverage).toEqual([
      { "@type": "Place", name: "Kursk", geo: { "@type": "GeoCoordinates", latitude: 51.73, longitude: 36.19 } },
    ]);
  });
  it("names creator and publisher as organisations, first and latest edition as dates", () => {
    expect(ld.creator).toEqual({ "@type": "Organization", name: "Redaktion", url: input.url });
    expect(ld.publisher).toEqual({ "@type": "Organization", name: "Redaktion" });
    expect(ld.datePublished).toBe("2024-11-01");
    expect(ld.dateModified).toBe("2025-06-20");
  });
  it("lists the columns and every download", () => {
    expect(ld.variableMeasured).toEqual(["id: Kennung", "claim_date: Datum"]);
    expect(ld.distribution).toEqual([
      { "@type": "DataDownload", name: "claims.csv", contentUrl: "https://example.org/x/data/claims.csv", encodingFormat: "text/csv" },
    ]);
  });
  it("copies the lists, so changing the output never changes the input", () => {
    (ld.keywords as string[]).push("x");
    (ld.variableMeasured as string[]).push("y");
    expect(input.keywords).toHaveLength(2);
    expect(input.variables).toHaveLength(2);
  });
});

const figure = {
  name: "Grafik",
  description: "Beschreibung",
  url: "https://example.org/x/grafik/",
  image: "https://example.org/x/grafik.svg",
  dataset: "https://example.org/x/data/datapackage.json",
  publisher: "Redaktion",
  licence: "https://creativecommons.org/licenses/by/4.0/",
  modified: "2025-06-20",
  lang: "de",
};

describe("chartLd and mapLd", () => {
  it("the chart is an SVG ImageObject based on the Dataset", () => {
    expect(chartLd(figure)).toEqual({
      "@context": "https://schema.org",
      "@type": "ImageObject",
      name: "Grafik",
      description: "Beschreibung",
      url: figure.url,
      contentUrl: figure.image,
      encodingFormat: "image/svg+xml",
      inLanguage: "de",
      isBasedOn: { "@type": "Dataset", "@id": figure.dataset, url: figure.dataset },
      creator: { "@type": "Organization", name: "Redaktion" },
      license: figure.licence,
      dateModified: "2025-06-20",
    });
  });
  it("the map is a Map with an image, based on the Dataset", () => {
    expect(mapLd(figure)).toEqual({
      "@context": "https://schema.org",
      "@type": "Map",
      name: "Grafik",
      description: "Beschreibung",
      url: figure.url,
      image: figure.image,
      inLanguage: "de",
      isBasedOn: { "@type": "Dataset", "@id": figure.dataset, url: figure.dataset },
      creator: { "@type": "Organization", name: "Redaktion" },
      license: figure.licence,
      dateModified: "2025-06-20",
    });
  });
});

describe("jsonLdText", () => {
  it("escapes every < so no value can close the script element, and stays valid JSON", () => {
    const text = jsonLdText({ a: "</script><script>x</script>", b: "<<" });
    expect(text).not.toContain("<");
    expect(JSON.parse(text)).toEqual({ a: "</script><script>x</script>", b: "<<" });
  });
});
