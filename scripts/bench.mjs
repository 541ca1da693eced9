// `npm run bench`: builds the site, serves dist/ on 127.0.0.1, and for every page records the bytes
// transferred by type and the Lighthouse mobile scores (performance, accessibility, best practices,
// SEO) with LCP, TBT and CLS. Lighthouse scores move between runs on a loaded machine, so every page is
// measured BENCH_RUNS times (default 3): the table shows the median of each score and timing with its
// spread (min–max), and a second table says where the main thread went in the median run (Lighthouse's
// mainthread-work-breakdown, bootup-time and long-tasks). Writes bench/results.json, exits 1 if a budget
// or the Lighthouse floor is broken by the median. Not part of `npm test`: it takes minutes.
import { execSync } from "node:child_process";
import { readFileSync, writeFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { startServer } from "./serve.mjs";
import { CHROMIUM_FLAGS } from "./chromium-flags.mjs";

const budgets = JSON.parse(readFileSync("bench/budgets.json", "utf8"));
const only = process.argv.slice(2); // optional page filter, e.g. `npm run bench -- quellen/`
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));

let buildSeconds = null;
if (!process.env.BENCH_SKIP_BUILD) {
  const start = performance.now();
  execSync("npx astro build", { stdio: ["ignore", "ignore", "inherit"] });
  buildSeconds = (performance.now() - start) / 1000;
}

/** Built HTML pages as site-relative paths. */
function pages(dir = "dist") {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name === "index.html") out.push(relative(dir, d).replace(/\\/g, "/") + (d === dir ? "" : "/"));
    }
  };
  walk(dir);
  return out.sort();
}

/** The kind of a page, for its budget. */
function kindOf(path) {
  const html = readFileSync(join("dist", path, "index.html"), "utf8");
  if (budgets.tools.includes(path)) return "tool";
  if (html.includes('data-figure="map"')) return "map";
  if (html.includes('data-figure="chart"') || html.includes('data-figure="losses"')) return "chart";
  return "text";
}

/** Sorts a network request into the byte columns of the table. */
function typeOf(request) {
  const url = request.url;
  if (request.resourceType === "Document") return "html";
  if (request.resourceType === "Script") return "js";
  if (request.resourceType === "Stylesheet") return "css";
  if (request.resourceType === "Font" || /\.woff2?(\?|$)/.test(url)) return "font";
  if (request.resourceType === "Image" || /\.(png|svg|jpe?g|webp)$/.test(url)) return "img";
  if (/\.(json|csv|geojson|topojson)(\?|$)/.test(url) || request.resourceType === "Fetch" || request.resourceType === "XHR") return "data";
  return "other";
}

const median = (sorted) =>
  sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;

/** One Lighthouse run as a row: bytes by type, the four scores, LCP/TBT/CLS and where the main thread went. */
function measure(path, lhr) {
  const bytes = { html: 0, css: 0, js: 0, data: 0, img: 0, font: 0, other: 0 };
  for (const r of lhr.audits["network-requests"].details.items) bytes[typeOf(r)] += r.transferSize ?? 0;
  const total = Object.values(bytes).reduce((a, b) => a + b, 0);
  const score = (id) => Math.round((lhr.categories[id].score ?? 0) * 100);
  const items = (id) => lhr.audits[id]?.details?.items ?? [];
  return {
    page: `/${path}`,
    kind: kindOf(path),
    ...bytes,
    total,
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcpMs: Math.round(lhr.audits["largest-contentful-paint"].numericValue),
    tbtMs: Math.round(lhr.audits["total-blocking-time"].numericValue),
    cls: Number(lhr.audits["cumulative-layout-shift"].numericValue.toFixed(3)),
    // Where the main thread went (simulated times, as Lighthouse scores them).
    mainThread: {
      totalMs: Math.round(lhr.audits["mainthread-work-breakdown"]?.numericValue ?? 0),
      groups: items("mainthread-work-breakdown")
        .slice(0, 5)
        .map((i) => `${i.groupLabel ?? i.group} ${Math.round(i.duration)}`),
      scripts: items("bootup-time")
        .slice(0, 3)
        .map((i) => `${String(i.url).replace(/^.*\//, "")} ${Math.round(i.total)}`),
      longTasks: items("long-tasks")
        .slice(0, 5)
        .map((i) => `${Math.round(i.startTime)}+${Math.round(i.duration)}`),
    },
    // Audits that cost points, so "under the aim" comes with its reason.
    failing: Object.values(lhr.categories)
      .flatMap((cat) => cat.auditRefs.filter((r) => r.weight > 0).map((r) => lhr.audits[r.id]))
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative")
      .map((a) => a.id),
  };
}

const { server, url: site } = await startServer({ dir: "dist", base: "/", port: 0 });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", ...CHROMIUM_FLAGS],
});

