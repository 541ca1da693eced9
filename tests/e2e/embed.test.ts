// Embeds on a page from another origin: the generated code resizes itself to the content, and the host
// snippet ignores every message it should not trust.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import type { Frame, Page } from "playwright-core";
import { watchedPage, useBrowser } from "./browser";
import { responsiveCode } from "../../src/lib/embed/code";
import { embedFigure, embedFigures, embedTarget } from "../../src/data/embeds";
import { dictionary } from "../../src/lib/i18n";

/** The site address the build was made for (SITE_URL or astro.config.mjs's default). */
const BUILT_FOR = process.env.SITE_URL ?? "https://nordkorea-soldaten.example/";
const site = inject("siteUrl");
const hostUrl = inject("otherOriginUrl");
const hostDir = inject("hostDir");
const tool = dictionary("de").embedTool;
const toolEn = dictionary("en").embedTool;
/** Both languages' figures: the German ones under embed/, the English under en/embed/. */
const allFigures = [...embedFigures("de"), ...embedFigures("en")];

const browser = useBrowser();

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

/**
 * Writes a host page on the other origin with one column per width, side by side, each embedding `code`
 * (as a page with several embeds does): one page load tests every width. Column `w` is `#column-<w>`.
 */
function hostPageOfColumns(name: string, code: string | ((width: number) => string), widths: number[], head = ""): string {
  const codeFor = typeof code === "string" ? () => code : code;
  const columns = widths.map((w) => `<div id="column-${w}" style="width:${w}px;flex:none">${codeFor(w)}</div>`).join("");
  writeFileSync(
    join(hostDir, name),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head>` +
      `<body style="margin:0">${head}<div style="display:flex;gap:20px;align-items:flex-start">${columns}</div></body></html>`,
  );
  return hostUrl + name;
}

/** A viewport that shows columns of `widths` side by side (so no lazy iframe waits for a scroll). */
const viewportFor = (widths: number[]) => ({ width: widths.reduce((a, w) => a + w + 20, 20), height: 900 });

/** Height of the embed's content, measured inside the frame. */
const contentHeight = (frame: Frame) => frame.evaluate(() => document.querySelector(".embed-frame")!.getBoundingClientRect().height);
const iframeHeight = (page: Page, column = "#column") =>
  page.evaluate((column) => document.querySelector<HTMLIFrameElement>(`${column} iframe`)!.getBoundingClientRect().height, column);

async function embeddedFrame(page: Page, column = "#column"): Promise<Frame> {
  const handle = await page.waitForSelector(`${column} iframe`);
  const frame = (await handle.contentFrame())!;
  await frame.waitForSelector(".embed-frame");
  // Let the figure finish (the map swaps its static fallback for Leaflet): the same height four times in a row.
  let last = -1;
  let same = 0;
  for (let i = 0; i < 60 && same < 4; i++) {
    const h = await contentHeight(frame);
    same = h === last ? same + 1 : 0;
    last = h;
    await page.waitForTimeout(250);
  }
  return frame;
}

/** Waits until the iframe in `column` has its content's height (within 2 px) and returns the frame. */
async function fittedFrame(page: Page, column = "#column"): Promise<Frame> {
  const frame = await embeddedFrame(page, column);
  await expect
    .poll(async () => Math.abs((await iframeHeight(page, column)) - (await contentHeight(frame))), { timeout: 10_000 })
    .toBeLessThanOrEqual(2);
  return frame;
}

/** The column widths every embed is tried in: a phone, an article column, a wide page. */
const WIDTHS = [320, 600, 1000];

describe.each(allFigures.map((f) => [f.path, f] as const))("the %s embed", (path, figure) => {
  const slug = path.replace(/\/$/, "").replace(/\//g, "-");
  const code = responsiveCode(embedTarget(figure, site));

  it("fits its content in 320, 600 and 1000 px columns, several on one page", async () => {
    const context = await browser().newContext({ viewport: viewportFor(WIDTHS) });
    const { page, problems } = await watchedPage(context, new URL(site).origin);
    await page.goto(hostPageOfColumns(`${slug}-fit.html`, code, WIDTHS), { waitUntil: "load" });
    for (const width of WIDTHS) {
      // Let the figure settle (lazy content, fonts), then compare.
      const frame = await fittedFrame(page, `#column-${width}`);
      const content = await contentHeight(frame);
      expect(content, `${width} px`).toBeGreaterThan(100);
      // The code's first height is near the real one in a typical column, so the page barely shifts.
      if (width === 600)
        expect(Math.abs(content - figure.height) / content, `initial ${figure.height} px vs ${content} px`).toBeLessThan(0.25);
    }
    // Only the host's own origin and the site are contacted.
    const foreign = problems.foreignRequests.filter((u) => !u.startsWith(new URL(hostUrl).origin));
    expect(foreign).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it("ignores messages it must not trust", async () => {
    const context = await browser().newContext({ viewport: { width: 640, height: 900 } });
    const page = await context.newPage();
    await page.goto(hostPage(`${slug}-bad.html`, code, 600), { waitUntil: "load" });
    const frame = await fittedFrame(page);
    const settled = await iframeHeight(page);

    const good = { sentinel: "amp", type: "embed-size", height: 333 };
    const attempts: [string, () => Promise<unknown>][] = [
      ["wrong origin (the host page itself)", () => page.evaluate((m) => window.postMessage(m, "*"), good)],
      [
        "wrong origin (a frame of another site)",
        () => page.frame({ url: /index\.html$/ })!.evaluate((m) => parent.postMessage(m, "*"), good),
      ],
      [
        "wrong source (a window of our origin that is not one of the page's iframes)",
        async () => {
          const [popup] = await Promise.all([page.waitForEvent("popup"), page.evaluate((url) => window.open(url), `${site}${path}`)]);
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
    // Record every height the host applies: the embed may re-report its own height right after.
    await page.evaluate(() => {
      const iframe = document.querySelector<HTMLIFrameElement>("#column iframe")!;
      const applied: string[] = [];
      (window as unknown as { applied: string[] }).applied = applied;
      new MutationObserver(() => applied.push(iframe.style.height)).observe(iframe, { attributeFilter: ["style"] });
    });
    await frame.evaluate((m) => parent.postMessage(m, "*"), good);
    await expect.poll(() => page.evaluate(() => (window as unknown as { applied: string[] }).applied)).toContain("333px");
    await context.close();
  });
});

/** The review's caps (criterion 3): title to source line, per column width. */
const CAPS: Record<number, number> = { 320: 480, 600: 440, 1000: 520 };

/** Inside the frame: title top to source-line bottom, inner scrolling, first data pixel. */
const measureFrame = (frame: Frame) =>
  frame.evaluate(() => {
    const title = document.querySelector(".tc-heading")!.getBoundingClientRect();
    const foot = document.querySelector(".tc-foot")!.getBoundingClientRect();
    const svg = [...document.querySelectorAll<SVGSVGElement>("svg.tc-svg")].find((s) => getComputedStyle(s).display !== "none")!;
    const marks = [...svg.querySelectorAll(".tc-mark > :not(.tc-hit)")].map((m) => m.getBoundingClientRect().top);
    const doc = document.scrollingElement!;
    return {
      titleToSource: foot.bottom - title.top,
      innerScroll: doc.scrollHeight - doc.clientHeight,
      firstData: Math.min(...marks),
      panels: document.querySelectorAll("svg.tc-svg:not([style*='none'])").length,
      link: document.querySelector(".tc-all")?.textContent,
      controls: document.querySelectorAll("[data-controls], input, details:not([hidden])").length,
    };
  });

describe("the compact troop chart embed", () => {
  const chart = embedFigure("chart", "de");
  const code = responsiveCode(embedTarget(chart, site));

  it("stays within the height cap in 320, 390, 600 and 1000 px columns, one panel, a link to everything", async () => {
    const widths = [320, 390, 600, 1000];
    const context = await browser().newContext({ viewport: viewportFor(widths) });
    const page = await context.newPage();
    await page.goto(hostPageOfColumns("cap.html", code, widths), { waitUntil: "load" });
    for (const width of widths) {
      const m = await measureFrame(await fittedFrame(page, `#column-${width}`));
      if (CAPS[width]) expect(m.titleToSource, `title to source line at ${width} px`).toBeLessThanOrEqual(CAPS[width]!);
      if (width === 390) expect(m.firstData, "first data pixel").toBeLessThanOrEqual(160);
      expect(m.innerScroll, `inner scrolling at ${width} px`).toBeLessThanOrEqual(1);
      expect(m.link).toBe("Alle Angaben und Quellen →");
      expect(m.controls, `no slider, filter or folded sections at ${width} px`).toBe(0);
    }
    await context.close();
  });
});

describe("the Einbetten page", () => {
  it("builds the code from the choices, copies it, and previews exactly that code", async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(site).origin });
    const { page, problems } = await watchedPage(context, new URL(site).origin);
    await page.goto(`${site}einbetten/`, { waitUntil: "networkidle" });
    const code = () => page.locator("[data-embed-code]").inputValue();
    // Default: the responsive chart code, for wherever the site really runs.
    expect(await code()).toContain(`<iframe src="${site}embed/chart/"`);
    expect(await code()).toContain(`<script src="${site}embed.js" async></script>`);
    expect(await code()).toContain("<noscript>");
    await expect(page.locator("#embed-preview iframe").getAttribute("src")).resolves.toBe(`${site}embed/chart/`);

    // Map, dark, fixed height: no script at all, and the preview follows.
    await page.getByLabel(tool.map).check();
    await page.getByLabel(tool.themeDark, { exact: true }).check();
    // The code's theme is not the page's: the site's own theme switch keeps its choice.
    await expect(page.locator("#theme-auto").isChecked()).resolves.toBe(true);
    await page.getByLabel(tool.variantFixed).check();
    expect(await code()).toContain(`<iframe src="${site}embed/map/?theme=dark"`);
    expect(await code()).not.toContain("<script");
    await expect(page.locator("#embed-preview iframe").getAttribute("src")).resolves.toBe(`${site}embed/map/?theme=dark`);

    // The image variant for newsletters: a linked PNG that exists.
    await page.getByLabel(tool.variantImage).check();
    expect(await code()).not.toMatch(/<iframe|<script/);
    const src = await page.locator("#embed-preview img").getAttribute("src");
    expect((await page.request.get(src!)).status()).toBe(200);

    // Copy puts exactly the shown code on the clipboard and says so.
    await page.getByRole("button", { name: tool.copy }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code());
    await expect(page.locator("#copy-status").innerText()).resolves.toBe(tool.copied);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    await context.close();
  });

  it("offers the English code too, and the English page starts with it", async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const { page, problems } = await watchedPage(context, new URL(site).origin);
    await page.goto(`${site}einbetten/`, { waitUntil: "networkidle" });
    const code = () => page.locator("[data-embed-code]").inputValue();
    await page.getByLabel(tool.languages.en, { exact: true }).check();
    await page.getByLabel(tool.figures.verluste).check();
    expect(await code()).toContain(`<iframe src="${site}en/embed/losses/"`);
    expect(await code()).toContain(`title="${embedFigure("verluste", "en").title}"`);
    expect(await code()).toContain(`<img src="${site}en/chart/losses.png"`);
    await expect(page.locator('a[data-file="image"][data-id="verluste"]').getAttribute("href")).resolves.toBe(
      `${new URL(site).pathname}en/chart/losses.png`,
    );
    await page.goto(`${site}en/embed/`, { waitUntil: "networkidle" });
    expect(await code()).toContain(`<iframe src="${site}en/embed/chart/"`);
    await page.getByLabel(toolEn.languages.de, { exact: true }).check();
    expect(await code()).toContain(`<iframe src="${site}embed/chart/"`);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it("offers every embed, each with a PNG fallback that exists", async () => {
    for (const [page, lang] of [
      ["einbetten/", "de"],
      ["en/embed/", "en"],
    ] as const) {
      const html = await (await fetch(`${site}${page}`)).text();
      for (const figure of embedFigures(lang)) {
        expect(html).toContain(`value="${figure.id}"`);
        expect(html).toContain(`href="${new URL(site).pathname}${figure.image}"`);
        const png = await fetch(`${site}${figure.image}`);
        expect(png.status, figure.image).toBe(200);
        expect(png.headers.get("content-type")).toContain("image/png");
      }
    }
    expect(embedFigures("de").map((f) => f.path)).toEqual(["embed/chart/", "embed/verluste/", "embed/map/"]);
    expect(embedFigures("en").map((f) => f.path)).toEqual(["en/embed/chart/", "en/embed/losses/", "en/embed/map/"]);
  });

  it("links an oEmbed document in the embed's language from each embed page", async () => {
    for (const figure of allFigures) {
      const res = await fetch(`${site}${figure.path}`);
      const html = await res.text();
      const href = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1];
      expect(href, figure.path).toMatch(new RegExp(`(^|/)${figure.path}oembed\\.json$`));
      const oembed = await (await fetch(`${site}${figure.path}oembed.json`)).json();
      expect(oembed).toMatchObject({ version: "1.0", type: "rich", title: figure.title, height: figure.height });
      expect(oembed.html).toContain("<iframe");
      // oEmbed is read by other sites' servers: absolute URLs on the origin the build was made for.
      expect(oembed.thumbnail_url).toBe(new URL(figure.image, BUILT_FOR).href);
    }
  });
});

