// Look and feel beyond the screen default: print, forced colours, and the theme switch, which is pure CSS.
// 400 % zoom (a 320 px viewport) is checked on every page in pages.test.ts, in the same page load as axe.
import { describe, expect, inject, it } from "vitest";
import { axeViolations, useBrowser } from "./browser";

const site = inject("siteUrl");

const browser = useBrowser();

describe("print", () => {
  it("a chapter prints its text and Stand, with source URLs after links and without navigation", async () => {
    const page = await browser().newPage();
    // Any chapter of the start page's list that links out will do: the first one.
    await page.goto(site);
    const chapters = await page.$$eval(".chapter-list a", (as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(chapters.length).toBeGreaterThan(0);
    let chapter: string | undefined;
    for (const url of chapters) {
      await page.goto(url);
      if ((await page.locator('main a[href^="http"]').count()) > 0) {
        chapter = url;
        break;
      }
    }
    expect(chapter, "no chapter links to an outside source").toBeDefined();
    await page.emulateMedia({ media: "print" });
    await page.goto(chapter!);
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
    const page = await browser().newPage({ viewport: { width: 800, height: 1000 } });
    await page.emulateMedia({ media: "print" });
    await page.goto(`${site}grafik/`);
    expect(await page.locator(".tc svg.tc-svg:visible").count()).toBeGreaterThan(0);
    const row = page.locator("#truppen-grafik table tbody tr").first();
    expect(await row.isVisible()).toBe(true);
    await page.close();
  });
});

describe("forced colours", () => {
  /**
   * The focus indicator of the focused element (for a theme radio, which is visually hidden, its label):
   * an outline survives forced colours where a box-shadow or background ring is dropped, so it must be an
   * outline at least 2 px wide in a colour other than the page's.
   */
  const focusRing = () => {
    const el = document.activeElement as HTMLElement;
    const shown = el.matches(".theme-switch input") ? (el as HTMLInputElement).labels![0]! : el;
    const s = getComputedStyle(shown);
    const what = `${shown.tagName}${shown.id ? `#${shown.id}` : ""}${shown instanceof HTMLLabelElement ? `[for=${shown.htmlFor}]` : ""}`;
    return {
      what,
      style: s.outlineStyle,
      width: parseFloat(s.outlineWidth),
      colour: s.outlineColor,
      page: getComputedStyle(document.body).backgroundColor,
    };
  };

  it("keeps a focus ring on the first Tab stop and on the theme switch, and the switch's options visible and told apart", async () => {
    const page = await browser().newPage();
    await page.emulateMedia({ forcedColors: "active" });
    await page.goto(site);
    expect(await page.evaluate(() => matchMedia("(forced-colors: active)").matches), "forced colours are on").toBe(true);

    await page.keyboard.press("Tab");
    const firstRing = await page.evaluate(focusRing);
    expect(firstRing.style, firstRing.what).not.toBe("none");
    expect(firstRing.width, firstRing.what).toBeGreaterThanOrEqual(2);
    expect(firstRing.colour, firstRing.what).not.toBe(firstRing.page);

    // Tab on until the theme switch (a radio group: one Tab stop) has focus.
    const onSwitch = () => page.evaluate(() => !!document.activeElement?.matches(".theme-switch input"));
    // It sits in the footer, after the page's content: Tab through everything before it.
    for (let i = 0; i < 400 && !(await onSwitch()); i++) await page.keyboard.press("Tab");
    expect(await onSwitch(), "the theme switch is reachable by Tab").toBe(true);
    const ring = await page.evaluate(focusRing);
    expect(ring.style, ring.what).not.toBe("none");
    expect(ring.width, ring.what).toBeGreaterThanOrEqual(2);
    expect(ring.colour, ring.what).not.toBe(ring.page);

    // Every option is visible, a 44 px target with a border, and the chosen one looks different from the others.
    const options = () =>
      page.$$eval(".theme-switch label", (labels) =>
        labels.map((l) => {
          const s = getComputedStyle(l);
          const r = l.getBoundingClientRect();
          const input = document.getElementById((l as HTMLLabelElement).htmlFor) as HTMLInputElement;
          return {
            id: input.id,
            checked: input.checked,
            w: r.width,
            h: r.height,
            border: s.borderTopStyle,
            look: [s.fontWeight, s.backgroundColor, s.color, s.borderTopColor, s.textDecorationLine].join("|"),
          };
        }),
      );
    const differs = (list: Awaited<ReturnType<typeof options>>) => {
      const chosen = list.filter((o) => o.checked);
      expect(chosen).toHaveLength(1);
      for (const o of list.filter((x) => !x.checked))
        expect(o.look, `${o.id} looks like the chosen ${chosen[0]!.id}`).not.toBe(chosen[0]!.look);
      return chosen[0]!.id;
    };
    const before = await options();
    expect(before.length).toBe(3);
    for (const o of before) {
      expect(o.w, o.id).toBeGreaterThanOrEqual(44);
      expect(o.h, o.id).toBeGreaterThanOrEqual(44);
      expect(o.border, o.id).not.toBe("none");
    }
    const first = differs(before);
    // Choosing another by keyboard moves the mark.
    await page.keyboard.press("ArrowRight");
    expect(differs(await options())).not.toBe(first);
    await page.close();
  });
});

describe("theme switch", () => {
  it.each(["grafik/", "karte/"])("on /%s turns the figure dark too, and axe still finds nothing", async (path) => {
    const context = await browser().newContext({ colorScheme: "light", viewport: { width: 1280, height: 900 } });
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
    const context = await browser().newContext({ javaScriptEnabled: false, colorScheme: "light" });
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
