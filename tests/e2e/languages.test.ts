// Both editions, page by page, as a reader without JavaScript gets them: one heading and the main text,
// the right <html lang>, a twin in the other language that links back, and no leftover words of the
// other language in the page's own text. A quote, a source title or an evidence
// line in the other language is fine where it carries its lang attribute (WCAG 3.1.2); outlets' names are
// proper names and stay as their publishers write them.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { BrowserContext } from "playwright-core";
import { parse } from "csv-parse/sync";
import { builtFile, builtPages, EMBED_PAGE, pagePool, useBrowser } from "./browser";
import { pathLang } from "../../src/lib/routes";

const site = inject("siteUrl");
const pages = builtPages("dist");
let context: BrowserContext;

const browser = useBrowser();
beforeAll(async () => {
  context = await browser().newContext({ javaScriptEnabled: false });
});
// Without scripts a page keeps no state of its own: the tests take turns with a few open pages.
const { withPage } = pagePool(() => context.newPage());

/** Words that give away the other language; each is common in its own and rare or absent in the other. */
const GIVEAWAYS: Record<"de" | "en", RegExp> = {
  // On English pages: German letters and function words.
  de: /[äöüßÄÖÜ]|\b(?:und|der|den|dem|des|nicht|mit|laut|Quellen?|Angaben?|Soldaten|Grafik|Karte|wurden?|sind|ist|eine?|für|vom|zum|zur|oder|auch|nach)\b/g,
  // On German pages: English function words.
  en: /\b(?:the|and|of|according|which|that|with|from|were|has|have|claims?|soldiers|sources?)\b/g,
};

/** Pages outside the twin links and the sitemap: the embeds (noindex, for iframes) and the 404 pages. */
const isWithoutTwin = (path: string) => EMBED_PAGE.test(path) || path.includes("404");

/** Publications named in our texts that are not outlets of the data: proper names, the same in both editions. */
const PUBLICATIONS = ["Münchner Merkur"];

/** Names that are the same in both editions: outlets as their publishers write them. */
const outlets = (parse(readFileSync("data/sources.csv"), { columns: true }) as { outlet: string }[]).map((s) => s.outlet);

/** What a reader without JavaScript gets: the page's h1s, its main text, and its text in its own language. */
interface PageWithoutScript {
  lang: string;
  /** Text nodes and labels whose nearest lang is the page's. */
  text: string;
  headings: number;
  mainText: string;
}

/** Loads a page without JavaScript and reads what a reader gets there. */
async function withoutScript(path: string): Promise<PageWithoutScript> {
  return withPage(async (page) => {
    await page.goto(site + path);
    const headings = await page.locator("h1").count();
    const mainText = (await page.locator("main").innerText()).trim();
    const own = await page.evaluate(() => {
      const lang = document.documentElement.lang;
      const own = (el: Element | null) => (el?.closest("[lang]")?.getAttribute("lang") ?? "") === lang;
      const parts: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const parent = n.parentElement;
        if (!parent || parent.closest("script, style, noscript, pre, code")) continue;
        if (own(parent)) parts.push(n.textContent ?? "");
      }
      for (const el of document.querySelectorAll("[aria-label], [alt], [title], [aria-roledescription]"))
        if (own(el))
          for (const a of ["aria-label", "alt", "title", "aria-roledescription"]) {
            const v = el.getAttribute(a);
            if (v) parts.push(v);
          }
      parts.push(document.title, document.querySelector('meta[name="description"]')?.getAttribute("content") ?? "");
      return { lang, text: parts.join(" \n ") };
    });
    return { ...own, headings, mainText };
  });
}

/** The hreflang alternates of a built page, as site-relative paths, read from its HTML. */
function twinsOf(path: string): Record<string, string> {
  const html = builtFile(path.endsWith(".html") ? path : `${path}index.html`);
  const links = [...html.matchAll(/<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)"/g)];
  return Object.fromEntries(links.map(([, lang, href]) => [lang!, new URL(href!).pathname.slice(1)]));
}

/** The leftover words of `other` in `text`, with a little context each, outlets' names taken out. */
function leftovers(text: string, other: "de" | "en"): string[] {
  // File names and paths (data/claims.csv) are the same in both editions.
  // as are the data's reference tokens ({laut:ID}).
  let clean = text.replace(/\S*\/\S*|\b[\w-]+\.(?:csv|json|png|svg|xml|zip)\b|\{[a-z]+:[\w-]+\}/g, " ");
  for (const name of [...outlets, ...PUBLICATIONS]) clean = clean.split(name).join(" ");
  return [...clean.matchAll(GIVEAWAYS[other])].map((m) =>
    clean.slice(Math.max(0, m.index! - 30), m.index! + m[0].length + 30).replace(/\s+/g, " "),
  );
}

describe("the leftover-word check", () => {
  it("finds German on an English page and English on a German one, but not outlets' names", () => {
    expect(leftovers("The figures, laut NIS.", "de")).toHaveLength(1);
    expect(leftovers("Die Zahlen, according to the NIS.", "en")).toHaveLength(2);
    expect(leftovers("Reported by tagesschau.de and The Korea Herald.", "de")).toEqual([]);
    expect(leftovers("Laut The Kyiv Independent sind es mehr.", "en")).toEqual([]);
    expect(leftovers("Alle Angaben aus data/claims.csv und claims.json.", "en")).toEqual([]);
  });
});

// Independent page loads without JavaScript: they run side by side in the one context.
describe.concurrent.each(pages)("page /%s", (path) => {
  const expected = pathLang(path);
  it("shows its heading and main text with JavaScript off, in its edition's language, with no words of the other language outside a lang attribute", async ({
    expect,
  }) => {
    const { lang, text, headings, mainText } = await withoutScript(path);
    expect(headings, "h1 elements").toBe(1);
    expect(mainText.length, "main text").toBeGreaterThan(40);
    expect(lang).toBe(expected);
    expect(leftovers(text, expected === "de" ? "en" : "de")).toEqual([]);
  });
  it.skipIf(isWithoutTwin(path))("names its twin in the other language, which names it back", () => {
    const other = expected === "de" ? "en" : "de";
    const twin = twinsOf(path)[other];
    expect(twin, "hreflang alternate").toBeDefined();
    expect(pages, "the twin is a built page").toContain(twin);
    expect(twinsOf(twin!)[expected], "the twin's way back").toBe(path);
  });
});

describe("both editions", () => {
  it("are in the sitemap, each page with both languages as alternates", () => {
    const sitemap = builtFile("sitemap-0.xml");
    const urls = [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>((?:<xhtml:link [^>]+>)*)/g)];
    const listed = urls.map((u) => new URL(u[1]!).pathname.slice(1));
    const expectedPages = pages.filter((p) => !isWithoutTwin(p));
    expect(listed.sort()).toEqual(expectedPages.sort());
    for (const [, loc, links] of urls) expect([...links!.matchAll(/hreflang="(\w+)"/g)].map((m) => m[1]).sort(), loc).toEqual(["de", "en"]);
  });
  it("have the same number of pages", () => {
    const english = pages.filter((p) => pathLang(p) === "en");
    expect(english.length).toBeGreaterThanOrEqual(15);
    expect(english.length).toBe(pages.length - english.length);
  });
});
