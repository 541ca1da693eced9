// Data others can reuse, and what changed: the built datapackage.json, zip, JSON-LD, claim permalinks and
// the Atom feed, in the root build (dist/) and the sub-path build (dist-sub/, base /explainer/).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, inject, it } from "vitest";
import { builtPages, EMBED_PAGE, useBrowser } from "./browser";
import { profileErrors, readPackage } from "../datapackage-check";
import type { DataPackage } from "../../src/lib/data/datapackage";

const SITE = process.env.SITE_URL ?? "https://nordkorea-soldaten.example";
const builds = [
  { dir: "dist", base: "/" },
  { dir: "dist-sub", base: "/explainer/" },
].filter((b) => existsSync(join(b.dir, "index.html")));
const claimIds = (parse(readFileSync("data/claims.csv", "utf8"), { columns: true }) as { id: string }[]).map((r) => r.id);
const htmlAt = (dir: string, path: string) =>
  readFileSync(join(dir, path.endsWith("/") || path === "" ? `${path}index.html` : path), "utf8");
const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);

/** An absolute URL of this build, checked to exist as a file in it, with its #fragment as an id on that page. */
function resolvesIn(dir: string, base: string, url: string): string | undefined {
  const root = new URL(base, SITE).href;
  if (!url.startsWith(root)) return `${url} is not under ${root}`;
  const u = new URL(url);
  const rel = decodeURIComponent(u.pathname.slice(base.length));
  const file = join(dir, rel === "" || rel.endsWith("/") ? `${rel}index.html` : rel);
  if (!existsSync(file)) return `${url}: no file ${file}`;
  if (u.hash && !readFileSync(file, "utf8").includes(`id="${decodeURIComponent(u.hash.slice(1))}"`))
    return `${url}: no element with that id`;
  return undefined;
}

const browser = useBrowser();

