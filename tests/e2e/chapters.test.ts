// The chapters as a reader meets them in the built site: reachable from the start page by "weiter" alone,
// each a question with question headings, a Stand line and linked sources; every figure attributed; German
// typography; and every source of data/ on the sources page.
import { readdirSync } from "node:fs";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { loadDataset } from "../../src/build/dataset";
import { useBrowser } from "./browser";
import { DATA_DIR } from "../../src/build/data-dir";

const site = inject("siteUrl");
const dataDir = DATA_DIR;
const data = loadDataset(dataDir, dataDir);
let page: Page;

/** What one chapter page shows, read from the DOM. */
interface ChapterView {
  url: string;
  h1: string;
  questions: string[];
  stand: string;
  sourceLinks: string[];
  unattributed: string[];
  proseText: string;
  next: string | null;
}

async function readChapter(p: Page): Promise<ChapterView> {
  return p.evaluate(() => {
    const prose = document.querySelector("article .prose")!;
    // A block that shows a figure must also say who said it: "laut …", its document inline, or the
    // speaker named in the text with the claim's day printed from the data in the same block (a <DateOf>
    // of that day, so "am selben Tag" refers to a date the reader sees).
    const blocks = [...prose.querySelectorAll("p, li, dd")].filter((b) => b.querySelector(".claim-figure"));
    const datedBySpeaker = (b: Element) =>
      [...b.querySelectorAll(".claim-figure")].every((f) =>
        b.querySelector(`time[data-date-ref][datetime="${f.getAttribute("data-claim-date")}"]`),
      );
    return {
      url: location.pathname,
      h1: document.querySelector("h1")!.textContent!.trim(),
      // The chapter's own question headings; a figure's headline states its finding and is no question.
      questions: [...prose.querySelectorAll("h2")].filter((h) => !h.closest("[data-figure], figure")).map((h) => h.textContent!.trim()),
      stand: document.querySelector("article .stand")?.textContent?.trim() ?? "",
      sourceLinks: [...prose.querySelectorAll(".sources-of-answer a")].map((a) => (a as HTMLAnchorElement).href),
      unattributed: blocks
        .filter((b) => !/\blaut\b/.test(b.textContent!) && !b.querySelector(".source-ref") && !datedBySpeaker(b))
        .map((b) => b.textContent!.trim()),
      proseText: (prose as HTMLElement).innerText,
      next: (document.querySelector('.chapter-nav a[rel="next"]') as HTMLAnchorElement | null)?.href ?? null,
    };
  });
}

const chapters: ChapterView[] = [];
let listed: string[] = [];

const browser = useBrowser();
beforeAll(async () => {
  page = await browser().newPage({ javaScriptEnabled: false });
  await page.goto(site);
  listed = await page.$$eval(".chapter-list a", (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  // Read the way a reader would: the start page's "weiter", then each chapter's "weiter", until the sources page.
  let next: string | null = await page.$eval('.start-reading a[rel="next"]', (a) => (a as HTMLAnchorElement).href);
  for (let i = 0; next && i < 30; i++) {
    await page.goto(next);
    if (new URL(next).pathname.endsWith("/quellen/")) break;
    const view = await readChapter(page);
    chapters.push(view);
    next = view.next;
  }
});

describe("reading order", () => {
  it('reaches every chapter of the start page\'s list, in order, by "weiter" alone, and ends on the sources page', () => {
    // As many as there are chapter files (all are published; there are no drafts).
    expect(chapters.length).toBe(readdirSync("src/content/chapters").filter((f) => f.endsWith(".mdx")).length);
    expect([...chapters.map((c) => c.url), new URL(page.url()).pathname]).toEqual(listed);
    expect(new URL(page.url()).pathname).toMatch(/\/quellen\/$/);
  });
});

describe("every chapter", () => {
  it("has a question as title and at least two question headings", () => {
    for (const c of chapters) {
      expect(c.h1, c.url).toMatch(/\?$/);
      expect(c.questions.length, c.url).toBeGreaterThanOrEqual(2);
      for (const q of c.questions) expect(q, c.url).toMatch(/\?$/);
    }
  });

  it('has a "Stand" line with its date (and time, where the newest source gives one)', () => {
    for (const c of chapters) expect(c.stand, c.url).toMatch(/^Stand: \d{2}\.\d{2}\.\d{4}(, \d{2}:\d{2} Uhr)?$/);
  });

  it("links at least one source to its entry on the sources page", async () => {
    const sourcesPage = await browser().newPage({ javaScriptEnabled: false });
    await sourcesPage.goto(new URL("quellen/", site).href);
    const entries = new Set(await sourcesPage.$$eval("li[id^='quelle-']", (lis) => lis.map((li) => li.id)));
    await sourcesPage.close();
    for (const c of chapters) {
      expect(c.sourceLinks.length, c.url).toBeGreaterThan(0);
      for (const href of c.sourceLinks) {
        const url = new URL(href);
        expect(url.pathname, href).toMatch(/\/quellen\/$/);
        expect(entries.has(url.hash.slice(1)), `${c.url} links ${url.hash}, which is not on the sources page`).toBe(true);
      }
    }
  });

  it("says who made every figure it shows", () => {
    for (const c of chapters) expect(c.unattributed, c.url).toEqual([]);
  });

  it("writes German: „…“ quotes, 12.000, 23.10.2024", () => {
    for (const c of chapters) {
      expect(c.proseText, `${c.url}: straight quotes`).not.toMatch(/"/);
      expect(c.proseText.match(/\b\d{4}-\d{2}-\d{2}\b/g) ?? [], `${c.url}: ISO dates`).toEqual([]);
      // Years and names ("Resolution 1718") are not figures.
      const text = c.proseText.replace(/Resolution \d+/g, "");
      const ungrouped = (text.match(/(?<![\d.,])\d{4,}(?![\d.,]\d)/g) ?? []).filter((n) => !/^(19|20)\d{2}$/.test(n));
      expect(ungrouped, `${c.url}: numbers without thousands separator`).toEqual([]);
    }
  });
});

describe("the sources page", () => {
  it("has an entry for every source in data/sources.csv", async () => {
    await page.goto(new URL("quellen/", site).href);
    const ids = await page.$$eval("[data-source-id]", (els) => els.map((e) => e.getAttribute("data-source-id")));
    expect([...ids].sort()).toEqual(data.sources.map((s) => s.id).sort());
  });

  it("has the method, the kinds of claims and a dated corrections log", async () => {
    for (const id of ["methode", "arten", "dokumente", "korrekturen"]) expect(await page.locator(`#${id}`).count(), id).toBe(1);
    const rows = await page.$$eval("#korrekturen tbody tr", (trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent!.trim())),
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const [date, what, why] of rows) {
      expect(date).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
      expect(what!.length).toBeGreaterThan(10);
      expect(why!.length).toBeGreaterThan(10);
    }
  });
});

describe("the start page", () => {
  it("gives five to seven key facts, each attributed or with a dated source", async () => {
    await page.goto(site);
    // Each fact names who said it with a date from the data, or cites its dated document.
    const facts = await page.$$eval(".key-facts li", (lis) =>
      lis.map((li) => ({
        text: li.textContent!.trim(),
        attributed: /\blaut\b/.test(li.textContent!) || li.querySelector(".attribution, .source-ref, [data-date-ref]") !== null,
      })),
    );
    expect(facts.length).toBeGreaterThanOrEqual(5);
    expect(facts.length).toBeLessThanOrEqual(7);
    for (const f of facts) expect(f.attributed, f.text).toBe(true);
  });
});
