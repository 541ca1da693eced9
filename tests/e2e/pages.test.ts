// Every built page, as a reader's browser sees it: no console error, no failed request, no request to
// another host, no axe-core violation (WCAG 2.2 A/AA) in light and dark, no horizontal scrolling at 400 %
// zoom. What a reader gets without JavaScript is checked page by page in languages.test.ts.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect as expectOutside, inject, it } from "vitest";
import { axeViolations, builtPages, COLOUR_RULES, EMBED_PAGE, loadLazyContent, pagePool, useBrowser, watch } from "./browser";
import { pathLang } from "../../src/lib/routes";

const site = inject("siteUrl");
const origin = new URL(site).origin;
const pages = builtPages("dist");

const browser = useBrowser();
/** The phone a reader starts on. */
const PHONE = { width: 390, height: 844 };
// One context per page in the pool: a page that fails takes its context (cookies, storage, cache) along.
const { withPage } = pagePool(
  async () => (await browser().newContext({ colorScheme: "light", viewport: PHONE })).newPage(),
  (page) => page.context().close(),
);

// The pages are independent: their tests run concurrently in this file (vitest's maxConcurrency), each in
// a page of the pool (one browser context each), so waiting for one page's network overlaps another's work.
// They share the CPU while they wait, so they get longer to wait (not to pass: every check is the same).
const SHARED = { timeout: 150_000 };
const WAIT = 120_000;
/**
 * The data and sources pages list every claim and source: several thousand elements, so axe's contrast rule
 * takes ten times as long there as on a chapter (about 10 s alone, far more while the other pages and test
 * files share the two cores). They start first and get longer; the checks are the same.
 */
const LONG_PAGES = /^(?:en\/)?(?:daten|data|quellen|sources)\/$/;
const timeoutOf = (path: string) => (LONG_PAGES.test(path) ? { timeout: 300_000 } : SHARED);
const waitOf = (path: string) => (LONG_PAGES.test(path) ? 280_000 : WAIT);
const byLength = [...pages.filter((p) => LONG_PAGES.test(p)), ...pages.filter((p) => !LONG_PAGES.test(p))];
// Dark mode is checked on the German pages: an English twin has the same components and styles, only
// other words, so its colours are the German page's (the light-mode run still checks its own contrast).
// One load per page serves both schemes: the page is checked in light, then switched to dark in place.
// The dark theme only swaps colours (see the test below), so in dark only the colour rules can change
// their verdict: the dark run is those rules, the light run all of them.
const schemesOf = (path: string) => (pathLang(path) === "en" ? (["light"] as const) : (["light", "dark"] as const));
/** At 400 % zoom a 1280 px screen is 320 CSS px wide (WCAG 1.4.10 Reflow). */
const ZOOMED = { width: 320, height: 640 };
/** Pages for a reader's screen; the embeds are sized by the host's column instead (embed.test.ts). */
const isReaderPage = (path: string) => (path.endsWith("/") || path === "") && !EMBED_PAGE.test(path);

it("gives the longer wait to the four long pages of both editions, by name", () => {
  expectOutside(pages.filter((p) => LONG_PAGES.test(p)).sort()).toEqual(["daten/", "en/data/", "en/sources/", "quellen/"]);
});

it("has a dark theme that changes colours only, so a dark run of the colour rules covers it", () => {
  const css = readdirSync("dist/_astro")
    .filter((f) => f.endsWith(".css"))
    .map((f) => readFileSync(`dist/_astro/${f}`, "utf8"));
  expectOutside(css.length).toBeGreaterThan(0);
  // Colours come from light-dark(); no rule is switched on or off by the scheme.
  expectOutside(css.join("\n")).not.toMatch(/prefers-color-scheme/);
  expectOutside(css.join("\n")).toMatch(/light-dark\(/);
});

describe.concurrent.each(byLength)("page /%s", (path) => {
  const zoom = isReaderPage(path) ? ", and needs no horizontal scrolling at 400 % zoom" : "";
  it(`loads cleanly and passes axe in ${schemesOf(path).join(" and ")}${zoom}`, timeoutOf(path), async ({ expect }) => {
    await withPage(async (page) => {
      // As the last test left it, the page may be dark or zoomed: each page starts in light on the phone.
      await page.setViewportSize(PHONE);
      await page.emulateMedia({ colorScheme: "light" });
      page.setDefaultTimeout(waitOf(path));
      page.setDefaultNavigationTimeout(waitOf(path));
      const { problems, stop } = watch(page, origin);
      try {
        const response = await page.goto(site + path, { waitUntil: "networkidle" });
        expect(response?.status(), "HTTP status").toBe(200);
        await loadLazyContent(page, waitOf(path));
        for (const colorScheme of schemesOf(path)) {
          await page.emulateMedia({ colorScheme });
          expect(await axeViolations(page, colorScheme === "dark" ? COLOUR_RULES : undefined), `axe (${colorScheme})`).toEqual([]);
        }
        if (zoom) {
          await page.setViewportSize(ZOOMED);
          // Let the figures follow the new width (resize observers run on the next frames).
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, "horizontal scrolling at 320 px").toBeLessThanOrEqual(0);
        }
        // After everything above, the resize included.
        expect(problems.consoleErrors, "console errors").toEqual([]);
        expect(problems.failedRequests, "failed requests").toEqual([]);
        expect(problems.foreignRequests, "requests to other hosts").toEqual([]);
        // Privacy by construction: nothing stored about the reader. (A page that stored something fails
        // here, and its context is discarded with it: the next page starts from nothing again.)
        expect(await page.context().cookies(), "cookies").toEqual([]);
        expect(await page.evaluate(() => localStorage.length + sessionStorage.length), "web storage").toBe(0);
      } finally {
        stop();
      }
    });
  });
});
