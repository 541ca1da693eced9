// Hostile data stays data: a build from data/ with markup and script in every text field
// (`npm run build:hostile`) shows that markup as text everywhere and never runs or renders it.
import { existsSync } from "node:fs";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { builtPages, loadLazyContent, useBrowser } from "./browser";

// Fails at once, with what to do, when the hostile build is missing (rather than an ENOENT from builtPages).
if (!existsSync("dist-hostile/index.html")) {
  throw new Error("dist-hostile/ is missing: run `npm run build:hostile` before the browser tests (npm test does)");
}
const site = inject("hostileUrl");
const pages = builtPages("dist-hostile").filter((p) => p.endsWith("/") || p === "");

const browser = useBrowser();
beforeAll(() => {
  expect(site, "global-setup served no dist-hostile/").toBeTruthy();
});

/** Opens a page and reports dialogs that script from the data would open. */
async function open(path: string, wait?: number): Promise<{ page: Page; dialogs: string[] }> {
  const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
  if (wait) {
    page.setDefaultTimeout(wait);
    page.setDefaultNavigationTimeout(wait);
  }
  const dialogs: string[] = [];
  page.on("dialog", async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  await page.goto(site + path, { waitUntil: "networkidle" });
  return { page, dialogs };
}

/** Elements the payload would create if it were parsed as HTML. */
const injected = (page: Page) =>
  page.$$eval('img[src="x"], b:not([class]), script:not([src]):not([type="application/ld+json"])', (els) =>
    els.filter((e) => e.tagName !== "SCRIPT" || /alert\(/.test(e.textContent ?? "")).map((e) => e.outerHTML.slice(0, 80)),
  );

describe("a build from hostile data", () => {
  it("has pages", () => expect(pages.length).toBeGreaterThan(5));

  // Independent pages, each in its own context: run concurrently (vitest's maxConcurrency).
  // They share the CPU while they wait, so they get longer to wait (every check is the same).
  it.concurrent.for(pages)("/%s runs and renders none of it", { timeout: 150_000 }, async (path, { expect }) => {
    const { page, dialogs } = await open(path, 120_000);
    await loadLazyContent(page);
    expect(dialogs).toEqual([]);
    expect(await injected(page)).toEqual([]);
    await page.close();
  });

  it("shows it as text in a chart tooltip", async () => {
    const { page, dialogs } = await open("grafik/");
    await page.locator('#truppen-grafik svg.tc-main:visible .tc-mark[tabindex="0"]').focus();
    const tip = page.locator("#truppen-grafik [data-tip]");
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.innerText()).toContain("<img src=x onerror=alert(1)>");
    expect(await injected(page)).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it("shows it as text in a map popup", async () => {
    const { page, dialogs } = await open("karte/");
    await page.locator(".route-map").scrollIntoViewIfNeeded();
    await page.locator("[data-map-start]").click();
    const marker = page.locator('.leaflet-marker-icon[data-place-id="kursk"]');
    await marker.waitFor();
    await marker.focus();
    await page.keyboard.press("Enter");
    const popup = page.locator(".leaflet-popup");
    await popup.waitFor();
    expect(await popup.innerText()).toContain("<img src=x onerror=alert(1)>");
    expect(await injected(page)).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it("shows the markup as visible text on the sources page", async () => {
    const { page } = await open("quellen/");
    const text = await page.locator("main").innerText();
    expect(text).toContain("<img src=x onerror=alert(1)>");
    expect(text).toContain("<script>alert(2)</script>");
    await page.close();
  });
});