describe.each(builds)("$dir (base $base)", ({ dir, base }) => {
  const root = new URL(base, SITE).href;

  it("datapackage.json is a valid Tabular Data Package and every CSV beside it reads back with its types", () => {
    const descriptor = JSON.parse(readFileSync(join(dir, "data/datapackage.json"), "utf8")) as DataPackage;
    expect(profileErrors(descriptor)).toEqual([]);
    expect(descriptor.id).toBe(`${root}data/datapackage.json`);
    expect(descriptor.homepage).toBe(`${root}daten/`);
    const { problems, cells } = readPackage(descriptor, (path) => readFileSync(join(dir, "data", path), "utf8"));
    expect(problems).toEqual([]);
    expect(cells).toBeGreaterThan(1000);
  });

  it("the zip holds the same descriptor, every CSV of data/ byte for byte, and the data dictionary", () => {
    const zip = unzipSync(readFileSync(join(dir, "data/nordkoreas-soldaten-in-russland-daten.zip")));
    expect(strFromU8(zip["datapackage.json"]!)).toBe(readFileSync(join(dir, "data/datapackage.json"), "utf8"));
    const descriptor = JSON.parse(strFromU8(zip["datapackage.json"]!)) as DataPackage;
    for (const r of descriptor.resources) expect(strFromU8(zip[r.path]!), r.path).toBe(readFileSync(join("data", r.path), "utf8"));
    expect(Object.keys(zip)).toContain("README.md");
  });

  it("the data page carries a Dataset whose downloads exist under the site URL and base path", () => {
    const [dataset] = jsonLd(htmlAt(dir, "daten/")).filter((x) => x["@type"] === "Dataset");
    expect(dataset).toMatchObject({
      "@context": "https://schema.org",
      license: "https://creativecommons.org/licenses/by/4.0/",
      url: `${root}daten/`,
    });
    expect(dataset!["temporalCoverage"]).toMatch(/^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/);
    const downloads = dataset!["distribution"] as { contentUrl: string; encodingFormat: string }[];
    expect(downloads.map((x) => x.encodingFormat)).toEqual(expect.arrayContaining(["application/zip", "application/json", "text/csv"]));
    expect(downloads.map((x) => resolvesIn(dir, base, x.contentUrl)).filter(Boolean)).toEqual([]);
    for (const [page, type] of [
      ["grafik/", "ImageObject"],
      ["karte/", "Map"],
    ] as const) {
      const [ld] = jsonLd(htmlAt(dir, page)).filter((x) => x["@type"] === type);
      expect(ld, page).toMatchObject({ isBasedOn: { "@type": "Dataset", "@id": `${root}data/datapackage.json` } });
    }
  });

  it("every claim has its permalink on the data page, and the chart's table links to it", () => {
    const daten = htmlAt(dir, "daten/");
    expect(claimIds.filter((id) => !daten.includes(`id="angabe-${id}"`))).toEqual([]);
    const links = [...htmlAt(dir, "grafik/").matchAll(/href="([^"]*daten\/#angabe-[^"]+)"/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(50);
    expect(links.filter((l) => !l.startsWith(`${base}daten/#angabe-`))).toEqual([]);
  });

  it("every page links the Atom feed", () => {
    const missing = builtPages(dir).filter(
      (p) => !EMBED_PAGE.test(p) && !htmlAt(dir, p.endsWith(".html") ? p : p).includes(`<link rel="alternate" type="application/atom+xml"`),
    );
    expect(missing).toEqual([]);
    expect(htmlAt(dir, "").match(/<link rel="alternate" type="application\/atom\+xml"[^>]*href="([^"]+)"/)![1]).toBe(`${base}neu/feed.xml`);
  });

  it("the Atom feed is well-formed, with unique absolute ids, RFC 3339 dates and links that resolve", async () => {
    const xml = readFileSync(join(dir, "neu/feed.xml"), "utf8");
    const page = await browser().newPage();
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      const ns = "http://www.w3.org/2005/Atom";
      const all = (el: Element | Document, name: string) => [...el.getElementsByTagNameNS(ns, name)];
      return {
        error: doc.getElementsByTagName("parsererror").length > 0,
        root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
        feedId: all(doc.documentElement, "id")[0]?.textContent ?? "",
        updated: all(doc, "updated").map((e) => e.textContent ?? ""),
        entries: all(doc, "entry").map((e) => ({
          id: all(e, "id")[0]?.textContent ?? "",
          title: all(e, "title")[0]?.textContent ?? "",
          link: all(e, "link")[0]?.getAttribute("href") ?? "",
          content: all(e, "content")[0]?.textContent ?? "",
        })),
        links: all(doc, "link").map((l) => l.getAttribute("href") ?? ""),
      };
    }, xml);
    await page.close();
    expect(parsed.error, "well-formed XML").toBe(false);
    expect(parsed.root).toBe("http://www.w3.org/2005/Atom feed");
    expect(parsed.feedId).toBe(`${root}neu/feed.xml`);
    expect(parsed.entries.length).toBeGreaterThanOrEqual(2);
    const ids = parsed.entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [parsed.feedId, ...ids]) expect(id.startsWith(root) || id.startsWith("tag:")).toBe(true);
    for (const d of parsed.updated) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
    // Every link, in the feed and inside the entries' HTML, is absolute and leads to a page and element of this build.
    const contentLinks = parsed.entries.flatMap((e) => [...e.content.matchAll(/href="([^"]+)"/g)].map((m) => unescapeXml(m[1]!)));
    expect(contentLinks.length).toBeGreaterThan(100);
    const broken = [...parsed.links.filter((l) => !l.endsWith("feed.xml")), ...contentLinks]
      .map((l) => resolvesIn(dir, base, l))
      .filter(Boolean);
    expect(broken).toEqual([]);
    expect(parsed.entries[0]!.content).toContain("daten/#angabe-");
  });
});

describe("claim permalinks in the browser", () => {
  const site = inject("siteUrl");
  it("Link kopieren copies the absolute address and says so; without JavaScript it is a plain link", async () => {
    const context = await browser().newContext();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(site).origin });
    const page = await context.newPage();
    await page.goto(`${site}daten/#angabe-${claimIds[0]}`);
    const link = page.locator(`#angabe-${claimIds[0]} a[data-copy-url]`);
    expect(await link.getAttribute("href")).toBe(`#angabe-${claimIds[0]}`);
    await link.click();
    await expect.poll(() => page.locator("[data-copy-status]").textContent()).toBe("Link kopiert.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}/daten/#angabe-${claimIds[0]}`);
    await context.close();
  });
});
