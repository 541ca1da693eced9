// The data package as the site publishes it: the files of data/, their datapackage.json, and the zip.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { zipSync, strToU8 } from "fflate";
import { getSiteData } from "./dataset";
import { dataFiles } from "../lib/data/schema";
import type { DataPackage, Kind } from "../lib/data/datapackage";
import { dataPackage } from "../build/datapackage";
import { standFor } from "../lib/stand";
import { dictionary } from "../lib/i18n";
import { withBase } from "../lib/paths";
import { pagePath } from "../lib/routes";
import { DATA_DIR } from "../build/data-dir";

const dataDir = DATA_DIR;

/** File name of the zip beside the CSV files. */
export const ZIP_NAME = "nordkoreas-soldaten-in-russland-daten.zip";

/** The kinds of data file, in the package's order. */
export const kinds = Object.keys(dataFiles) as Kind[];

/** A data file's text, exactly as in data/. */
export function dataFileText(kind: Kind): string {
  return readFileSync(join(dataDir, dataFiles[kind].file), "utf8");
}

/** An absolute URL of a site-relative path, with the base path. */
export function absoluteUrl(site: URL | undefined, base: string, path: string): string {
  return new URL(withBase(base, path), site).href;
}

/** The data's Stand: the newest publication among the sources (the chapters' rule, over all sources). */
export async function dataStand(): Promise<string> {
  return standFor((await getSiteData()).sources);
}

/**
 * The descriptor of the published package. There is one data/datapackage.json for both languages; it stays
 * the German edition's (title, description, keywords, homepage daten/), as first published, so that its
 * title and homepage do not change under anyone who already uses it. Its column descriptions are English,
 * and the English data page describes the package in English (headings, JSON-LD).
 */
export async function sitePackage(site: URL | undefined, base: string): Promise<DataPackage> {
  const t = dictionary("de").dataPage;
  const { editions } = await getSiteData();
  const files = Object.fromEntries(kinds.map((k) => [k, dataFileText(k)])) as Record<Kind, string>;
  return dataPackage(
    {
      homepage: absoluteUrl(site, base, pagePath("data", "de")),
      sourcesPage: absoluteUrl(site, base, pagePath("sources", "de")),
      title: t.packageTitle,
      description: t.packageDescription,
      publisher: dictionary("de").publisher,
      keywords: [...t.keywords],
      stand: await dataStand(),
      editions: editions.length,
      resources: t.resources,
    },
    files,
  );
}

/** The zip: datapackage.json, every CSV and the data dictionary, dated to the newest edition (same bytes every build). */
export async function sitePackageZip(site: URL | undefined, base: string): Promise<Uint8Array> {
  const descriptor = await sitePackage(site, base);
  const { editions } = await getSiteData();
  const mtime = new Date(`${editions.at(-1)!.date}T12:00:00Z`);
  const entries: Record<string, Uint8Array> = { "datapackage.json": strToU8(`${JSON.stringify(descriptor, null, 2)}\n`) };
  for (const k of kinds) entries[dataFiles[k].file] = strToU8(dataFileText(k));
  // The dictionary of the columns; a test data folder without one borrows data/'s.
  const readme = [join(dataDir, "README.md"), join("data", "README.md")].find((p) => existsSync(p))!;
  entries["README.md"] = strToU8(readFileSync(readme, "utf8"));
  return zipSync(entries, { level: 9, mtime });
}
