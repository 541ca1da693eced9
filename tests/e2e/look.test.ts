// Look and feel beyond the screen default: print, forced colours, 400 % zoom (a 320 px viewport),
// and the theme switch, which is pure CSS.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { axeViolations, builtPages, launch } from "./browser";

const site = inject("siteUrl");
const pages = builtPages("dist").filter((p) => (p.endsWith("/") || p === "") && !p.startsWith("embed/"));
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("print", () => {
  it("a chapter prints its text and Stand, with source URLs after links and without navigation", async () => {
    const page = await browser.newPage();
    await page.emulateMedia({ media: "print" });
    await page.goto(`${site}was-geschah-danach/`);
    const nav = await page.$$eval("header nav, .chapter-nav, .theme-switch", (els) => els.map((e) => getComputedStyle(e).display));
    expect(nav.length).toBeGreaterThan(0);
    expect(nav.every((d) => d === "none")).toBe(true);
    expect(await page.locator(".stand").first().isVisible()).toBe(true);
    const after = await page.$$eval('main a[href^="http"]', (links) =>
      links.slice(0, 5).map((a) => [a.getAttribute("href"), getComputedStyle(a, "::after").content]),
    );
    expect(after.length).toBeGreaterThan(0);
    for (const [href, content] of after) expect(content).toContain(href);
    await page.close();
  });
});

describe("print of the chart page", () => {
  it("prints the chart as SVG and its folded data table unfolded", async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 1000 } });
    await page.emulateMedia({ media: "print" });
    await page.goto(`${site}grafik/`);
    expect(await page.locator(".tc svg.tc-svg:visible").count()).toBeGreaterThan(0);
    const row = page.locator("#truppen-grafik table tbody tr").first();
    expect(await row.isVisible()).toBe(true);
    await page.close();
  });
});

describe("at 400 % zoom (320 CSS px wide)", () => {
  it.each(pages)("/%s needs no horizontal scrolling", async (path) => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(site + path, { waitUntil: "networkidle" });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});

describe("forced colours", () => {
  it("keeps focus rings and the theme switch visible", async () => {
    const page = await browser.newPage();
    await page.emulateMedia({ forcedColors: "active" });
    await page.goto(site);
    await page.keyboard.press("Tab");
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe("none");
    await page.close();
  });
});

describe("theme switch", () => {
  it.each(["grafik/", "karte/"])("on /%s turns the figure dark too, and axe still finds nothing", async (path) => {
    const context = await browser.newContext({ colorScheme: "light", viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(site + path, { waitUntil: "networkidle" });
    const figure = path === "grafik/" ? ".tc" : ".route-map";
    const bg = () => page.evaluate((sel) => getComputedStyle(document.querySelector(sel)!).backgroundColor, figure);
    const light = await bg();
    await page.locator('label[for="theme-dark"]').click();
    expect(await bg()).not.toBe(light);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(await bg());
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it("switches to dark and back without any script", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: "light" });
    const page = await context.newPage();
    await page.goto(site);
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await bg();
    await page.locator('label[for="theme-dark"]').click();
    const dark = await bg();
    expect(dark).not.toBe(light);
    await page.locator('label[for="theme-light"]').click();
    expect(await bg()).toBe(light);
    await context.close();
  });
});