/** Pages whose SEO score does not count (noindex on purpose), from bench/budgets.json. */
const seoExempt = new RegExp(budgets.lighthouse.seoExempt.pattern);
const rows = [];
const problems = [];
try {
  for (const path of pages().filter((p) => only.length === 0 || only.includes(p))) {
    const runs = [];
    for (let i = 0; i < RUNS; i++)
      runs.push(
        measure(
          path,
          (
            await lighthouse(site + path, {
              port: chrome.port,
              output: "json",
              logLevel: "error",
              onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
            })
          ).lhr,
        ),
      );
    // The run with the median performance score (then the median TBT) stands for the page.
    const ordered = [...runs].sort((a, b) => a.performance - b.performance || b.tbtMs - a.tbtMs);
    const typical = ordered[Math.floor((ordered.length - 1) / 2)];
    const stat = (key) => {
      const v = runs.map((r) => r[key]).sort((a, b) => a - b);
      return { median: median(v), min: v[0], max: v[v.length - 1] };
    };
    const row = {
      ...typical,
      performance: stat("performance").median,
      accessibility: stat("accessibility").median,
      bestPractices: stat("bestPractices").median,
      seo: stat("seo").median,
      lcpMs: stat("lcpMs").median,
      tbtMs: stat("tbtMs").median,
      cls: stat("cls").median,
      spread: Object.fromEntries(["performance", "lcpMs", "tbtMs"].map((k) => [k, stat(k)])),
      runs: runs.map(({ mainThread, ...r }) => ({ performance: r.performance, lcpMs: r.lcpMs, tbtMs: r.tbtMs, cls: r.cls })),
    };
    rows.push(row);
    const budget = budgets.kinds[row.kind];
    if (budget.js !== undefined && row.js > budget.js) problems.push(`${row.page}: JS ${row.js} B > ${budget.js} B (${row.kind})`);
    if (budget.jsPlusData !== undefined && row.js + row.data > budget.jsPlusData)
      problems.push(`${row.page}: JS+data ${row.js + row.data} B > ${budget.jsPlusData} B`);
    if (row.total > budget.total) problems.push(`${row.page}: total ${row.total} B > ${budget.total} B`);
    if (budgets.fonts !== undefined && row.font > budgets.fonts) problems.push(`${row.page}: fonts ${row.font} B > ${budgets.fonts} B`);
    const cap = budgets.pageTotals[row.page];
    if (cap !== undefined && row.total > cap) problems.push(`${row.page}: total ${row.total} B > ${cap} B (page cap)`);
    for (const c of ["performance", "accessibility", "bestPractices", "seo"]) {
      if (c === "seo" && seoExempt.test(row.page)) continue;
      if (row[c] < budgets.lighthouse.floor) problems.push(`${row.page}: Lighthouse ${c} ${row[c]} < floor ${budgets.lighthouse.floor}`);
    }
    process.stderr.write(`measured ${row.page}\n`);
  }
} finally {
  await chrome.kill();
  server.close();
}

const kb = (n) => (n / 1024).toFixed(1);
const sp = (s) => (s.min === s.max ? "" : ` (${s.min}–${s.max})`);
const header =
  "| page | kind | HTML KB | CSS KB | JS KB | data KB | img KB | font KB | total KB | perf | a11y | best | SEO | LCP ms | TBT ms | CLS |";
const lines = [`median of ${RUNS} run(s) per page, spread (min–max) in brackets`, "", header, header.replace(/[^|]+/g, "---")];
for (const r of rows) {
  lines.push(
    `| ${r.page} | ${r.kind} | ${kb(r.html)} | ${kb(r.css)} | ${kb(r.js)} | ${kb(r.data)} | ${kb(r.img)} | ${kb(r.font)} | ${kb(r.total)} | ${r.performance}${sp(r.spread.performance)} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${r.lcpMs}${sp(r.spread.lcpMs)} | ${r.tbtMs}${sp(r.spread.tbtMs)} | ${r.cls} |`,
  );
}
lines.push("", "| page | main thread ms | by kind (ms) | scripts (ms) | long tasks (start+ms) |", "| --- | --- | --- | --- | --- |");
for (const r of rows)
  lines.push(
    `| ${r.page} | ${r.mainThread.totalMs} | ${r.mainThread.groups.join(", ")} | ${r.mainThread.scripts.join(", ")} | ${r.mainThread.longTasks.join(", ") || "none"} |`,
  );
console.log(lines.join("\n"));
if (buildSeconds !== null) console.log(`\nbuild: ${buildSeconds.toFixed(1)} s`);
const under = rows.flatMap((r) =>
  ["performance", "accessibility", "bestPractices", "seo"]
    .filter((c) => r[c] < budgets.lighthouse.aim && !(c === "seo" && seoExempt.test(r.page)))
    .map((c) => `${r.page} ${c} ${r[c]}`),
);
console.log(
  under.length
    ? `\nunder the aim of ${budgets.lighthouse.aim}: ${under.join("; ")}`
    : `\nevery page scores ${budgets.lighthouse.aim} in every category`,
);
for (const r of rows.filter((r) => r.failing.length)) console.log(`  ${r.page} loses points on: ${[...new Set(r.failing)].join(", ")}`);
console.log(problems.length ? `\nbudgets broken:\n${problems.join("\n")}` : "\nall budgets met");
writeFileSync("bench/results.json", `${JSON.stringify({ date: new Date().toISOString(), buildSeconds, rows, problems }, null, 2)}\n`);
process.exit(problems.length ? 1 : 0);
