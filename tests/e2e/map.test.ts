// The map as a reader meets it on /karte/: Leaflet starts, the main places are named markers, the keyboard
// reaches them and their popups, nothing is fetched from another host, the page's JS and basemap stay
// within budget, and without JavaScript (or without Leaflet) the static SVG map and the list stand in.
// Expected distances come from the coordinates in the built data/places.csv through this file's own
// haversine, pinned to the values in ../shared/research/facts.md; labels from the dictionary, budgets
// from bench/budgets.json. Nothing here asks src/lib/map/model for the answer.
import { gzipSync } from "node:zlib";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, inject, it } from "vitest";
import type { BrowserContextOptions, Page } from "playwright-core";
import { placeRowSchema, type Place } from "../../src/lib/data/schema";
import { MAP_REGION } from "../../src/lib/map/basemap";
import { dictionary } from "../../src/lib/i18n";
import { inRegion, mapMarkers } from "../../src/lib/map/places";
import { startServer } from "../../scripts/serve.mjs";
import { axeViolations, builtFile, watchedPage, useBrowser } from "./browser";

const site = inject("siteUrl");
const origin = new URL(site).origin;
const PAGE = "karte/";

// The places as the built site publishes them, so the test follows whatever data/ the site was built from.
const places: Place[] = (parse(builtFile("data/places.csv"), { columns: true }) as Record<string, string>[]).map((r) =>
  placeRowSchema.parse(r),
);
const main = places.filter((p) => p.prominence === "main" && inRegion(p, MAP_REGION));
const { markers } = mapMarkers(places, MAP_REGION);
const t = dictionary("de").map;
const budgets = JSON.parse(readFileSync("bench/budgets.json", "utf8")) as { kinds: { map: { jsPlusData: number } } };

/** Great-circle distance (haversine, R = 6371.0 km), as in the research notes; independent of src/. */
function haversineKm(a: Place, b: Place): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0 * Math.asin(Math.sqrt(h));
}
const byId = (id: string) => {
  const p = places.find((x) => x.id === id);
  if (!p) throw new Error(`data/places.csv has no place "${id}"`);
  return p;
};
/** The main legs of the route with their distance in ../shared/research/facts.md §6 ("≈ 687", "≈ 6,732"). */
const MAIN_LEGS = [
  { from: byId("pyongyang"), to: byId("vladivostok"), factsKm: 687 },
  { from: byId("vladivostok"), to: byId("kursk"), factsKm: 6732 },
];
/** "rund 6.730 km": rounded to 10 km, German digits, in the dictionary's wording. */
const rund = (km: number) => t.km.replace("{km}", new Intl.NumberFormat("de-DE").format(Math.round(km / 10) * 10));
/** The steps as the dictionary tells them, in route order: port, training, front. */
const STEPS = [t.steps.port, t.steps.training, t.steps.front].map((st, i) => ({ number: i + 1, label: st.label }));
const lastStep = STEPS[STEPS.length - 1]!;
const lastLeg = MAIN_LEGS[MAIN_LEGS.length - 1]!;

const browser = useBrowser();

/** Opens the map page, scrolls the map into view, starts it ("Karte bedienen") and waits until Leaflet and the basemap are there. */
async function openMap(options: BrowserContextOptions = {}) {
  const context = await browser().newContext({ viewport: { width: 390, height: 844 }, ...options });
  const { page, problems } = await watchedPage(context, origin);
  await page.goto(site + PAGE);
  await page.locator("[data-map-stage]").scrollIntoViewIfNeeded();
  await page.locator("[data-map-start]").click();
  await page.waitForSelector('[data-route-map][data-state="interactive"][data-basemap="loaded"]', { timeout: 15_000 });
  return { context, page, problems };
}

const marker = (page: Page, id: string) => page.locator(`.leaflet-marker-icon[data-place-id="${id}"]`);

describe("the expected values", () => {
  it("come from coordinates that give the documented distances", () => {
    for (const leg of MAIN_LEGS)
      expect(Math.abs(haversineKm(leg.from, leg.to) - leg.factsKm), `${leg.from.id}–${leg.to.id}`).toBeLessThan(1);
  });
});

