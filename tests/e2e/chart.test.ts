// The figures in a real browser at 320, 390, 600 and 1,000 px, against the review's acceptance criteria
// (research/review-figures-2026-12.md §4): few key entries and channels, no glyph with two meanings, the plot
// near the title on a phone, text ≥ 12 px, 4–6 direct annotations with short leaders, counts that agree, every
// row once, contrast, touch targets, complete without JavaScript; and the interaction: tooltips by pointer and
// keyboard, the source filter and the "as of" view in the URL, downloads, the JS budget.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { GLYPHS, VARIANTS } from "../../src/lib/chart/config";
import { chartModel } from "../../src/lib/chart/model";
import { contrast } from "../../src/lib/chart/palette";
import { loadDataset } from "../../src/build/dataset";
import { builtFile, pagePool, useBrowser, watch } from "./browser";
import { DATA_DIR } from "../../src/build/data-dir";

const site = inject("siteUrl");
const origin = new URL(site).origin;
const dataDir = DATA_DIR;
const data = loadDataset(dataDir);
const model = chartModel(data, "de");
const troopIds = model.items.filter((i) => ["main", "front", "planned", "lane"].includes(i.place)).map((i) => i.claim.id);
const lossIds = model.items.filter((i) => ["killed", "casualties", "wounded"].includes(i.place)).map((i) => i.claim.id);
const mainIds = model.items.filter((i) => i.place === "main").map((i) => i.claim.id);
const WIDTHS = [320, 390, 600, 1000];
const T = "#truppen-grafik";
const L = "#verlust-grafik";

const browser = useBrowser();

/** Pages for the tests to take turns with, one context each: with JavaScript, and without. */
const pools = {
  js: pagePool(async () => (await browser().newContext({ javaScriptEnabled: true })).newPage()),
  noJs: pagePool(async () => (await browser().newContext({ javaScriptEnabled: false })).newPage()),
};
/** What `done` needs of an open page: where it goes back, and how to stop watching it. */
const opened = new WeakMap<Page, { pool: (typeof pools)["js"]; stop: () => void }>();

/** The chart page at `width` (a page of the pool, set to the width and scheme, watched for problems). */
async function open(width: number, opts: { js?: boolean; scheme?: "light" | "dark"; query?: string; height?: number } = {}): Promise<Page> {
  const pool = pools[opts.js === false ? "noJs" : "js"];
  const page = await pool.borrow();
  await page.setViewportSize({ width, height: opts.height ?? 900 });
  await page.emulateMedia({ colorScheme: opts.scheme ?? "light" });
  const { problems, stop } = watch(page, origin);
  opened.set(page, { pool, stop });
  await page.goto(`${site}grafik/${opts.query ?? ""}`);
  (page as Page & { problems?: typeof problems }).problems = problems;
  return page;
}

/** Gives a page back when its test has passed; the pointer leaves the figures, so the next page opens without a hover. */
async function done(page: Page): Promise<void> {
  const { pool, stop } = opened.get(page)!;
  stop();
  await page.mouse.move(0, 0);
  pool.giveBack(page);
}

/** Claim ids of the marks in the displayed SVGs of a figure (summary marks of the dot plot left out). */
async function visibleMarks(page: Page, fig = T): Promise<{ ids: string[]; shownSvgs: number }> {
  return page.evaluate((sel) => {
    const shown = [...document.querySelectorAll<SVGSVGElement>(`${sel} svg.tc-svg`)].filter((s) => getComputedStyle(s).display !== "none");
    const ids = shown.flatMap((s) =>
      [...s.querySelectorAll<SVGGElement>(".tc-mark:not([data-summary])")]
        .filter((m) => getComputedStyle(m).display !== "none")
        .map((m) => m.dataset.claimId!),
    );
    return { ids, shownSvgs: shown.length };
  }, fig);
}

const rowIds = (page: Page, visibleOnly = false, fig = T) =>
  page.$$eval(
    `${fig} .tc-table tbody tr`,
    (rows, only) => rows.filter((r) => !only || !(r as HTMLElement).hidden).map((r) => (r as HTMLElement).dataset.claimId!),
    visibleOnly,
  );

