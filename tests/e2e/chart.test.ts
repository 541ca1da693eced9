// The troop chart in a real browser at 320, 390, 768 and 1280 px: nothing lost (every claim of the drawn
// measures exactly once as a mark and as a table row, the CSV download complete), no overlapping or tiny
// text, marks and labels with enough contrast in light and dark, tooltips by pointer and keyboard, the
// actor filter and the "as of" view in the URL, complete without JavaScript, and within the JS budget.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { CHART_MEASURES, VARIANTS } from "../../src/lib/chart/config";
import { contrast } from "../../src/lib/chart/palette";
import { loadDataset } from "../../src/lib/data/load";
import { dictionary } from "../../src/lib/i18n";
import { builtFile, launch, watchedPage } from "./browser";

const site = inject("siteUrl");
const origin = new URL(site).origin;
const dataDir = process.env.DATA_DIR ?? "data";
const data = loadDataset(dataDir);
// What the chart must draw, from the data's own columns: original totals (and figure-less claims) of a
// drawn measure; repeats, additions and subsets stay in the table.
const drawn = data.claims.filter((c) => CHART_MEASURES.includes(c.measure) && !c.repeats && c.basis !== "addition" && c.basis !== "subset");
const WIDTHS = [320, 390, 768, 1280];
const t = dictionary("de").chart;
const budgets = JSON.parse(readFileSync("bench/budgets.json", "utf8")) as { kinds: { chart: { js: number } } };
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function open(width: number, opts: { js?: boolean; scheme?: "light" | "dark"; query?: string } = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    javaScriptEnabled: opts.js ?? true,
    colorScheme: opts.scheme ?? "light",
  });
  const { page, problems } = await watchedPage(context, origin);
  await page.goto(`${site}grafik/${opts.query ?? ""}`);
  (page as Page & { problems?: typeof problems }).problems = problems;
  return page;
}

/** Claim ids of the marks in the SVG variant that is displayed, and how many variants are displayed. */
async function visibleMarks(page: Page): Promise<{ ids: string[]; shownSvgs: number }> {
  return page.evaluate(() => {
    const shown = [...document.querySelectorAll<SVGSVGElement>(".tc svg.tc-svg")].filter((s) => getComputedStyle(s).display !== "none");
    const ids = shown.flatMap((s) => [...s.querySelectorAll<SVGGElement>(".tc-mark")].filter((m) => getComputedStyle(m).display !== "none").map((m) => m.dataset.claimId!));
    return { ids, shownSvgs: shown.length };
  });
}

const rowIds = (page: Page, visibleOnly = false) =>
  page.$$eval(
    ".tc-table tbody tr",
    (rows, only) => rows.filter((r) => !only || !(r as HTMLElement).hidden).map((r) => (r as HTMLElement).dataset.claimId!),
    visibleOnly,
  );

/** Runs in the page: overlapping SVG text, text below 12 px (SVG scaled, and HTML), sideways scrolling. */
const textCheck = () => {
  const svg = [...document.querySelectorAll<SVGSVGElement>(".tc svg.tc-svg")].find((s) => getComputedStyle(s).display !== "none")!;
  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  const texts = [...svg.querySelectorAll<SVGTextElement>("text")].filter((t) => t.getClientRects().length > 0);
  const boxes = texts.map((t) => ({ text: t.textContent, r: t.getBoundingClientRect(), px: parseFloat(getComputedStyle(t).fontSize) * scale }));
  const overlaps: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      const ix = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
      const iy = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
      if (ix > 1 && iy > 1) overlaps.push(`"${a.text}" / "${b.text}"`);
    }),
  );
  const small = boxes.filter((b) => b.px < 12).map((b) => `${b.text}: ${b.px.toFixed(1)}px`);
  // HTML text of the figure (controls, key, table, footer) that is rendered.
  const html = [...document.querySelectorAll<HTMLElement>(".tc *:not(svg *)")]
    .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()) && el.getClientRects().length > 0)
    .filter((el) => parseFloat(getComputedStyle(el).fontSize) < 12)
    .map((el) => `${el.tagName}: ${el.textContent!.trim().slice(0, 30)}`);
  const fig = document.querySelector(".tc")!.getBoundingClientRect();
  const container = document.querySelector<HTMLElement>(".tc-chart")!.clientWidth;
  return { overlaps, small, html, count: boxes.length, overflow: document.documentElement.scrollWidth > window.innerWidth, figWidth: fig.width, variant: svg.dataset.variant, container };
};

