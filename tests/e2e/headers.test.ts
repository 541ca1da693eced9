// The generated _headers of the root build (dist/) and the sub-path build (dist-sub/, base /explainer/),
// read from disk: for every built page, under each way hosts combine matching rules, exactly one CSP,
// equal to the page's own <meta> policy plus the right frame-ancestors. No browser needed.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { effectiveHeaders, parseHeadersFile, type CombineRule, type HeaderRule } from "../../src/lib/hosting/headers";
import { startServer } from "../../scripts/serve.mjs";
import { builtPages, EMBED_PAGE, launch } from "./browser";

const HOW: CombineRule[] = ["all-joined", "last-wins", "most-specific"];
const BUILDS = [
  { dir: "dist", base: "/" },
  { dir: "dist-sub", base: "/explainer/" },
];

/** A built page as the test sees it, worked out here independently of the generator. */
interface Page {
  page: string;
  urls: string[];
  embed: boolean;
  meta: string;
}

function pagesOf(dir: string, base: string): Page[] {
  return builtPages(dir).map((page) => {
    const file = page === "" || page.endsWith("/") ? `${page}index.html` : page;
    const html = readFileSync(join(dir, file), "utf8");
    const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
    if (!meta) throw new Error(`${dir}/${file}: no CSP <meta>`);
    // A directory page is served at its folder and at index.html; 404.html also without ".html" (Cloudflare).
    const urls = file.endsWith("index.html") ? [base + page, base + file] : [base + file, base + file.replace(/\.html$/, "")];
    // The embeds: everything under embed/, and each English figure's folder under en/embed/ (not en/embed/ itself, the Einbetten page).
    return { page, urls, embed: EMBED_PAGE.test(page), meta };
  });
}

/** Every way a rule set fails the pages under one combining rule; empty when right. */
function problems(rules: HeaderRule[], pages: Page[], how: CombineRule): string[] {
  const out: string[] = [];
  for (const p of pages) {
    const want = `${p.meta.trim().replace(/;\s*$/, "")}; frame-ancestors ${p.embed ? "*" : "'self'"}`;
    for (const url of p.urls) {
      const h = effectiveHeaders(rules, url, how);
      const csp = h.get("content-security-policy");
      // A comma in a CSP header separates policies, and a browser enforces each of them.
      if (csp === undefined) out.push(`${url}: no CSP`);
      else if (csp.includes(",")) out.push(`${url}: ${csp.split(",").length} CSPs`);
      else if (csp !== want) out.push(`${url}: CSP differs from the <meta> + frame-ancestors: ${csp}`);
      if (h.get("x-content-type-options") !== "nosniff") out.push(`${url}: nosniff is ${h.get("x-content-type-options")}`);
      if (h.get("referrer-policy") !== "strict-origin-when-cross-origin")
        out.push(`${url}: referrer policy is ${h.get("referrer-policy")}`);
      const coop = h.get("cross-origin-opener-policy");
      if (p.embed ? coop !== undefined : coop !== "same-origin") out.push(`${url}: COOP is ${coop}`);
    }
  }
  return out;
}

/** Every file of a build, relative to it. */
function allFiles(dir: string, prefix = ""): string[] {
  return readdirSync(join(dir, prefix)).flatMap((name) => {
    const rel = prefix ? `${prefix}/${name}` : name;
    return statSync(join(dir, rel)).isDirectory() ? allFiles(dir, rel) : [rel];
  });
}

