// Embeds on a page from another origin: the generated code resizes itself to the content, and the host
// snippet ignores every message it should not trust.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Frame, Page } from "playwright-core";
import { launch, watchedPage } from "./browser";
import { responsiveCode } from "../../src/lib/embed/code";
import { embedFigures, embedTarget } from "../../src/data/embeds";

const site = inject("siteUrl");
const hostUrl = inject("otherOriginUrl");
const hostDir = inject("hostDir");
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Writes a host page on the other origin that embeds `code` in a column `width` px wide. */
function hostPage(name: string, code: string, width: number): string {
  writeFileSync(
    join(hostDir, name),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head>` +
      `<body style="margin:0"><div id="column" style="width:${width}px">${code}</div>` +
      `<iframe id="stranger" src="${hostUrl}index.html" title="other" style="height:150px"></iframe></body></html>`,
  );
  return hostUrl + name;
}

/** Height of the embed's content, measured inside the frame. */
const contentHeight = (frame: Frame) => frame.evaluate(() => document.querySelector(".embed-frame")!.getBoundingClientRect().height);
const iframeHeight = (page: Page) => page.evaluate(() => document.querySelector<HTMLIFrameElement>("#column iframe")!.getBoundingClientRect().height);

async function embeddedFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector("#column iframe");
  const frame = (await handle.contentFrame())!;
  await frame.waitForSelector(".embed-frame");
  return frame;
}

describe.each(embedFigures.map((f) => [f.slug, f] as const))("the %s embed", (slug, figure) => {
  const code = responsiveCode(embedTarget(figure, site));

  it.each([320, 600, 1000])("fits its content in a %i px column", async (width) => {
    const context = await browser.newContext({ viewport: { width: width + 40, height: 900 } });
    const { page, problems } = await watchedPage(context, new URL(site).origin);
    await page.goto(hostPage(`${slug}-${width}.html`, code, width), { waitUntil: "load" });
    const frame = await embeddedFrame(page);
    // Let the figure settle (lazy content, fonts), then compare.
    await expect.poll(async () => Math.abs((await iframeHeight(page)) - (await contentHeight(frame))), { timeout: 10_000 }).toBeLessThanOrEqual(2);
    expect(await contentHeight(frame)).toBeGreaterThan(100);
    // Only the host's own origin and the site are contacted.
    const foreign = problems.foreignRequests.filter((u) => !u.startsWith(new URL(hostUrl).origin));
    expect(foreign).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it("ignores messages it must not trust", async () => {
    const context = await browser.newContext({ viewport: { width: 640, height: 900 } });
    const page = await context.newPage();
    await page.goto(hostPage(`${slug}-bad.html`, code, 600), { waitUntil: "load" });
    const frame = await embeddedFrame(page);
    await expect.poll(async () => Math.abs((await iframeHeight(page)) - (await contentHeight(frame))), { timeout: 10_000 }).toBeLessThanOrEqual(2);
    const settled = await iframeHeight(page);

    const good = { sentinel: "amp", type: "embed-size", height: 333 };
    const attempts: [string, () => Promise<unknown>][] = [
      ["wrong origin (the host page itself)", () => page.evaluate((m) => window.postMessage(m, "*"), good)],
      ["wrong origin (a frame of another site)", () => page.frame({ url: /index\.html$/ })!.evaluate((m) => parent.postMessage(m, "*"), good)],
      [
        "wrong source (a window of our origin that is not one of the page's iframes)",
        async () => {
          const [popup] = await Promise.all([page.waitForEvent("popup"), page.evaluate((url) => window.open(url), `${site}embed/${slug}/`)]);
          await popup.waitForLoadState();
          await popup.evaluate((m) => opener.postMessage(m, "*"), good);
          await popup.close();
        },
      ],
      ["a string", () => frame.evaluate(() => parent.postMessage("height: 333", "*"))],
      ["a negative height", () => frame.evaluate(() => parent.postMessage({ sentinel: "amp", type: "embed-size", height: -333 }, "*"))],
      ["NaN", () => frame.evaluate(() => parent.postMessage({ "datawrapper-height": { x: Number.NaN } }, "*"))],
      ["a huge height", () => frame.evaluate(() => parent.postMessage("pymxPYMxxxPYMxheightxPYMx99999999", "*"))],
    ];
    for (const [what, send] of attempts) {
      await send();
      await page.waitForTimeout(150);
      expect(await iframeHeight(page), what).toBe(settled);
    }
    // The same message from the right frame does resize: the checks above were not vacuous.
    await frame.evaluate((m) => parent.postMessage(m, "*"), good);
    await expect.poll(() => iframeHeight(page)).toBe(333);
    await context.close();
  });
});