describe("the interactive map", () => {
  it("starts Leaflet with the main places as named, focusable markers", async () => {
    expect(main.map((p) => p.id)).toEqual(expect.arrayContaining(["vladivostok", "kursk"]));
    const { context, page } = await openMap();
    await expect(page.locator(".rm-leaflet.leaflet-container").count()).resolves.toBe(1);
    await expect(page.locator(".rm-static").isVisible()).resolves.toBe(false);
    for (const p of main) {
      const m = marker(page, p.id);
      await expect(m.count(), p.id).resolves.toBe(1);
      await expect(m.getAttribute("aria-label")).resolves.toBe(p.name_de);
      await expect(m.getAttribute("role")).resolves.toBe("button");
      await expect(m.getAttribute("tabindex")).resolves.toBe("0");
      await expect(m.locator(".rm-label").innerText()).resolves.toBe(p.name_de);
    }
    // Every marker of the data, and no other.
    const ids = await page
      .locator(".leaflet-marker-icon[data-place-id]")
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset["placeId"]));
    expect(ids.sort()).toEqual(markers.map((m) => m.place.id).sort());
    // The map is a labelled region.
    const region = page.locator(".rm-leaflet");
    await expect(region.getAttribute("role")).resolves.toBe("region");
    await expect(region.getAttribute("aria-label")).resolves.toBe(t.regionLabel);
    // Natural Earth is credited.
    await expect(page.locator(".rm-credit").innerText()).resolves.toContain("Natural Earth");
    await context.close();
  });

  it("has no zoom buttons, and zooms with the keyboard", async () => {
    const { context, page } = await openMap({ reducedMotion: "reduce" });
    await expect(page.locator(".leaflet-control-zoom").count()).resolves.toBe(0);
    await expect(page.locator(".leaflet-control-zoom-in, .leaflet-control-zoom-out").count()).resolves.toBe(0);
    const zoom = async () => Number(await page.locator("[data-route-map]").getAttribute("data-zoom"));
    const start = await zoom();
    // Leaflet's keyboard handler on the focused map: + zooms in, − zooms out.
    await page.locator(".rm-leaflet").focus();
    await page.keyboard.press("+");
    await settle(page);
    const zoomedIn = await zoom();
    expect(zoomedIn).toBeGreaterThan(start);
    await page.keyboard.press("-");
    await settle(page);
    expect(await zoom()).toBeLessThan(zoomedIn);
    await context.close();
  });

  it("lets the keyboard reach a marker, open its popup with Enter and close it with Escape", async () => {
    const { context, page } = await openMap();
    const first = main[0]!;
    // From the skip link, Tab enters the map and then its first marker (main places come first).
    await page.focus(".rm-skip");
    let reached: string | undefined;
    for (let i = 0; i < 5 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset["placeId"]);
    }
    expect(reached).toBe(first.id);
    await page.keyboard.press("Enter");
    const popup = page.locator(".leaflet-popup");
    await popup.waitFor();
    await expect(popup.innerText()).resolves.toContain(first.name_de);
    await expect(popup.innerText()).resolves.toContain(first.description_de.slice(0, 40));
    // Focus moved into the popup, and its close button has a German name.
    await expect(page.evaluate(() => !!document.activeElement?.closest(".leaflet-popup"))).resolves.toBe(true);
    await expect(page.locator(".leaflet-popup-close-button").getAttribute("aria-label")).resolves.toBe(t.closePopup);
    const close = (await page.locator(".leaflet-popup-close-button").boundingBox())!;
    expect(Math.min(close.width, close.height)).toBeGreaterThanOrEqual(44);
    await page.keyboard.press("Escape");
    await popup.waitFor({ state: "detached" });
    await expect(page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset["placeId"])).resolves.toBe(first.id);
    // Space opens it too, and the close button gives focus back as well.
    await page.keyboard.press(" ");
    await popup.waitFor();
    await page.locator(".leaflet-popup-close-button").click();
    await popup.waitFor({ state: "detached" });
    await expect(page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset["placeId"])).resolves.toBe(first.id);
    await context.close();
  });

  it("gives every marker a popup with its description", async () => {
    const { context, page } = await openMap({ viewport: { width: 1280, height: 900 } });
    for (const m of markers) {
      const body = page.locator(`[data-popup-for="${m.place.id}"] [data-popup-body]`);
      await expect(body.count(), m.place.id).resolves.toBe(1);
      const text = await body.textContent();
      expect(text).toContain(m.place.name_de);
      // The description up to its first {date:…} reference: the data's own words, printed as written.
      expect(text).toContain(m.place.description_de.split("{")[0]!.trim());
    }
    await context.close();
  });

  it("walks the route step by step, with buttons, and without animation for reduced motion", async () => {
    const { context, page } = await openMap({ reducedMotion: "reduce" });
    const buttons = page.locator("[data-map-steps] button");
    const labels = await buttons.allInnerTexts();
    // With data/ as published: "1 Verschiffung", "2 Ausbildung", "3 Kursk".
    expect(labels.map((l) => l.replace(/\s+/g, " ").trim())).toEqual([t.overview, ...STEPS.map((st) => `${st.number} ${st.label}`)]);
    // Reduced motion: no fading, and a step's view is there at once, in the same task as the click.
    await expect(page.locator(".leaflet-fade-anim").count()).resolves.toBe(0);
    const inViewRightAway = await page.evaluate(() => {
      const button = document.querySelector<HTMLButtonElement>('[data-map-steps] button[data-step="1"]')!;
      const pane = document.querySelector(".leaflet-map-pane")!;
      let animated = false;
      new MutationObserver(() => (animated ||= pane.classList.contains("leaflet-zoom-anim"))).observe(pane, { attributes: true });
      button.click();
      const map = document.querySelector(".rm-leaflet")!.getBoundingClientRect();
      const config = JSON.parse(document.querySelector<HTMLElement>("[data-route-map]")!.dataset["mapConfig"]!) as {
        steps: { number: number; places: string[] }[];
      };
      const ids = config.steps.find((s) => s.number === 1)!.places;
      return (
        !animated &&
        ids.every((id) => {
          const r = document.querySelector(`[data-place-id="${id}"]`)?.getBoundingClientRect();
          return r !== undefined && r.left >= map.left && r.right <= map.right && r.top >= map.top && r.bottom <= map.bottom;
        })
      );
    });
    expect(inViewRightAway).toBe(true);
    // The last step by keyboard: its dated text with the distances computed from the coordinates.
    const step = page.locator(`[data-map-steps] button[data-step="${lastStep.number}"]`);
    await step.focus();
    await page.keyboard.press("Enter");
    await expect(step.getAttribute("aria-pressed")).resolves.toBe("true");
    const text = await page.locator("[data-step-text]").innerText();
    expect(text.startsWith(`${lastStep.number} ${lastStep.label}: `)).toBe(true);
    // "Wladiwostok–Kursk: rund 6.730 km Luftlinie."
    expect(text).toContain(
      t.arcDistance.replace("{from}", lastLeg.from.name_de).replace("{to}", lastLeg.to.name_de).replace("{km}", rund(lastLeg.factsKm)),
    );
    // The leg is highlighted and the places it joins are in view at once.
    await expect(page.locator(".rm-arc.is-active").count()).resolves.toBeGreaterThan(0);
    for (const p of [lastLeg.from, lastLeg.to]) {
      expect(
        markers.some((m) => m.place.id === p.id),
        `${p.id} is a marker`,
      ).toBe(true);
      await expectInMap(page, p.id);
    }
    await context.close();
  });

  it("fits a 390 px screen: the main places in view, labels apart, 44 px controls", async () => {
    const { context, page } = await openMap();
    const boxes = [];
    for (const p of main) {
      await expectInMap(page, p.id);
      const label = marker(page, p.id).locator(".rm-label");
      await expect(label.isVisible()).resolves.toBe(true);
      const b = (await label.boundingBox())!;
      boxes.push(b);
      const map = (await page.locator(".rm-leaflet").boundingBox())!;
      expect(b.x).toBeGreaterThanOrEqual(map.x);
      expect(b.x + b.width).toBeLessThanOrEqual(map.x + map.width + 0.5);
    }
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart, `labels ${main[i]!.id} and ${main[j]!.id} overlap`).toBe(true);
      }
    for (const sel of ["[data-map-steps] button"]) {
      for (const b of await page.locator(sel).all()) {
        const box = (await b.boundingBox())!;
        expect(box.height, sel).toBeGreaterThanOrEqual(44);
        expect(box.width, sel).toBeGreaterThanOrEqual(44);
      }
    }
    await context.close();
  });
});