describe.each(BUILDS)("$dir/_headers (base $base)", ({ dir, base }) => {
  const present = existsSync(join(dir, "_headers"));
  const rules = present ? parseHeadersFile(readFileSync(join(dir, "_headers"), "utf8")) : [];
  const pages = present ? pagesOf(dir, base) : [];

  it("exists (run `npm run build` and `npm run build:sub` first)", () => {
    expect(present).toBe(true);
    expect(pages.length).toBeGreaterThan(10);
    // Every embed page the build wrote under embed/ and en/embed/ is recognised as one, and the English Einbetten page is not.
    const embedDirs = ["embed", "en/embed"].flatMap((parent) =>
      readdirSync(join(dir, parent), { withFileTypes: true }).filter(
        (d) => d.isDirectory() && existsSync(join(dir, parent, d.name, "index.html")),
      ),
    );
    expect(pages.filter((p) => p.embed).length).toBe(embedDirs.length);
    expect(pages.find((p) => p.page === "en/embed/")?.embed).toBe(false);
  });

  it.each(HOW)("every page path gets exactly its own CSP + frame-ancestors, nosniff, referrer policy and COOP (%s)", (how) => {
    expect(problems(rules, pages, how)).toEqual([]);
  });

  it("every other file under the base gets the common headers once, and nothing from a page rule", () => {
    const files = allFiles(dir).filter((f) => !f.endsWith(".html"));
    expect(files.length).toBeGreaterThan(20);
    for (const how of HOW) {
      for (const f of files) {
        const h = effectiveHeaders(rules, base + f, how);
        expect(h.get("x-content-type-options"), f).toBe("nosniff");
        expect(h.has("content-security-policy"), f).toBe(false);
        if (f.startsWith("_astro/")) expect(h.get("cache-control"), f).toBe("public, max-age=31536000, immutable");
      }
      expect(effectiveHeaders(rules, `${base}embed.js`, how).get("access-control-allow-origin")).toBe("*");
    }
  });

  it("stays within Cloudflare Pages' limits (100 rules, 2,000 characters a line)", () => {
    expect(rules.length).toBeLessThanOrEqual(100);
    const longest = Math.max(
      ...readFileSync(join(dir, "_headers"), "utf8")
        .split("\n")
        .map((l) => l.length),
    );
    expect(longest).toBeLessThanOrEqual(2000);
  });

  it("nginx-headers.conf has an exact location with the same CSP for every page path", () => {
    const conf = readFileSync(join(dir, "nginx-headers.conf"), "utf8");
    for (const p of pages) {
      for (const url of p.urls) {
        const block = conf.split(`\nlocation = ${url} {\n`)[1]?.split("\n}")[0];
        expect(block, url).toBeDefined();
        const csps = [...block!.matchAll(/add_header Content-Security-Policy "([^"]*)" always;/g)].map((m) => m[1]);
        expect(csps, url).toEqual([`${p.meta.trim().replace(/;\s*$/, "")}; frame-ancestors ${p.embed ? "*" : "'self'"}`]);
        expect(block, url).toContain('add_header X-Content-Type-Options "nosniff" always;');
      }
    }
  });

  it("the check is not vacuous: the old hand-kept /* + /embed/* rules fail the embeds under Cloudflare's join", () => {
    const old = parseHeadersFile(`
${base}*
  Content-Security-Policy: ${pages[0]!.meta} frame-ancestors 'self'
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
  Cross-Origin-Opener-Policy: same-origin
${base}embed/*
  Content-Security-Policy: ${pages[0]!.meta} frame-ancestors *
  Cross-Origin-Opener-Policy: unsafe-none
`);
    // The old rules knew only the German embeds under embed/ (the English ones came later).
    const embedUrls = pages
      .filter((p) => p.embed)
      .flatMap((p) => p.urls)
      .filter((url) => url.startsWith(`${base}embed/`));
    expect(embedUrls.length).toBeGreaterThanOrEqual(3);
    const found = problems(old, pages, "all-joined");
    for (const url of embedUrls) expect(found).toContain(`${url}: 2 CSPs`);
  });
});

describe("npm run serve sends the generated headers", () => {
  it.each(BUILDS)("$dir: a page, an embed and a hashed asset over HTTP", async ({ dir, base }) => {
    const { server, url } = await startServer({ dir, base, port: 0, hostHeaders: true });
    try {
      const origin = new URL(url).origin;
      const pages = pagesOf(dir, base);
      for (const p of pages.filter((x) => x.page === "quellen/" || x.embed)) {
        const res = await fetch(origin + p.urls[0]);
        expect(res.status).toBe(200);
        expect(res.headers.get("content-security-policy")).toBe(
          `${p.meta.trim().replace(/;\s*$/, "")}; frame-ancestors ${p.embed ? "*" : "'self'"}`,
        );
        expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      }
      const asset = allFiles(dir).find((f) => f.startsWith("_astro/"))!;
      expect((await fetch(origin + base + asset)).headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      expect((await fetch(`${origin}${base}_headers`)).status).toBe(404);
    } finally {
      server.close();
    }
  });
});

describe("in a browser, with the headers the test server sends (global setup)", () => {
  it("another site can frame an embed but not a page", async () => {
    const site = inject("siteUrl");
    const hostUrl = inject("otherOriginUrl");
    writeFileSync(
      join(inject("hostDir"), "frames.html"),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Frames</title><link rel="icon" href="data:,"></head><body>` +
        `<iframe id="embed" src="${site}embed/chart/" title="embed"></iframe><iframe id="page" src="${site}quellen/" title="page"></iframe></body></html>`,
    );
    const browser = await launch();
    try {
      const page = await browser.newPage();
      await page.goto(`${hostUrl}frames.html`, { waitUntil: "load" });
      const has = async (id: string, selector: string) => {
        const frame = await (await page.$(`#${id}`))!.contentFrame();
        // A frame that frame-ancestors blocks shows Chromium's error page instead of ours.
        return frame!.evaluate((s) => document.querySelector(s) !== null, selector).catch(() => false);
      };
      // Chromium's error page has its own h1, so look for what only our pages carry: the CSP <meta>.
      const ours = 'meta[http-equiv="content-security-policy"]';
      await expect.poll(() => has("embed", ours), { timeout: 10_000 }).toBe(true);
      expect(await has("page", ours)).toBe(false);
      // Not vacuous: the same page, opened directly, has it.
      await page.goto(`${site}quellen/`);
      expect(await page.$(ours)).not.toBeNull();
    } finally {
      await browser.close();
    }
  });
});
