/**
 * The Data Package descriptor for the files as they are: the fields come from the schema
 * (src/lib/data/datapackage.ts), the bytes and sha256 from the files. Build-time (node:crypto).
 */
import { createHash } from "node:crypto";
import { dataFiles } from "../lib/data/schema";
import {
  DATA_LICENCE,
  FOREIGN_KEYS,
  tableFields,
  type DataPackage,
  type DataResource,
  type Kind,
  type PackageMeta,
} from "../lib/data/datapackage";

/** The descriptor for the files as they are (their bytes and sha256 go into it). */
export function dataPackage(meta: PackageMeta, files: Record<Kind, string>): DataPackage {
  const kinds = Object.keys(dataFiles) as Kind[];
  return {
    profile: "tabular-data-package",
    name: "nordkoreas-soldaten-in-russland",
    id: new URL("../data/datapackage.json", meta.homepage).href,
    title: meta.title,
    description: meta.description,
    homepage: meta.homepage,
    version: `${meta.editions}.0.0`,
    stand: meta.stand,
    keywords: meta.keywords,
    licenses: [{ ...DATA_LICENCE }],
    contributors: [{ title: meta.publisher, role: "publisher", path: meta.homepage }],
    sources: [{ title: meta.resources.sources.title, path: meta.sourcesPage }],
    resources: kinds.map((kind): DataResource => {
      const bytes = Buffer.from(files[kind], "utf8");
      const foreignKeys = FOREIGN_KEYS[kind].map(([field, resource, fields]) => ({
        fields: field,
        // The spec names the resource itself with "".
        reference: { resource: resource === kind ? "" : resource, fields },
      }));
      return {
        profile: "tabular-data-resource",
        name: kind,
        path: dataFiles[kind].file,
        title: meta.resources[kind].title,
        description: meta.resources[kind].description,
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        bytes: bytes.length,
        hash: `sha256:${createHash("sha256").update(bytes).digest("hex")}`,
        dialect: { delimiter: ",", quoteChar: '"', doubleQuote: true, header: true },
        schema: {
          fields: tableFields(kind),
          primaryKey: "id",
          ...(foreignKeys.length ? { foreignKeys } : {}),
          missingValues: [""],
        },
      };
    }),
  };
}
