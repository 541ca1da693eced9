// Hostile data stays data: a build from data/ with markup and script in every text field
// (`npm run build:hostile`) shows that markup as text everywhere and never runs or renders it.
import { existsSync } from "node:fs";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { Dialog, Page } from "playwright-core";
import { builtPages, loadLazyContent, pagePool, useBrowser } from "./browser";

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

/** The desktop screen every hostile page is read on. */
const DESKTOP = { viewport: { width: 1280, height: 900 } };

/** Reports the dialogs that script from the data opens on `page` from now until `stop()`. */
function watchDialogs(page: Page): { dialogs: string[]; stop: () => void } {
  const dialogs: string[] = [];
  const onDialog = async (d: Dialog) => {
    dialogs.push(d.message());
    await d.dismiss();
  };
  page.on("dialog", onDialog);
  return { dialogs, stop: () => page.off("dialog", onDialog) };
}

/** Opens a page and reports dialogs that script from the data would open. */
async function open(path: string): Promise<{ page: Page; dialogs: string[] }> {
  const page = await browser().newPage(DESKTOP);
  const { dialogs } = watchDialogs(page);
  await page.goto(site + path, { waitUntil: "networkidle" });
  return { page, dialogs };
}

// Every page of the build, read the same way: the tests take turns with a few open pages, each in a context of its own.
const { withPage } = pagePool(
  () => browser().newPage(DESKTOP),
  (page) => page.context().close(),
);

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
    await withPage(async (page) => {
      page.setDefaultTimeout(120_000);
      page.setDefaultNavigationTimeout(120_000);
      const { dialogs, stop } = watchDialogs(page);
      try {
        await page.goto(site + path, { waitUntil: "networkidle" });
        await loadLazyContent(page);
        expect(dialogs).toEqual([]);
        expect(await injected(page)).toEqual([]);
      } finally {
        stop();
      }
    });
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