describe("labels in every step", () => {
  for (const width of [390, 1280]) {
    it(`names every visible mark and keeps labels apart at ${width} px (overview and each step)`, async () => {
      const { context, page } = await openMap({ viewport: { width, height: 900 }, reducedMotion: "reduce" });
      if (width === 390) expect(Math.round((await page.locator(".rm-leaflet").boundingBox())!.width)).toBeLessThanOrEqual(358);
      const stepNumbers = await page.$$eval("[data-map-steps] button[data-step]", (bs) =>
        bs.map((b) => Number(b.getAttribute("data-step"))),
      );
      expect(stepNumbers.length, "the step control has the overview and at least one step").toBeGreaterThan(1);
      // What is wrong with the step's labels: marks without a name, labels over each other or over a dot.
      // Read again until the layout is final: a label face that arrives late (a busy machine) sets the
      // labels in their real widths before the map lays them out again for those widths.
      const cut = (a: DOMRect, b: DOMRect) =>
        Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
      const read = () =>
        page.evaluate(() => {
          const map = document.querySelector(".rm-leaflet")!.getBoundingClientRect();
          const inMap = (r: DOMRect) => r.width > 0 && r.right > map.left && r.left < map.right && r.bottom > map.top && r.top < map.bottom;
          const box = (e: Element) => e.getBoundingClientRect();
          const shown = (e: HTMLElement) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== "hidden";
          const markers = [...document.querySelectorAll<HTMLElement>(".leaflet-marker-icon[data-place-id]")].filter(
            (m) => shown(m) && inMap(box(m.querySelector(".rm-dot")!)),
          );
          const unnamed = markers
            .filter((m) => {
              const l = m.querySelector<HTMLElement>(".rm-label");
              return !l || !shown(l) || !inMap(box(l));
            })
            .map((m) => m.dataset["placeId"]);
          const labels = [...document.querySelectorAll<HTMLElement>(".rm-leaflet .rm-label")]
            .filter((l) => shown(l) && inMap(box(l)))
            .map((l) => ({ text: l.textContent, r: box(l).toJSON() as DOMRect }));
          const dots = markers.map((m) => ({ id: m.dataset["placeId"], r: box(m.querySelector(".rm-dot")!).toJSON() as DOMRect }));
          return { unnamed, labels, dots };
        });
      const problems = async () => {
        const seen = await read();
        const found = seen.unnamed.map((id) => `mark without a name: ${id}`);
        for (let i = 0; i < seen.labels.length; i++)
          for (let j = i + 1; j < seen.labels.length; j++)
            if (cut(seen.labels[i]!.r, seen.labels[j]!.r)) found.push(`"${seen.labels[i]!.text}" overlaps "${seen.labels[j]!.text}"`);
        for (const l of seen.labels) for (const d of seen.dots) if (cut(l.r, d.r)) found.push(`"${l.text}" covers the dot of ${d.id}`);
        return found;
      };
      for (const n of stepNumbers) {
        await page.locator(`[data-map-steps] button[data-step="${n}"]`).click();
        await settle(page);
        await expect.poll(problems, { message: `step ${n} at ${width} px`, timeout: 5000 }).toEqual([]);
        // The long arc says what its distance is: "rund … km Luftlinie", from the coordinates.
        if (n === 0) expect((await read()).labels.map((l) => l.text)).toContain(luftlinie(main[main.length - 2]!, main[main.length - 1]!));
      }
      await context.close();
    });
  }
});