/** The page's side padding: the chart's container is the viewport less this (checked below). */
const GUTTER = 32;
/** Viewports just below and at each variant switch of config.ts's VARIANTS, with the container width expected there. */
const SWITCHES = VARIANTS.filter((v) => v.minWidth > 0).flatMap((v) => [v.minWidth - 1, v.minWidth]);
const EDGES = [...SWITCHES.map((c) => c + GUTTER), 1440];

describe.each([...WIDTHS, ...EDGES])("troop chart text at %i px", (width) => {
  it("has no overlapping text and no text below 12 px, in the chart and around it", async () => {
    const page = await open(width);
    const result = await page.evaluate(textCheck);
    expect(result.count).toBeGreaterThan(20);
    expect(result.overlaps, "overlapping SVG text").toEqual([]);
    expect(result.small, "SVG text below 12 px").toEqual([]);
    expect(result.html, "HTML text below 12 px").toEqual([]);
    expect(result.overflow, "page scrolls sideways").toBe(false);
    // At a switch, the container is as wide as assumed, so the edge really is probed.
    if (SWITCHES.includes(width - GUTTER)) expect(result.container, "container width at a variant switch").toBe(width - GUTTER);
    // The variant the container queries chose is the one config.ts assigns to this container width.
    expect(result.variant).toBe([...VARIANTS].reverse().find((v) => result.container >= v.minWidth)!.id);
    await page.context().close();
  });
});

describe.each(WIDTHS)("troop chart at %i px", (width) => {
  it("is complete without JavaScript: every drawn claim once as a mark, every claim once as a table row", async () => {
    const page = await open(width, { js: false });
    const { ids, shownSvgs } = await visibleMarks(page);
    expect(shownSvgs).toBe(1);
    expect([...ids].sort()).toEqual(drawn.map((c) => c.id).sort());
    expect(new Set(ids).size).toBe(ids.length);
    const rows = await rowIds(page);
    expect([...rows].sort()).toEqual(data.claims.map((c) => c.id).sort());
    expect(await page.locator(".tc [data-controls]").isHidden()).toBe(true);
    await page.context().close();
  });

  it("shows who claimed what on hover and on keyboard focus; Escape closes", async () => {
    const page = await open(width);
    const problems = (page as Page & { problems: { consoleErrors: string[] } }).problems;
    // A mark that is on top at its own centre (marks may touch), so a real pointer reaches it.
    const target = await page.evaluate(() => {
      const svg = [...document.querySelectorAll<SVGSVGElement>(".tc svg.tc-svg")].find((s) => getComputedStyle(s).display !== "none")!;
      for (const m of svg.querySelectorAll<SVGGElement>(".tc-mark")) {
        m.scrollIntoView({ block: "center" });
        const r2 = m.querySelector(".tc-o")!.getBoundingClientRect();
        const hit = document.elementFromPoint(r2.left + r2.width / 2, r2.top + r2.height / 2)?.closest(".tc-mark");
        if (hit === m) return { id: m.dataset.claimId!, x: r2.left + r2.width / 2, y: r2.top + r2.height / 2 };
      }
      return undefined;
    });
    expect(target).toBeDefined();
    await page.mouse.move(target!.x, target!.y);
    const tip = page.locator(".tc [data-tip]");
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.getAttribute("data-claim-id")).toBe(target!.id);
    const claim = data.claims.find((c) => c.id === target!.id)!;
    const tipText = await tip.innerText();
    expect(tipText).toContain(claim.evidence);
    expect(await tip.locator("a").count()).toBe(1);
    await page.keyboard.press("Escape");
    await expect.poll(() => tip.isVisible()).toBe(false);

    // Keyboard: one tab stop for the chart, arrow keys walk the marks in order.
    await page.mouse.move(0, 0);
    const first = page.locator('.tc svg.tc-svg:visible .tc-mark[tabindex="0"]');
    expect(await first.count()).toBe(1);
    const firstId = await first.getAttribute("data-claim-id");
    await first.focus();
    await expect.poll(() => tip.getAttribute("data-claim-id")).toBe(firstId);
    await page.keyboard.press("ArrowRight");
    const second = await page.evaluate(() => (document.activeElement as SVGGElement).dataset.claimId);
    expect(second).not.toBe(firstId);
    // The roving tab stop follows focus.
    expect(await first.getAttribute("data-claim-id")).toBe(second);
    expect(await tip.getAttribute("data-claim-id")).toBe(second);
    expect(await page.evaluate(() => document.activeElement!.getAttribute("aria-label"))).toMatch(/\d{2}\.\d{2}\.\d{4}/);
    expect(await tip.isVisible()).toBe(true);
    await page.keyboard.press("Escape");
    expect(await tip.isVisible()).toBe(false);
    expect(await page.evaluate(() => (document.activeElement as SVGGElement).dataset.claimId)).toBe(second);
    expect(problems.consoleErrors).toEqual([]);
    await page.context().close();
  });
});