describe("in a CMS that only knows one dialect", () => {
  // Minimal parent listeners written after the published host scripts of each protocol: the embed must
  // resize with any of them, even without our own snippet on the page.
  // Several embeds on one page, one per column: each listener resizes the iframe that sent the message
  // (Datawrapper and AMP by its window, Pym by the child id the parent gave it).
  const listeners: Record<string, { src: (width: number) => string; script: string }> = {
    datawrapper: {
      src: () => "embed/chart/",
      script: `window.addEventListener("message",function(a){if(a.data&&void 0!==a.data["datawrapper-height"]){var e=document.querySelectorAll("iframe");for(var t in a.data["datawrapper-height"])for(var r=0;r<e.length;r++)if(e[r].contentWindow===a.source)e[r].style.height=a.data["datawrapper-height"][t]+"px"}});`,
    },
    pym: {
      src: (width) => `embed/chart/?initialWidth=${width}&childId=story-chart-${width}&parentTitle=Host`,
      script: `window.addEventListener("message",function(e){if(typeof e.data!=="string")return;var m=e.data.split("xPYMx");var f=document.querySelector('iframe[data-child-id="'+m[1]+'"]');if(m[0]==="pym"&&f&&m[2]==="height")f.setAttribute("height",m[3]+"px")});`,
    },
    amp: {
      src: () => "embed/map/",
      script: `window.addEventListener("message",function(e){var d=e.data;if(!d||d.sentinel!=="amp"||d.type!=="embed-size")return;var f=document.querySelectorAll("iframe");for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source)f[i].style.height=d.height+"px"});`,
    },
  };

  it.each(Object.keys(listeners))("%s in 320, 600 and 1000 px columns: each iframe takes its content's height", async (dialect) => {
    const { src, script } = listeners[dialect]!;
    // The chart embed everywhere (the caps are the chart's), the map once more under AMP.
    const srcs = dialect === "amp" ? [() => "embed/chart/", src] : [src];
    for (const srcOf of srcs) {
      // Pym sizes its iframe by the height attribute, so its iframe has no CSS height to outrank it.
      const iframe = (width: number) =>
        `<iframe src="${site}${srcOf(width)}" title="figure" data-child-id="story-chart-${width}" ` +
        `${dialect === "pym" ? 'height="300" style="width:100%;border:0"' : 'style="width:100%;border:0;height:300px"'}></iframe>`;
      const isChart = srcOf(0).startsWith("embed/chart/");
      const name = `dialect-${dialect}-${isChart ? "chart" : "map"}.html`;
      const context = await browser().newContext({ viewport: viewportFor(WIDTHS) });
      const page = await context.newPage();
      await page.goto(hostPageOfColumns(name, iframe, WIDTHS, `<script>${script}</script>`), { waitUntil: "load" });
      for (const width of WIDTHS) {
        const column = `#column-${width}`;
        const frame = await fittedFrame(page, column);
        expect(await iframeHeight(page, column), `${dialect} at ${width} px`).toBeGreaterThan(300);
        if (isChart) {
          const m = await measureFrame(frame);
          expect(m.titleToSource, `${dialect} at ${width} px`).toBeLessThanOrEqual(CAPS[width]!);
          expect(m.innerScroll).toBeLessThanOrEqual(1);
        }
      }
      await context.close();
    }
  });
});