/** Runs in the page: the review's measurable criteria for the troop chart's displayed default view. */
const measure = (glyphs: string[]) => {
  const fig = document.querySelector<HTMLElement>("#truppen-grafik")!;
  const main = [...fig.querySelectorAll<SVGSVGElement>("svg.tc-main")].find((s) => getComputedStyle(s).display !== "none")!;
  const svgs = [...document.querySelectorAll<SVGSVGElement>("svg.tc-svg")].filter(
    (s) => getComputedStyle(s).display !== "none" && s.getClientRects().length,
  );
  const title = fig.querySelector(".tc-heading")!.getBoundingClientRect();
  const markRects = [...main.querySelectorAll<SVGGElement>(".tc-mark")].map((m) =>
    m.querySelector(":scope > :not(.tc-hit)")!.getBoundingClientRect(),
  );
  const axis = main.querySelector(".tc-base")!.getBoundingClientRect();
  // Text of every displayed SVG and of the figures' HTML.
  const small: string[] = [];
  for (const svg of svgs) {
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    for (const t of svg.querySelectorAll<SVGTextElement>("text")) {
      const px = parseFloat(getComputedStyle(t).fontSize) * scale;
      if (t.getClientRects().length && px < 12) small.push(`${t.textContent}: ${px.toFixed(1)}px`);
    }
  }
  const html = [...document.querySelectorAll<HTMLElement>(".tc *:not(svg *)")]
    .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()) && el.getClientRects().length > 0)
    .filter((el) => parseFloat(getComputedStyle(el).fontSize) < (el.closest(".tc-foot") ? 11 : 12))
    .map((el) => `${el.tagName}: ${el.textContent!.trim().slice(0, 30)}`);
  // Overlaps among the default view's texts, and of annotation text with marks.
  // A text's box is its em square (the font size, centred on the glyph box), not the font's ascent-plus-descent
  // box: Source Sans 3's is 1.42 em tall, so lines set at a normal 1.3 line height would "overlap" by their
  // internal leading while their ink is apart.
  const emBox = (t: SVGTextElement) => {
    const r = t.getBoundingClientRect();
    const em = r.height / 1.424;
    return new DOMRect(r.x, r.y + (r.height - em) / 2, r.width, em);
  };
  const texts = [...main.querySelectorAll<SVGTextElement>("text")]
    .filter((t) => t.getClientRects().length)
    .map((t) => ({ s: t.textContent, r: emBox(t), ann: !!t.closest(".tc-ann") }));
  const overlaps: string[] = [];
  const hit = (a: DOMRect, b: DOMRect) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
  texts.forEach((a, i) => texts.slice(i + 1).forEach((b) => hit(a.r, b.r) && overlaps.push(`"${a.s}" / "${b.s}"`)));
  for (const t of texts.filter((x) => x.ann)) for (const m of markRects) if (hit(t.r, m)) overlaps.push(`"${t.s}" over a mark`);
  const leaders = [...main.querySelectorAll(".tc-ann-line")].map((l) => {
    const r = l.getBoundingClientRect();
    return Math.hypot(r.width, r.height);
  });
  const glyphClasses = [
    ...new Set([...main.querySelectorAll(".tc-mark *")].map((e) => e.getAttribute("class")!).filter((c) => c && c !== "tc-hit")),
  ];
  const targets = svgs
    .flatMap((s) => [...s.querySelectorAll(".tc-mark .tc-hit")].map((h) => h.getBoundingClientRect()))
    .filter((r) => r.width < 24 || r.height < 24).length;
  return {
    keyEntries: fig.querySelectorAll(".tc-key li").length,
    markClasses: [
      ...new Set([...main.querySelectorAll(".tc-mark")].map((m) => m.getAttribute("class")!.replace(/ is-active| tc-off/g, ""))),
    ],
    laneInMain: main.querySelectorAll(".tc-nf").length,
    unknownGlyphs: glyphClasses.filter((c) => !glyphs.includes(c)),
    annotations: main.querySelectorAll(".tc-ann").length,
    leaders,
    firstMarkBelowTitle: Math.min(...markRects.map((r) => r.top)) - title.bottom,
    titleToAxis: axis.bottom - title.top,
    small,
    html,
    overlaps,
    smallTargets: targets,
    overflow: document.documentElement.scrollWidth > window.innerWidth,
    variant: main.dataset.variant,
    container: fig.querySelector<HTMLElement>(".tc-chart")!.clientWidth,
  };
};

