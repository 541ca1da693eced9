// What the build hands the figure components for the losses figure (prepareLosses), and the standalone SVG
// file (standaloneSvg): expected values are counted by hand from the synthetic fixture, not taken from src.
import { describe, expect, it } from "vitest";
import { prepareChart, prepareLosses } from "../../src/lib/chart/build";
import { VARIANTS } from "../../src/lib/chart/config";
import { lossHeadline, lossSubtitle } from "../../src/lib/chart/describe";
import { chartModel } from "../../src/lib/chart/model";
import { BASE_COLOURS } from "../../src/lib/chart/palette";
import { standaloneCss, standaloneSvg } from "../../src/lib/chart/svg";
import { textWidth } from "../../src/lib/chart/text";
import { synthetic } from "./chart-fixtures";

/** The fixture's loss claims, read off chart-fixtures.ts: killed, wounded and casualties. */
const LOSS_IDS = ["F-12", "F-13", "F-14", "F-20", "F-28", "F-29"];

/** The opening tag of an inline SVG: its class, label and variant. */
const openingTag = (markup: string) => markup.slice(0, markup.indexOf(">") + 1);

describe("prepareLosses", () => {
  const de = prepareLosses(synthetic, "vl", "de");
  const en = prepareLosses(synthetic, "vl", "en");

  it("takes exactly the killed, wounded and casualty claims, for its ids and its table", () => {
    expect([...de.ids].sort()).toEqual(LOSS_IDS);
    expect(de.rows.map((r) => r.id).sort()).toEqual(LOSS_IDS);
    // The troop figures are not in the losses table.
    expect(de.rows.some((r) => r.id === "F-01")).toBe(false);
  });

  it("writes one dot plot and one timeline per variant, each labelled by its own description", () => {
    expect(de.dots.map((d) => d.variant)).toEqual(VARIANTS.map((v) => v.id));
    expect(de.timeline.map((d) => d.variant)).toEqual(VARIANTS.map((v) => v.id));
    for (const [i, v] of VARIANTS.entries()) {
      const dots = openingTag(de.dots[i]!.markup);
      expect(dots).toMatch(new RegExp(`^<svg viewBox="0 0 ${v.width} \\d+" width="${v.width}" height="\\d+" `));
      expect(dots).toContain(`class="tc-svg tc-dots tc-v-${v.id}"`);
      expect(dots).toContain('role="img" aria-labelledby="vl-short"');
      expect(dots).toContain(`data-variant="${v.id}"`);
      const timeline = openingTag(de.timeline[i]!.markup);
      expect(timeline).toContain(`class="tc-svg tc-loss-tl tc-v-${v.id}"`);
      expect(timeline).toContain('aria-labelledby="vl-short-tl"');
      expect(de.timeline[i]!.markup.endsWith("</svg>")).toBe(true);
    }
  });

  it("counts the sources of the latest figures and spans the timeline from the first to the last loss claim", () => {
    // Latest killed figures: NIS and the US; latest killed-plus-wounded: ROK staff and HUR. Four sources.
    expect(de.short).toBe("Punktdiagramm: die jüngste Verlustzahl von 4 Stellen, nach Getöteten und Getöteten plus Verwundeten getrennt.");
    expect(de.shortTimeline).toBe("Zeitverlauf: 6 Verlustangaben von 19.12.2024 bis 02.09.2025.");
    expect(en.shortTimeline).toMatch(/^[^{}]*\b6\b[^{}]*19 December 2024[^{}]*2 September 2025[^{}]*$/);
  });

  it("titles the figure with the losses headline and subtitle", () => {
    expect(de.headline).toBe(lossHeadline(synthetic, "de"));
    expect(de.headline).toContain("2.000");
    expect(de.subtitle).toEqual(lossSubtitle(chartModel(synthetic, "de"), "de"));
    expect(en.headline).not.toBe(de.headline);
  });

  it("does not fail without loss claims: no ids, no rows, and a timeline description that says so", () => {
    // Three troop totals and nothing else: small, so the layout behind it stays quick under a mutation run.
    const none = { ...synthetic, claims: synthetic.claims.filter((c) => ["F-01", "F-03", "F-27"].includes(c.id)) };
    const empty = prepareLosses(none, "x", "de");
    expect(empty.ids).toEqual([]);
    expect(empty.rows).toEqual([]);
    expect(empty.short).toContain("von 0 Stellen");
    expect(empty.shortTimeline).toBe("Zeitverlauf: noch keine Verlustangaben.");
    expect(prepareLosses(none, "x", "en").shortTimeline).toBe("Timeline: no loss claims yet.");
  });

  it("gives the troop chart its own label ids, so both figures can share a page", () => {
    const chart = prepareChart(synthetic, "tc", "de");
    expect(openingTag(chart.main[0]!.markup)).toContain('aria-labelledby="tc-short"');
    expect(openingTag(chart.more[0]!.markup)).toContain('aria-labelledby="tc-short-more"');
    expect(openingTag(chart.more[0]!.markup)).toContain("tc-more-svg");
  });
});