describe("troop chart tooltip", () => {
  /** The first mark's accessible name and tooltip text, optionally with the table's columns reversed before the script runs. */
  async function firstTip(reverseColumns: boolean) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    if (reverseColumns) {
      // readyState "interactive" comes after parsing and before module scripts run: the client sees the reordered table.
      await context.addInitScript(() =>
        document.addEventListener("readystatechange", () => {
          if (document.readyState !== "interactive") return;
          for (const row of document.querySelectorAll(".tc-table tr")) row.replaceChildren(...[...row.children].reverse());
        }),
      );
    }
    const page = await context.newPage();
    await page.goto(`${site}grafik/`);
    const first = page.locator('.tc svg.tc-svg:visible .tc-mark[tabindex="0"]');
    await first.focus();
    const tip = page.locator(".tc [data-tip]");
    await expect.poll(() => tip.isVisible()).toBe(true);
    const fields = await page.$$eval(".tc-table thead th", (ths) => ths.map((th) => (th as HTMLElement).dataset.field));
    const result = { id: await first.getAttribute("data-claim-id"), label: await first.getAttribute("aria-label"), tip: await tip.innerText(), fields };
    await context.close();
    return result;
  }

  it("reads the table's cells by field name, not by position: reordered columns give the same tooltip", async () => {
    const normal = await firstTip(false);
    const reversed = await firstTip(true);
    expect(reversed.fields).toEqual([...normal.fields].reverse());
    expect(normal.fields).toEqual(["date", "who", "figure", "measure", "status", "evidence", "source", "panel"]);
    expect(reversed.id).toBe(normal.id);
    expect(reversed.label).toBe(normal.label);
    expect(reversed.tip).toBe(normal.tip);
    // And the tooltip says what the data says about that claim.
    const claim = data.claims.find((c) => c.id === normal.id)!;
    const source = data.sources.find((s) => s.id === claim.source)!;
    expect(normal.tip).toContain(claim.evidence);
    expect(normal.tip).toContain(source.outlet);
    expect(normal.tip).toContain(`${t.table.evidence}: `);
    expect(normal.tip).toContain(`${t.table.source}: `);
  });
});

