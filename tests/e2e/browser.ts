// Shared browser plumbing for the e2e tests: Debian's Chromium via playwright-core, with a watch on every
// console error, failed request and request to another host.
import { readdirSync, statSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page, type Request, type Response } from "playwright-core";
import type axe from "axe-core";
import { createRequire } from "node:module";
import { afterAll, beforeAll } from "vitest";
import { CHROMIUM_FLAGS } from "../../scripts/chromium-flags.mjs";

/** Launches headless Chromium (CHROME_PATH, default /usr/bin/chromium). */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium", headless: true, args: CHROMIUM_FLAGS });
}

let shared: Promise<Browser> | undefined;

/**
 * One browser for the calling test file: it gets the worker's Chromium before its first test, and its
 * browser contexts are closed after its last. Call it at the top level of the file; the returned function
 * gives the browser inside hooks and tests. The files of a worker run one after another and share one
 * Chromium (the e2e project keeps one module registry per worker): starting and closing a Chromium costs
 * about 2.4 CPU-s here (measured over five), and eleven files use one. It ends with the worker process,
 * whose end closes its pipe (no Chromium process is left 2 s after a run).
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    shared ??= launch();
    browser = await shared;
  });
  afterAll(async () => {
    // What this file opened (pages, pools, failed tests' pages), and only that: a worker runs one file at a time.
    await Promise.all(browser?.contexts().map((c) => c.close()) ?? []);
  });
  return () => {
    if (!browser) throw new Error("the browser is not launched yet: call useBrowser() at the top level of the test file");
    return browser;
  };
}

/** What went wrong while a page was open. */
export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

/**
 * Records, from now until `stop()`, the page's console errors, its failed requests and any request to a
 * host other than `origin`. Only requests made while watching count: on a reused page, the last
 * document's requests (cancelled by the next navigation) belong to the test that made them.
 */
export function watch(page: Page, origin: string): { problems: PageProblems; stop: () => void } {
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
  const ours = new WeakSet<Request>();
  const onConsole = (m: ConsoleMessage) => m.type() === "error" && problems.consoleErrors.push(m.text());
  const onPageError = (e: Error) => problems.consoleErrors.push(String(e));
  const onFailed = (r: Request) => ours.has(r) && problems.failedRequests.push(`${r.url()} ${r.failure()?.errorText ?? ""}`);
  const onResponse = (r: Response) =>
    ours.has(r.request()) && r.status() >= 400 && problems.failedRequests.push(`${r.status()} ${r.url()}`);
  const onRequest = (r: Request) => {
    ours.add(r);
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")) problems.foreignRequests.push(url);
  };
  page.on("console", onConsole);
  page.on("pageerror", onPageError);
  page.on("requestfailed", onFailed);
  page.on("response", onResponse);
  page.on("request", onRequest);
  const stop = () => {
    page.off("console", onConsole);
    page.off("pageerror", onPageError);
    page.off("requestfailed", onFailed);
    page.off("response", onResponse);
    page.off("request", onRequest);
  };
  return { problems, stop };
}

/** Opens a page that records console errors, failed requests and any request to a host other than `origin`. */
export async function watchedPage(context: BrowserContext, origin: string): Promise<{ page: Page; problems: PageProblems }> {
  const page = await context.newPage();
  return { page, problems: watch(page, origin).problems };
}

/**
 * Open pages that the tests of one file take turns with: a test borrows a page (a new one only when none is
 * free, so at most one per concurrent test), navigates it, and gives it back when it passes; a failed
 * test's page is discarded, so nothing it left behind reaches the next test. Why: a new tab costs Chromium
 * a renderer process, about 0.8 CPU-s here, where a navigation in an open tab costs 0.2 (measured over
 * eight chapter loads), and the page, language, hostile-data and chart tests open about 140 pages. What a
 * reuse changes is what a reader's next page gets too: a warm HTTP cache and a renderer that has run the
 * site's scripts before. (The map's tests keep a new context each: they hang on animation timing, and
 * pooled they failed under load.)
 */
export function pagePool(open: () => Promise<Page>, discard: (page: Page) => Promise<void> = (page) => page.close()) {
  const idle: Page[] = [];
  /** A free page, or a new one. */
  const borrow = async (): Promise<Page> => idle.pop() ?? (await open());
  /** Takes a page back for the next test; a test that fails before it gives its page back leaves it out. */
  const giveBack = (page: Page): void => void idle.push(page);
  /** Runs `use` with a page of the pool: given back if `use` passes, discarded if it throws. */
  async function withPage<T>(use: (page: Page) => Promise<T>): Promise<T> {
    const page = await borrow();
    let result: T;
    try {
      result = await use(page);
    } catch (error) {
      await discard(page).catch(() => {});
      throw error;
    }
    giveBack(page);
    return result;
  }
  return { withPage, borrow, giveBack };
}