describe.each(WIDTHS)("the figures at %i px", (width) => {
  it("meet the review's criteria 1, 2, 4, 5, 6 and 10", async () => {
    const page = await open(width, { height: 844 });
    const r = await page.evaluate(measure, Object.keys(GLYPHS));
    expect(r.keyEntries, "key entries").toBeLessThanOrEqual(6);
    // Four channels: position (x, y), hue (the group class) and the precision glyph; nothing else varies.
    for (const c of r.markClasses) expect(c).toMatch(/^tc-mark g-(kr|ua|us|west|rk|media)$/);
    expect(r.unknownGlyphs, "glyph classes outside the class → meaning table").toEqual([]);
    expect(r.laneInMain, "no-figure marks in the numeric default view").toBe(0);
    expect(r.annotations).toBeGreaterThanOrEqual(4);
    expect(r.annotations).toBeLessThanOrEqual(6);
    for (const l of r.leaders) expect(l, "leader line").toBeLessThanOrEqual(40);
    expect(r.overlaps, "overlapping text").toEqual([]);
    expect(r.small, "SVG text below 12 px").toEqual([]);
    expect(r.html, "HTML text below 12 px (source line 11 px)").toEqual([]);
    expect(r.smallTargets, "marks with a touch target below 24 × 24 px").toBe(0);
    expect(r.overflow, "page scrolls sideways").toBe(false);
    expect(r.variant).toBe([...VARIANTS].reverse().find((v) => r.container >= v.minWidth)!.id);
    if (width === 390) {
      expect(r.firstMarkBelowTitle, "first data mark below the title").toBeLessThanOrEqual(200);
      expect(r.titleToAxis, "title to x axis").toBeLessThanOrEqual(700);
    }
    await done(page);
  });

  it("is complete without JavaScript: every drawn claim once, every CSV row once in the table (criterion 8)", async () => {
    const page = await open(width, { js: false });
    // The losses timeline is behind its toggle; open it as a reader would.
    await page.locator(`${L} .tc-verlauf summary`).click();
    const troops = await visibleMarks(page, T);
    const losses = await visibleMarks(page, L);
    expect(troops.shownSvgs).toBe(2);
    expect([...troops.ids].sort()).toEqual([...troopIds].sort());
    expect([...losses.ids].sort()).toEqual([...lossIds].sort());
    const drawn = new Set([...troops.ids, ...losses.ids]);
    const tableOnly = model.tableOnly.map((t) => t.claim.id);
    expect([...drawn, ...tableOnly].sort()).toEqual(data.claims.map((c) => c.id).sort());
    expect([...(await rowIds(page))].sort()).toEqual(data.claims.map((c) => c.id).sort());
    expect(await page.locator(`${T} [data-controls]`).isHidden()).toBe(true);
    await done(page);
  });

  it("shows who claimed what on hover and on keyboard focus; Escape closes", async () => {
    const page = await open(width);
    const problems = (page as Page & { problems: { consoleErrors: string[] } }).problems;
    // A mark that is on top at its own centre (marks may touch), so a real pointer reaches it.
    const target = await page.evaluate(() => {
      const svg = [...document.querySelectorAll<SVGSVGElement>("#truppen-grafik svg.tc-main")].find(
        (s) => getComputedStyle(s).display !== "none",
      )!;
      for (const m of svg.querySelectorAll<SVGGElement>(".tc-mark")) {
        m.scrollIntoView({ block: "center" });
        const r2 = m.querySelector(".tc-dot, .tc-range")!.getBoundingClientRect();
        const hit = document.elementFromPoint(r2.left + r2.width / 2, r2.top + r2.height / 2)?.closest(".tc-mark");
        if (hit === m) return { id: m.dataset.claimId!, x: r2.left + r2.width / 2, y: r2.top + r2.height / 2 };
      }
      return undefined;
    });
    expect(target).toBeDefined();
    await page.mouse.move(target!.x, target!.y);
    const tip = page.locator(`${T} [data-tip]`);
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.getAttribute("data-claim-id")).toBe(target!.id);
    const claim = data.claims.find((c) => c.id === target!.id)!;
    const tipText = await tip.innerText();
    // Status, quote and document are in the tooltip, read from the table by field name.
    expect(tipText).toContain(claim.evidence);
    expect(tipText).toMatch(/Behauptung|bestätigt|eingeräumt/);
    expect(await tip.locator("a").count()).toBe(1);
    await page.keyboard.press("Escape");
    await expect.poll(() => tip.isVisible()).toBe(false);

    // Keyboard: one tab stop per chart, arrow keys walk the marks in order.
    await page.mouse.move(0, 0);
    const first = page.locator(`${T} svg.tc-main:visible .tc-mark[tabindex="0"]`);
    expect(await first.count()).toBe(1);
    const firstId = await first.getAttribute("data-claim-id");
    await first.focus();
    await expect.poll(() => tip.getAttribute("data-claim-id")).toBe(firstId);
    // The keyboard hint shows while the chart has focus.
    expect(await page.locator(`${T} .tc-hint`).evaluate((e) => e.getBoundingClientRect().width)).toBeGreaterThan(10);
    await page.keyboard.press("ArrowRight");
    const second = await page.evaluate(() => (document.activeElement as SVGGElement).dataset.claimId);
    expect(second).not.toBe(firstId);
    expect(await first.getAttribute("data-claim-id")).toBe(second);
    expect(await tip.getAttribute("data-claim-id")).toBe(second);
    expect(await page.evaluate(() => document.activeElement!.getAttribute("aria-label"))).toMatch(/\d{2}\.\d{2}\.\d{4}/);
    await page.keyboard.press("Escape");
    expect(await tip.isVisible()).toBe(false);
    expect(await page.evaluate(() => (document.activeElement as SVGGElement).dataset.claimId)).toBe(second);
    // The losses figure has its own tooltips, from its own table.
    const lossMark = page.locator(`${L} svg.tc-dots:visible .tc-mark[tabindex="0"]`);
    await lossMark.focus();
    await expect
      .poll(() => page.locator(`${L} [data-tip]`).getAttribute("data-claim-id"))
      .toBe(await lossMark.getAttribute("data-claim-id"));
    expect(problems.consoleErrors).toEqual([]);
    await done(page);
  });
});