describe("troop chart views", () => {
  it("shows only what was known on the date in ?stand=, in the chart and the table, and keeps it in the URL", async () => {
    const stand = "2024-10-24";
    const page = await open(390, { query: `?stand=${stand}` });
    const known = drawn.filter((c) => c.claim_date <= stand).map((c) => c.id).sort();
    expect(known.length).toBeGreaterThan(0);
    expect(known.length).toBeLessThan(drawn.length);
    expect((await visibleMarks(page)).ids.sort()).toEqual(known);
    expect((await rowIds(page, true)).sort()).toEqual(data.claims.filter((c) => c.claim_date <= stand).map((c) => c.id).sort());
    expect(await page.locator(".tc output").innerText()).toBe("24.10.2024");
    // Moving the slider to the end shows everything again and drops the parameter.
    await page.locator(".tc input[type=range]").focus();
    await page.keyboard.press("End");
    expect((await visibleMarks(page)).ids.length).toBe(drawn.length);
    expect(new URL(page.url()).search).toBe("");
    await page.keyboard.press("Home");
    expect(new URL(page.url()).searchParams.get("stand")).toBe([...data.claims].map((c) => c.claim_date).sort()[0]);
    await page.context().close();
  });

  it("filters by actor and keeps the filter in the URL", async () => {
    const page = await open(1280);
    const actor = drawn[0]!.actor;
    await page.locator(".tc-filter summary").click();
    await page.locator(`.tc [data-actor-toggle][value="${actor}"]`).uncheck();
    const ids = (await visibleMarks(page)).ids;
    expect(ids.sort()).toEqual(drawn.filter((c) => c.actor !== actor).map((c) => c.id).sort());
    expect(await rowIds(page, true)).not.toContain(drawn[0]!.id);
    expect(new URL(page.url()).searchParams.get("ohne")).toBe(actor);
    expect(await page.locator(".tc [data-status]").innerText()).toContain(t.controls.visible.replace("{n}", String(ids.length)).replace("{total}", String(drawn.length)));
    // The link reproduces the view.
    const again = await open(1280, { query: new URL(page.url()).search });
    expect((await visibleMarks(again)).ids.sort()).toEqual(ids.sort());
    await again.context().close();
    await page.context().close();
  });

  for (const scheme of ["light", "dark"] as const) {
    it(`gives marks 3:1 and labels 4.5:1 against the chart background in ${scheme} mode`, async () => {
      const page = await open(768, { scheme });
      const colours = await page.evaluate(() => {
        const hex = (c: string) => {
          const m = c.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((v) => Math.round(Number(v)).toString(16).padStart(2, "0"));
          return `#${m.join("")}`;
        };
        const fig = document.querySelector(".tc")!;
        const bg = hex(getComputedStyle(fig).backgroundColor);
        const svg = [...document.querySelectorAll<SVGSVGElement>(".tc svg.tc-svg")].find((s) => getComputedStyle(s).display !== "none")!;
        const marks = [...svg.querySelectorAll(".tc-o")].map((e) => hex(getComputedStyle(e).stroke));
        const labels = [...svg.querySelectorAll(".tc-label text, .tc-tick, .tc-evt, .tc-title")].map((e) => hex(getComputedStyle(e).fill));
        const lines = [...svg.querySelectorAll(".tc-base, .tc-ev-line")].map((e) => hex(getComputedStyle(e).stroke));
        return { bg, marks: [...new Set(marks)], labels: [...new Set(labels)], lines: [...new Set(lines)] };
      });
      expect(colours.bg).toBe(scheme === "light" ? "#ffffff" : "#15171a");
      expect(colours.marks.length).toBeGreaterThan(1);
      for (const c of colours.marks) expect(contrast(c, colours.bg), `mark ${c}`).toBeGreaterThanOrEqual(3);
      for (const c of colours.lines) expect(contrast(c, colours.bg), `line ${c}`).toBeGreaterThanOrEqual(3);
      for (const c of colours.labels) expect(contrast(c, colours.bg), `text ${c}`).toBeGreaterThanOrEqual(4.5);
      await page.context().close();
    });
  }

  it("offers downloads through the base path, and the CSV has every row of data/claims.csv", async () => {
    const page = await open(390);
    const links = await page.$$eval(".tc [data-download]", (as) => as.map((a) => [(a as HTMLElement).dataset.download!, (a as HTMLAnchorElement).href]));
    expect(links.map(([k]) => k)).toEqual(["csv", "json", "svg", "png"]);
    const fetched = await page.evaluate(async (urls) => Promise.all(urls.map(async (u) => {
      const r = await fetch(u);
      return { status: r.status, type: r.headers.get("content-type") ?? "", text: u.endsWith(".png") ? "" : await r.text() };
    })), links.map(([, u]) => u!));
    for (const f of fetched) expect(f.status).toBe(200);
    const csvLines = readFileSync(join(dataDir, "claims.csv"), "utf8").trim().split(/\r?\n/);
    const served = new Set(fetched[0]!.text.trim().split(/\r?\n/));
    for (const line of csvLines) expect(served.has(line), line).toBe(true);
    expect(JSON.parse(fetched[1]!.text).claims.map((c: { id: string }) => c.id)).toEqual(data.claims.map((c) => c.id));
    expect(fetched[2]!.text).toContain("<svg");
    expect(fetched[3]!.type).toContain("image/png");
    await page.context().close();
  });

  it("renders the same on a bare page with only its own CSS, as on an embed page", async () => {
    const fingerprint = () => {
      const fig = document.querySelector<HTMLElement>(".tc")!;
      const f = fig.getBoundingClientRect();
      const svg = [...fig.querySelectorAll<SVGSVGElement>("svg.tc-svg")].find((s) => getComputedStyle(s).display !== "none")!;
      const top = svg.getBoundingClientRect().top;
      const marks = [...svg.querySelectorAll<SVGGElement>(".tc-mark")].map((m) => {
        const r = m.getBoundingClientRect();
        return `${m.dataset.claimId}@${Math.round(r.left - f.left)},${Math.round(r.top - top)}`;
      });
      const h = getComputedStyle(fig.querySelector(".tc-heading")!);
      const tick = getComputedStyle(svg.querySelector(".tc-tick")!);
      return {
        variant: svg.dataset.variant,
        width: Math.round(f.width),
        svgHeight: Math.round(svg.getBoundingClientRect().height),
        marks,
        heading: [h.fontSize, h.fontFamily, h.fontWeight, h.marginTop],
        text: [tick.fontFamily, tick.fill, getComputedStyle(fig).backgroundColor, getComputedStyle(fig).color],
        table: getComputedStyle(fig.querySelector("table")!).borderCollapse,
      };
    };
    for (const scheme of ["light", "dark"] as const) {
      const page = await open(390, { js: false, scheme });
      const onSite = await page.evaluate(fingerprint);
      const figure = await page.locator(".tc").evaluate((el) => el.outerHTML);
      const css = readFileSync("src/components/chart/troop-chart.css", "utf8");
      const bare = await (await browser.newContext({ viewport: { width: 390, height: 900 }, javaScriptEnabled: false, colorScheme: scheme })).newPage();
      await bare.setContent(`<!doctype html><html lang="de"><head><meta name="viewport" content="width=device-width, initial-scale=1"><style>body{margin:0;padding:0 16px}</style><style>${css}</style></head><body>${figure}</body></html>`);
      expect(await bare.evaluate(fingerprint), scheme).toEqual(onSite);
      await bare.context().close();
      await page.context().close();
    }
  });

  it("ships no more gzipped JavaScript on the chart page than bench/budgets.json allows", () => {
    const html = builtFile("grafik/index.html");
    const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
    const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join("");
    const bytes = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join("dist", src.replace(/^\//, "")))).length, 0) + gzipSync(inline).length;
    expect(scripts.length + (inline ? 1 : 0)).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(budgets.kinds.chart.js);
  });
});