describe("step views with animation", () => {
  for (const width of [1280, 390]) {
    it(`brings every place of each step into view at ${width} px once the step settles`, async () => {
      const { context, page } = await openMap({ viewport: { width, height: 900 }, reducedMotion: "no-preference" });
      // Each step from the one before it, as a reader clicks through (the bug: a step at the same zoom
      // as the last one panned, and its places were off the map or unnamed).
      const steps = (
        await page.$$eval("[data-map-steps] button[data-step]", (bs) => bs.map((b) => Number(b.getAttribute("data-step"))))
      ).filter((n) => n > 0);
      expect(steps.length, "the map has steps").toBeGreaterThan(0);
      for (const n of [0, ...steps, 0, ...[...steps].reverse()]) {
        await page.locator(`[data-map-steps] button[data-step="${n}"]`).click();
        await settle(page);
        // Where the places are, read again until the step's view has landed (under load the last frame of
        // a move can come after moveend): a view that never lands fails after 5 s with the places left out.
        const where = () =>
          page.evaluate((n) => {
            const root = document.querySelector<HTMLElement>("[data-route-map]")!;
            const config = JSON.parse(root.dataset["mapConfig"]!) as { steps: { number: number; places: string[] }[] };
            const ids = config.steps.find((s) => s.number === n)?.places ?? [];
            const map = document.querySelector(".rm-leaflet")!.getBoundingClientRect();
            return {
              ids,
              outside: ids.filter((id) => {
                // Where the place is, even if its marker gave way to a neighbour's (display: none).
                const el = document.querySelector<HTMLElement>(`.leaflet-marker-icon[data-place-id="${id}"]`);
                if (!el) return true;
                const display = el.style.display;
                el.style.display = "";
                const r = el.getBoundingClientRect();
                el.style.display = display;
                const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
                return !(x > map.left && x < map.right && y > map.top && y < map.bottom);
              }),
            };
          }, n);
        await expect
          .poll(async () => (await where()).outside, { message: `step ${n} at ${width} px: places outside the map`, timeout: 5000 })
          .toEqual([]);
        const { ids } = await where();
        if (n > 0) expect(ids.length, `step ${n} has places`).toBeGreaterThan(0);
        // A place of the step is shown with its name, unless its marker gave way to a shown neighbour
        // whose hit area it would overlap (then the neighbour's marker stands within 28 px of it).
        // Read again too, as above: under load the last frame of a move can come after moveend, and a marker
        // read then stands at another scale than its neighbour.
        const unshown = () =>
          page.evaluate((ids) => {
            const centre = (el: HTMLElement) => {
              const display = el.style.display;
              el.style.display = "";
              const r = el.getBoundingClientRect();
              el.style.display = display;
              return [r.left + r.width / 2, r.top + r.height / 2] as const;
            };
            const all = [...document.querySelectorAll<HTMLElement>(".leaflet-marker-icon[data-place-id]")];
            const shown = all.filter((el) => el.style.display !== "none");
            return ids.filter((id) => {
              const el = all.find((e) => e.dataset["placeId"] === id)!;
              const label = el.querySelector<HTMLElement>(".rm-label")!;
              if (el.style.display !== "none") return label.hidden || label.getClientRects().length === 0;
              const [x, y] = centre(el);
              return !shown.some((o) => {
                const [ox, oy] = centre(o);
                return Math.abs(ox - x) < 28 && Math.abs(oy - y) < 28;
              });
            });
          }, ids);
        await expect
          .poll(unshown, { message: `step ${n} at ${width} px: places neither named nor next to a shown one`, timeout: 5000 })
          .toEqual([]);
      }
      await context.close();
    });
  }
});