describe("standaloneSvg", () => {
  const block = (h: number, id: string) => ({ inner: `<rect id="${id}"/>`, height: h });
  const file = (opts: Partial<Parameters<typeof standaloneSvg>[0]> = {}) =>
    standaloneSvg({
      title: "Titel",
      subtitle: [{ text: "kurz" }],
      blocks: [block(100, "a")],
      footer: ["Fuß"],
      width: 400,
      ...opts,
    });
  /** The y of each element with `cls`, in order. */
  const ys = (svg: string, cls: string) => [...svg.matchAll(new RegExp(`class="${cls}"[^>]* y="([\\d.]+)"`, "g"))].map((m) => Number(m[1]));

  it("is 16 px wider than its content on each side and as tall as its parts plus a 16 px margin", () => {
    const svg = file();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 432 \d+" width="432" height="\d+">/);
    // Title at 38; subtitle line 8 + 19 below (65); block 16 below (81) and 100 tall (+16 = 197); footer +17 = 214.
    expect(ys(svg, "tc-head")).toEqual([38]);
    expect(ys(svg, "tc-sub")).toEqual([65]);
    expect(svg).toContain('<g transform="translate(16,81)"><rect id="a"/></g>');
    expect(ys(svg, "tc-t tc-foot")).toEqual([214]);
    expect(svg).toContain('viewBox="0 0 432 230" width="432" height="230"');
  });

  it("stacks blocks 16 px apart and rounds the height up", () => {
    const svg = file({ blocks: [block(100, "a"), block(50.5, "b")], footer: [] });
    expect(svg).toContain('<g transform="translate(16,81)"><rect id="a"/></g>');
    expect(svg).toContain('<g transform="translate(16,197)"><rect id="b"/></g>');
    // 197 + 50.5 + 16 = 263.5, + 16 margin = 279.5 → 280.
    expect(svg).toContain('height="280"');
  });

  it("wraps the subtitle word by word at the content width and keeps each word's colour", () => {
    const word = "Wort ";
    const perLine = Math.floor(200 / textWidth(word, 14));
    const text = word.repeat(perLine * 2 + 1).trim();
    const svg = file({ width: 200, subtitle: [{ text }, { text: " rot", group: "kr" }] });
    const lines = ys(svg, "tc-sub");
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.slice(0, 3)).toEqual([65, 84, 103]);
    // Every word is kept, and the coloured one is a tspan of its group.
    expect((svg.match(/Wort/g) ?? []).length).toBe(perLine * 2 + 1);
    // The coloured part " rot" splits after its space like any other text; both pieces keep the colour.
    expect(svg).toContain('<tspan class="tc-word g-kr"> </tspan><tspan class="tc-word g-kr">rot</tspan>');
    // No line is wider than the content, except a single word that is.
    for (const m of svg.matchAll(/<text class="tc-sub"[^>]*>(.*?)<\/text>/g)) {
      const plain = m[1]!.replace(/<[^>]+>/g, "");
      expect(textWidth(plain.trimEnd(), 14)).toBeLessThanOrEqual(200);
    }
  });

  it("never starts a subtitle line empty, even when the first word is wider than the content", () => {
    const svg = file({ width: 20, subtitle: [{ text: "Überbreitewort" }] });
    expect(ys(svg, "tc-sub")).toEqual([65]);
    expect(svg).toContain(">Überbreitewort</text>");
  });

  it("wraps long footer lines and escapes markup in every text", () => {
    const long = "Quelle: <b>&</b> ".repeat(12);
    const svg = file({ title: 'A "<b>"', subtitle: [{ text: "<i>" }], footer: [long] });
    expect(svg).toContain("<title>A &quot;&lt;b&gt;&quot;</title>");
    expect(svg).toContain('<text class="tc-head" x="16" y="38">A &quot;&lt;b&gt;&quot;</text>');
    expect(svg).toContain("&lt;i&gt;");
    expect(svg).not.toMatch(/<b>|<i>/);
    const foot = ys(svg, "tc-t tc-foot");
    expect(foot.length).toBeGreaterThan(1);
    expect(foot[1]! - foot[0]!).toBe(17);
  });

  it("carries its own light-theme style sheet with concrete colours and a background", () => {
    const svg = file();
    expect(svg).toContain(`<style>${standaloneCss()}</style>`);
    expect(svg).toContain(`<rect width="100%" height="100%" fill="${BASE_COLOURS.light.bg}"/>`);
    expect(standaloneCss()).not.toContain("var(");
    expect(standaloneCss()).toContain(`.tc-t{fill:${BASE_COLOURS.light.fg}`);
    expect(standaloneCss()).toMatch(/\.g-kr \.tc-range,[^{]*\{stroke:#[0-9a-f]{6}\}/i);
  });
});