describe("troop chart tooltip", () => {
  /** The first mark's accessible name and tooltip text, optionally with the table's columns reversed before the script runs. */
  async function firstTip(reverseColumns: boolean) {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    if (reverseColumns) {
      // readyState "interactive" comes after parsing and before module scripts run: the client sees the reordered table.
      await context.addInitScript(() =>
        document.addEventListener("readystatechange", () => {
          if (document.readyState !== "interactive") return;
          for (const row of document.querySelectorAll("#truppen-grafik .tc-table tr")) row.replaceChildren(...[...row.children].reverse());
        }),
      );
    }
    const page = await context.newPage();
    await page.goto(`${site}grafik/`);
    const first = page.locator(`${T} svg.tc-main:visible .tc-mark[tabindex="0"]`);
    await first.focus();
    const tip = page.locator(`${T} [data-tip]`);
    await expect.poll(() => tip.isVisible()).toBe(true);
    const fields = await page.$$eval("#truppen-grafik .tc-table thead th", (ths) => ths.map((th) => (th as HTMLElement).dataset.field));
    const result = {
      id: await first.getAttribute("data-claim-id"),
      label: await first.getAttribute("aria-label"),
      tip: await tip.innerText(),
      fields,
    };
    await context.close();
    return result;
  }

  it("reads the table's cells by field name, not by position: reordered columns give the same tooltip", async () => {
    const normal = await firstTip(false);
    const reversed = await firstTip(true);
    expect(normal.fields.length).toBeGreaterThan(4);
    expect(reversed.fields).toEqual([...normal.fields].reverse());
    expect(reversed.id).toBe(normal.id);
    expect(reversed.label).toBe(normal.label);
    expect(reversed.tip).toBe(normal.tip);
    const claim = data.claims.find((c) => c.id === normal.id)!;
    expect(normal.tip).toContain(claim.evidence);
  });
});