describe("requests and bytes", () => {
  it("loads nothing from another host, fails no request, logs no error", async () => {
    const { context, page, problems } = await openMap();
    const requested: string[] = [];
    page.on("request", (r) => requested.push(r.url()));
    for (const b of await page.locator("[data-map-steps] button").all()) await b.click();
    await marker(page, main[0]!.id).click();
    await page.locator(".leaflet-popup").waitFor();
    await page.waitForLoadState("networkidle");
    expect(problems.foreignRequests).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    // Leaflet's default marker images are never asked for (the markers are drawn with CSS).
    expect(requested.filter((u) => /marker-icon|marker-shadow|\.png/.test(u))).toEqual([]);
    await context.close();
  });

  it("keeps the map page's JavaScript plus basemap within its budget in bench/budgets.json, gzipped", async () => {
    const context = await browser().newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const files = new Set<string>();
    page.on("request", (r) => {
      const path = new URL(r.url()).pathname;
      if (r.resourceType() === "script" || path.endsWith(".js") || path.endsWith("basemap.json")) files.add(path);
    });
    await page.goto(site + PAGE);
    await page.locator("[data-map-stage]").scrollIntoViewIfNeeded();
    await page.locator("[data-map-start]").click();
    await page.waitForSelector('[data-basemap="loaded"]');
    await page.waitForLoadState("networkidle");
    expect([...files].some((f) => f.endsWith("map/basemap.json"))).toBe(true);
    const bytes = [...files].map((f) => ({ f, gz: gzipSync(readFileSync(join("dist", f.replace(/^\//, "")))).length }));
    const total = bytes.reduce((s, b) => s + b.gz, 0);
    console.info(`map page, gzipped: ${bytes.map((b) => `${b.f} ${b.gz} B`).join(", ")}; total ${total} B`);
    expect(total).toBeLessThanOrEqual(budgets.kinds.map.jsPlusData);
    await context.close();
  });

  it("offers the map as a PNG for places without iframes (karte/map.png)", async () => {
    const response = await fetch(new URL("karte/map.png", site));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/image\/png/);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(1, 4).toString()).toBe("PNG");
  });

  it("keeps Leaflet out of the page until the reader reaches for the map", async () => {
    const context = await browser().newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const requested: string[] = [];
    page.on("request", (r) => requested.push(r.url()));
    const html = await (await page.goto(site + PAGE))!.text();
    expect(html).not.toMatch(/<script[^>]+leaflet-map/);
    expect(html).not.toMatch(/modulepreload[^>]+leaflet-map/);
    // In view and idle, the static map stays: nothing of Leaflet or the basemap is fetched.
    await page.locator("[data-map-stage]").scrollIntoViewIfNeeded();
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(500);
    expect(requested.filter((u) => /leaflet|basemap\.json/.test(u))).toEqual([]);
    await expect(page.locator("[data-route-map]").getAttribute("data-state")).resolves.toBe("waiting");
    await expect(page.locator("svg.rm-static").isVisible()).resolves.toBe(true);
    // The steps and the start button are there; a step chosen now opens once the map is up.
    await expect(page.locator("[data-map-start]").isVisible()).resolves.toBe(true);
    const step = lastStep.number;
    await page.locator(`[data-map-steps] button[data-step="${step}"]`).click();
    await page.waitForSelector('[data-route-map][data-state="interactive"]', { timeout: 15_000 });
    await settle(page);
    await expect(page.locator(`[data-map-steps] button[data-step="${step}"]`).getAttribute("aria-pressed")).resolves.toBe("true");
    await expect(page.locator("[data-step-text]").innerText()).resolves.toContain(lastStep.label);
    await expect(page.locator("[data-map-start]").isVisible()).resolves.toBe(false);
    await context.close();
  });
});

describe("accessibility and base path", () => {
  it("passes axe with a step chosen and a popup open, in light and dark", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      const { context, page } = await openMap({ colorScheme });
      await page.locator('[data-map-steps] button[data-step="1"]').click();
      await settle(page);
      await marker(page, main[0]!.id).focus();
      await page.keyboard.press("Enter");
      await page.locator(".leaflet-popup").waitFor();
      // The popup fades in; measure contrast once it is opaque and the autopan has stopped.
      await page.waitForFunction(() => getComputedStyle(document.querySelector(".leaflet-popup")!).opacity === "1");
      await settle(page);
      expect(await axeViolations(page), colorScheme).toEqual([]);
      await context.close();
    }
  });

  it("works under a sub-path (dist-sub, /explainer/)", async () => {
    expect(existsSync("dist-sub/karte/index.html"), "dist-sub/ is missing: run `npm run build:sub` before the browser tests").toBe(true);
    const { server, url } = await startServer({ dir: "dist-sub", base: "/explainer/", port: 0 });
    try {
      const context = await browser().newContext({ viewport: { width: 390, height: 844 } });
      const { page, problems } = await watchedPage(context, new URL(url).origin);
      await page.goto(`${url}karte/`);
      await page.locator("[data-map-stage]").scrollIntoViewIfNeeded();
      await page.locator("[data-map-start]").click();
      await page.waitForSelector('[data-route-map][data-state="interactive"][data-basemap="loaded"]', { timeout: 15_000 });
      expect(problems.failedRequests).toEqual([]);
      expect(problems.foreignRequests).toEqual([]);
      await context.close();
    } finally {
      server.close();
    }
  });
});

describe("without JavaScript", () => {
  it("shows the static SVG map and the full list of places", async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(site + PAGE);
    const svg = page.locator("svg.rm-static");
    await expect(svg.isVisible()).resolves.toBe(true);
    await expect(svg.getAttribute("role")).resolves.toBe("img");
    await expect(svg.getAttribute("aria-label")).resolves.toBeTruthy();
    // Basemap with the countries of the story, the overview as the interactive map starts: the main
    // places as dots, each named, and the arcs between them; the other places are in the list below.
    await expect(svg.locator("path.rm-country").count()).resolves.toBeGreaterThan(20);
    for (const id of ["408", "410", "643", "804"]) await expect(svg.locator(`path[data-country="${id}"]`).count(), id).resolves.toBe(1);
    const dots = await svg.locator("[data-static-place]").evaluateAll((els) => els.map((e) => e.getAttribute("data-static-place")));
    expect(dots.sort()).toEqual(main.map((p) => p.id).sort());
    await expect(svg.locator("path.rm-arc--main").count()).resolves.toBe(main.length - 1);
    const names = await svg.locator(".rm-svg-label--place").allTextContents();
    expect(names.sort()).toEqual(main.map((p) => p.name_de).sort());
    // The step control needs the interactive map, so it stays hidden.
    await expect(page.locator("[data-map-steps]").isVisible()).resolves.toBe(false);
    // The text twin lists every place of the data, with its description and, on the route, its distance.
    for (const p of places) {
      const item = page.locator(`[data-twin-place="${p.id}"]`);
      const folded = markers.some((m) => m.folded.some((f) => f.id === p.id));
      if (folded) continue;
      await expect(item.count(), p.id).resolves.toBe(1);
      await expect(item.innerText()).resolves.toContain(p.description_de.slice(0, 30));
      if (p.route_order !== undefined) await expect(item.innerText(), p.id).resolves.toMatch(/\d km Luftlinie/);
    }
    // The headline distances, computed from the coordinates, are in the text above the map.
    const caption = await page.locator(".rm-caption").innerText();
    for (const leg of MAIN_LEGS) expect(caption).toContain(`${leg.from.name_de}–${leg.to.name_de}: ${rund(leg.factsKm)}`);
    await context.close();
  });

  it("keeps the static map when Leaflet fails to load", async () => {
    const context = await browser().newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.route(/leaflet-map\.[^/]*\.js$/, (route) => route.abort());
    await page.goto(site + PAGE);
    await page.locator("[data-map-stage]").scrollIntoViewIfNeeded();
    await page.locator("[data-map-start]").click();
    await page.waitForSelector('[data-route-map][data-state="static"]');
    await expect(page.locator("svg.rm-static").isVisible()).resolves.toBe(true);
    await expect(page.locator(".leaflet-container").count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** The arc label as an independent oracle computes it: haversine on the mean sphere, rounded to 10 km. */
function luftlinie(a: Place, b: Place): string {
  const r = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  const km = Math.round((2 * 6371.0088 * Math.asin(Math.sqrt(h))) / 10) * 10;
  return `rund ${km.toLocaleString("de-DE")} km Luftlinie`;
}

/** Waits until the map has finished moving: Leaflet starts an animation on the next frame, then flags it. */
async function settle(page: Page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForFunction(() => !document.querySelector("[data-route-map][data-moving]"));
}

/** Expects a marker's centre to lie inside the map's box. */
async function expectInMap(page: Page, id: string) {
  const map = (await page.locator(".rm-leaflet").boundingBox())!;
  const m = (await marker(page, id).boundingBox())!;
  const [x, y] = [m.x + m.width / 2, m.y + m.height / 2];
  expect(x, `${id} x`).toBeGreaterThan(map.x);
  expect(x, `${id} x`).toBeLessThan(map.x + map.width);
  expect(y, `${id} y`).toBeGreaterThan(map.y);
  expect(y, `${id} y`).toBeLessThan(map.y + map.height);
}
