// Every built page, as a reader's browser sees it: no console error, no failed request, no request to
// another host, no axe-core violation (WCAG 2.2 A/AA) in light and dark, and the text there without JavaScript.
import { afterAll, beforeAll, describe, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { axeViolations, builtPages, launch, watchedPage } from "./browser";
import { pathLang } from "../../src/lib/routes";

const site = inject("siteUrl");
const origin = new URL(site).origin;
const pages = builtPages("dist");
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

// The pages are independent: their tests run concurrently in this file (vitest's maxConcurrency), each in
// its own browser context of the one browser, so waiting for one page's network overlaps another's work.
// They share the CPU while they wait, so they get longer to wait (not to pass: every check is the same).
const SHARED = { timeout: 150_000 };
const WAIT = 120_000;
// Dark mode is checked on the German pages: an English twin has the same components and styles, only
// other words, so its colours are the German page's (the light-mode run still checks its own contrast).
// One load per page serves both schemes: the page is checked in light, then switched to dark in place.
const schemesOf = (path: string) => (pathLang(path) === "en" ? (["light"] as const) : (["light", "dark"] as const));
describe.concurrent.each(pages)("page /%s", (path) => {
  it(`loads cleanly and passes axe in ${schemesOf(path).join(" and ")}`, SHARED, async ({ expect }) => {
    const context = await browser.newContext({ colorScheme: "light", viewport: { width: 390, height: 844 } });
    context.setDefaultTimeout(WAIT);
    context.setDefaultNavigationTimeout(WAIT);
    try {
      const { page, problems } = await watchedPage(context, origin);
      const response = await page.goto(site + path, { waitUntil: "networkidle" });
      expect(response?.status(), "HTTP status").toBe(200);
      // Scroll through the page so lazily loaded figures load too.
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += 600) {
          window.scrollTo(0, y);
          await new Promise((r) => setTimeout(r, 30));
        }
      });
      await page.waitForLoadState("networkidle");
      expect(problems.consoleErrors, "console errors").toEqual([]);
      expect(problems.failedRequests, "failed requests").toEqual([]);
      expect(problems.foreignRequests, "requests to other hosts").toEqual([]);
      for (const colorScheme of schemesOf(path)) {
        await page.emulateMedia({ colorScheme });
        expect(await axeViolations(page), `axe (${colorScheme})`).toEqual([]);
      }
      // Privacy by construction: nothing stored about the reader.
      expect(await context.cookies(), "cookies").toEqual([]);
      expect(await page.evaluate(() => localStorage.length + sessionStorage.length), "web storage").toBe(0);
    } finally {
      await context.close();
    }
  });

  it("shows its heading and main text with JavaScript off", SHARED, async ({ expect }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    context.setDefaultTimeout(WAIT);
    context.setDefaultNavigationTimeout(WAIT);
    try {
      const page = await context.newPage();
      await page.goto(site + path);
      await expect(page.locator("h1").count()).resolves.toBe(1);
      const text = (await page.locator("main").innerText()).trim();
      expect(text.length).toBeGreaterThan(40);
    } finally {
      await context.close();
    }
  });
});