/** The WCAG 2.2 A/AA rules axe-core runs by default here. */
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/**
 * The axe-core rules whose outcome depends on colours: all that can change when only the colour scheme
 * changes (the site's dark theme swaps light-dark() colours and nothing else; pages.test.ts checks that).
 */
export const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

let axeScript: string | undefined;
/**
 * axe-core's minified build: the same code as `axe.source` (the 1.5 MB unminified file) in 0.65 MB, which
 * Chromium receives and compiles in about 0.15 CPU-s less on every page that runs axe (measured).
 */
function axeSource(): string {
  axeScript ??= readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  return axeScript;
}

/**
 * Runs axe-core with the WCAG 2.2 A/AA tags (or only `rules`); returns the violations as "rule: target" lines.
 * Only violations are collected in full (resultTypes): passing nodes are not listed, which saves a fifth
 * of the time on the long data pages and changes no verdict.
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  // evaluate() is not subject to the page's CSP, unlike an injected <script>.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource());
  const runOnly = rules ? { type: "rule" as const, values: rules } : { type: "tag" as const, values: WCAG_TAGS };
  const result = await page.evaluate(
    (runOnly) => (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly, resultTypes: ["violations"] }),
    runOnly,
  );
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${n.target.join(" ")} (${n.failureSummary?.split("\n")[1] ?? v.help})`),
  );
}

/**
 * Brings each lazily loaded image and frame into view (so it loads), then the page's end, and waits until
 * nothing loads. The site loads nothing else on scroll (no IntersectionObserver), so this is all a
 * reader's scrolling would fetch, without stepping through a 40-screen data page.
 *
 * "Nothing loads" is counted here, request by request in every frame, not with Playwright's networkidle:
 * that one also waits for each child frame's own lifecycle, and on the embed tool page (a live preview
 * iframe) it sometimes never came under load, with no request open (twice in CI, at 120 s). A request
 * that really hangs fails with its address.
 */
export async function loadLazyContent(page: Page, timeout = 120_000, quietMs = 500): Promise<void> {
  const open = new Set<Request>();
  let lastActivity = Date.now();
  const started = (r: Request) => {
    open.add(r);
    lastActivity = Date.now();
  };
  const ended = (r: Request) => {
    open.delete(r);
    lastActivity = Date.now();
  };
  page.on("request", started);
  page.on("requestfinished", ended);
  page.on("requestfailed", ended);
  try {
    const lazy = page.locator('img[loading="lazy"]:visible, iframe[loading="lazy"]:visible');
    for (let i = 0, n = await lazy.count(); i < n; i++) await lazy.nth(i).scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const deadline = Date.now() + timeout;
    // Quiet: no request open for quietMs, and every visible lazy image has arrived (or failed, which the
    // page's watcher reports).
    while (open.size > 0 || Date.now() - lastActivity < quietMs || !(await lazyImagesDone(page))) {
      if (Date.now() > deadline)
        throw new Error(`still loading after ${timeout} ms: ${[...open].map((r) => r.url()).join(", ") || "(images only)"}`);
      await page.waitForTimeout(100);
    }
  } finally {
    page.off("request", started);
    page.off("requestfinished", ended);
    page.off("requestfailed", ended);
  }
}

/** Whether every visible lazy image of the page has finished (loaded or failed). */
function lazyImagesDone(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLImageElement>('img[loading="lazy"]')].every((img) => img.complete || !img.checkVisibility()),
  );
}

/** The embed pages (`embed/…`, `en/embed/…`), sized by a host's column and kept out of the twin links and sitemap; not the embed tool page `en/embed/` itself. */
export const EMBED_PAGE = /^(?:en\/)?embed\/[^/]/;

/** Every built HTML page of `dir` as a site-relative path ("", "quellen/", "404.html"). */
export function builtPages(dir = "dist"): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith(".html"))
        out.push(
          relative(dir, p)
            .replace(/index\.html$/, "")
            .replace(/\\/g, "/"),
        );
    }
  };
  walk(dir);
  return out.sort();
}

/** Reads a built file as text. */
export function builtFile(path: string, dir = "dist"): string {
  return readFileSync(join(dir, path), "utf8");
}