describe("troop chart views", () => {
  it("folds the controls below the chart on a phone, and keeps ?stand= working", async () => {
    const stand = "2024-10-24";
    const page = await open(390, { query: `?stand=${stand}` });
    const controls = page.locator(`${T} [data-controls]`);
    // A link with a view opens them; below the chart, after the SVGs.
    expect(await controls.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(
      await page.evaluate(() => {
        const c = document.querySelector("#truppen-grafik [data-controls]")!.getBoundingClientRect();
        const s = document.querySelector("#truppen-grafik svg.tc-main:not([style*='none'])")!.getBoundingClientRect();
        return c.top > s.bottom;
      }),
    ).toBe(true);
    const known = troopIds.filter((id) => data.claims.find((c) => c.id === id)!.claim_date <= stand).sort();
    expect(known.length).toBeGreaterThan(0);
    expect(known.length).toBeLessThan(troopIds.length);
    expect((await visibleMarks(page)).ids.sort()).toEqual(known);
    expect((await rowIds(page, true)).sort()).toEqual(
      data.claims
        .filter((c) => c.claim_date <= stand)
        .map((c) => c.id)
        .sort(),
    );
    expect(await page.locator(`${T} output`).innerText()).toBe("24.10.2024");
    await page.locator(`${T} input[type=range]`).focus();
    await page.keyboard.press("End");
    expect((await visibleMarks(page)).ids.length).toBe(troopIds.length);
    expect(new URL(page.url()).search).toBe("");
    await page.keyboard.press("Home");
    expect(new URL(page.url()).searchParams.get("stand")).toBe([...data.claims].map((c) => c.claim_date).sort()[0]);
    await done(page);
    // Without a view in the link, the controls start folded on a phone.
    const plain = await open(390);
    expect(await plain.locator(`${T} [data-controls]`).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await done(plain);
  });

  it("filters by source and keeps the filter in the URL; the caption's total is the table's (criterion 7)", async () => {
    const page = await open(1000);
    const actor = data.claims.find((c) => mainIds.includes(c.id))!.actor;
    await page.locator(`${T} [data-actor-toggle][value="${actor}"]`).uncheck();
    const ids = (await visibleMarks(page)).ids;
    expect(ids.sort()).toEqual(troopIds.filter((id) => data.claims.find((c) => c.id === id)!.actor !== actor).sort());
    expect(new URL(page.url()).searchParams.get("ohne")).toBe(actor);
    const rows = await rowIds(page, true);
    expect(await page.locator(`${T} [data-status]`).innerText()).toBe(`${rows.length} von ${data.claims.length} Angaben sichtbar`);
    const caption = await page.locator(`${T} .tc-chart .tc-note`).last().innerText();
    expect(caption).toMatch(new RegExp(`^${data.claims.length} Angaben: `));
    const sources = await (await fetch(`${site}quellen/`)).text();
    expect(sources).toContain(String(data.claims.length));
    const again = await open(1000, { query: new URL(page.url()).search });
    expect((await visibleMarks(again)).ids.sort()).toEqual(ids.sort());
    await done(again);
    await done(page);
  });

  for (const scheme of ["light", "dark"] as const) {
    it(`gives marks 3:1 and text 4.5:1 against the chart background in ${scheme} mode (criterion 9)`, async () => {
      const page = await open(600, { scheme });
      const colours = await page.evaluate(() => {
        const hex = (c: string) =>
          `#${c
            .match(/\d+(\.\d+)?/g)!
            .slice(0, 3)
            .map((v) => Math.round(Number(v)).toString(16).padStart(2, "0"))
            .join("")}`;
        const fig = document.querySelector("#truppen-grafik")!;
        const bg = hex(getComputedStyle(fig).backgroundColor);
        const svgs = [...document.querySelectorAll<SVGSVGElement>(".tc svg.tc-svg")].filter((s) => getComputedStyle(s).display !== "none");
        const all = (sel: string) => svgs.flatMap((s) => [...s.querySelectorAll(sel)]);
        const marks = [
          ...all(".tc-dot").map((e) => hex(getComputedStyle(e).fill)),
          ...all(".tc-range, .tc-nf").map((e) => hex(getComputedStyle(e).stroke)),
        ];
        const texts = all(".tc-ann text, .tc-tick, .tc-evt, .tc-ptitle, .tc-row-name").map((e) => hex(getComputedStyle(e).fill));
        const words = [...document.querySelectorAll(".tc-w")].map((e) => hex(getComputedStyle(e).color));
        return { bg, marks: [...new Set(marks)], texts: [...new Set([...texts, ...words])] };
      });
      expect(colours.bg).toBe(scheme === "light" ? "#ffffff" : "#15171a");
      expect(colours.marks.length).toBeGreaterThan(3);
      for (const c of colours.marks) expect(contrast(c, colours.bg), `mark ${c}`).toBeGreaterThanOrEqual(3);
      for (const c of colours.texts) expect(contrast(c, colours.bg), `text ${c}`).toBeGreaterThanOrEqual(4.5);
      await done(page);
    });
  }

  it("offers downloads through the base path, and the CSV has every row of data/claims.csv", async () => {
    const page = await open(390);
    const links = await page.$$eval(`${T} [data-download], ${L} [data-download]`, (as) =>
      as.map((a) => [(a as HTMLElement).dataset.download!, (a as HTMLAnchorElement).href]),
    );
    expect(links.map(([k]) => k)).toEqual(["csv", "json", "svg", "png", "csv", "svg", "png"]);
    const fetched = await page.evaluate(
      async (urls) =>
        Promise.all(
          urls.map(async (u) => {
            const r = await fetch(u);
            return { status: r.status, type: r.headers.get("content-type") ?? "", text: u.endsWith(".png") ? "" : await r.text() };
          }),
        ),
      links.map(([, u]) => u!),
    );
    for (const f of fetched) expect(f.status).toBe(200);
    const csvLines = readFileSync(join(dataDir, "claims.csv"), "utf8").trim().split(/\r?\n/);
    const served = new Set(fetched[0]!.text.trim().split(/\r?\n/));
    for (const line of csvLines) expect(served.has(line), line).toBe(true);
    expect(JSON.parse(fetched[1]!.text).claims.map((c: { id: string }) => c.id)).toEqual(data.claims.map((c) => c.id));
    expect(fetched[2]!.text).toContain("<svg");
    expect(fetched[3]!.type).toContain("image/png");
    expect(fetched[5]!.text).toContain("<svg");
    expect(fetched[6]!.type).toContain("image/png");
    await done(page);
  });

  it("renders the same on a bare page with only its own CSS, as on an embed page", async () => {
    const fingerprint = () => {
      const fig = document.querySelector<HTMLElement>("#truppen-grafik")!;
      const f = fig.getBoundingClientRect();
      const svg = [...fig.querySelectorAll<SVGSVGElement>("svg.tc-main")].find((s) => getComputedStyle(s).display !== "none")!;
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
        heading: [h.fontSize, h.fontWeight],
        text: [tick.fill, getComputedStyle(fig).backgroundColor, getComputedStyle(fig).color],
        table: getComputedStyle(fig.querySelector("table")!).borderCollapse,
      };
    };
    for (const scheme of ["light", "dark"] as const) {
      const page = await open(390, { js: false, scheme });
      const onSite = await page.evaluate(fingerprint);
      const figure = await page.locator(T).evaluate((el) => el.outerHTML);
      const css = readFileSync("src/components/chart/troop-chart.css", "utf8");
      const bare = await (
        await browser().newContext({ viewport: { width: 390, height: 900 }, javaScriptEnabled: false, colorScheme: scheme })
      ).newPage();
      await bare.setContent(
        `<!doctype html><html lang="de"><head><meta name="viewport" content="width=device-width, initial-scale=1"><style>body{margin:0;padding:0 16px}</style><style>${css}</style></head><body>${figure}</body></html>`,
      );
      expect(await bare.evaluate(fingerprint), scheme).toEqual(onSite);
      await bare.context().close();
      await done(page);
    }
  });

  it("ships no more gzipped JavaScript on the chart page than bench/budgets.json allows", () => {
    const html = builtFile("grafik/index.html");
    const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
    const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join("");
    const files = new Set(scripts);
    // Modules the entry scripts import.
    for (const src of scripts)
      for (const m of readFileSync(join("dist", src.replace(/^\//, "")), "utf8").matchAll(/from"\.\/([^"]+)"/g))
        files.add(`/_astro/${m[1]}`);
    const bytes =
      [...files].reduce((sum, src) => sum + gzipSync(readFileSync(join("dist", src.replace(/^\//, "")))).length, 0) +
      gzipSync(inline).length;
    expect(scripts.length + (inline ? 1 : 0)).toBeGreaterThan(0);
    const budgets = JSON.parse(readFileSync("bench/budgets.json", "utf8")) as { kinds: { chart: { js: number } } };
    expect(bytes).toBeLessThanOrEqual(budgets.kinds.chart.js);
  });
});
