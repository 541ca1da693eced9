// The shared browser helpers hold what the page tests rely on: a watch sees only its own requests, and the
// page pool hands a page on only after a test that passed.
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { pagePool, useBrowser, watch } from "./browser";

const site = inject("siteUrl");
const origin = new URL(site).origin;
const browser = useBrowser();

/** Asks the page for `path` without waiting for the answer. */
const request = (page: Page, path: string) => page.evaluate((url) => void fetch(url).catch(() => {}), site + path);

describe("watch", () => {
  it("reports the failures of requests made while watching, not of earlier ones nor later ones", async () => {
    const context = await browser().newContext();
    try {
      // The request made before the watch is answered while it runs, with a 404.
      let answerEarly: () => void = () => {};
      const early = new Promise<void>((r) => (answerEarly = r));
      await context.route("**/missing-early", async (route) => {
        await early;
        await route.fulfill({ status: 404, body: "" });
      });
      const page = await context.newPage();
      await page.goto(`${site}404.html`);
      const responded = page.waitForResponse("**/missing-early");
      await Promise.all([page.waitForRequest("**/missing-early"), request(page, "missing-early")]);
      const { problems, stop } = watch(page, origin);
      answerEarly();
      await responded;
      await Promise.all([page.waitForResponse("**/missing-during"), request(page, "missing-during")]);
      await page.evaluate(() => console.error("broken"));
      stop();
      await Promise.all([page.waitForResponse("**/missing-after"), request(page, "missing-after")]);
      await page.evaluate(() => console.error("after the watch"));
      expect(problems.failedRequests).toEqual([`404 ${site}missing-during`]);
      // Console errors are the page's, whoever's request they are about (Chromium logs each 404 too).
      expect(problems.consoleErrors).toContain("broken");
      expect(problems.consoleErrors).not.toContain("after the watch");
      expect(problems.consoleErrors.filter((m) => m.includes("404"))).toHaveLength(2);
      expect(problems.foreignRequests).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe("pagePool", () => {
  it("lends the same page again after a passing use, and discards a page whose use failed", async () => {
    const context = await browser().newContext();
    try {
      const { withPage } = pagePool(() => context.newPage());
      const first = await withPage(async (page) => page);
      expect(await withPage(async (page) => page)).toBe(first);
      await expect(
        withPage(async () => {
          throw new Error("the test failed");
        }),
      ).rejects.toThrow("the test failed");
      expect(first.isClosed(), "the failed use's page is closed").toBe(true);
      const next = await withPage(async (page) => page);
      expect(next).not.toBe(first);
      // Two uses at once get two pages.
      let release: () => void = () => {};
      const held = new Promise<void>((r) => (release = r));
      const holding = withPage(async (page) => {
        await held;
        return page;
      });
      const other = await withPage(async (page) => page);
      release();
      expect(await holding).not.toBe(other);
    } finally {
      await context.close();
    }
  });
});
