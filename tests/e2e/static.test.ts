// Checks on the built files themselves: valid HTML, a CSP on every page, and nothing that loads from another host.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { builtPages } from "./browser";

const pages = builtPages("dist");
const htmlOf = (page: string) => readFileSync(join("dist", page.endsWith(".html") ? page : `${page}index.html`), "utf8");

/** Every file of the build, as paths relative to dist/. */
function allFiles(dir = "dist", prefix = ""): string[] {
  return readdirSync(join(dir, prefix)).flatMap((name) => {
    const rel = prefix ? `${prefix}/${name}` : name;
    return statSync(join(dir, rel)).isDirectory() ? allFiles(dir, rel) : [rel];
  });
}

describe("built HTML", () => {
  // Reads .htmlvalidate.json like the CLI does.
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  it.each(pages)("/%s is valid (html-validate, recommended rules)", async (page) => {
    const report = await validator.validateString(htmlOf(page), join("dist", page || "index.html"));
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
  });

  it.each(pages)("/%s has a Content-Security-Policy that allows only its own origin", (page) => {
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(htmlOf(page))?.[1];
    expect(csp, "CSP meta").toBeDefined();
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src 'self'/);
    // No other host, no wildcard, no unsafe-inline/eval anywhere in the policy.
    expect(csp).not.toMatch(/https?:|\*|unsafe-inline|unsafe-eval/);
  });
});

describe("no request to another host, by construction", () => {
  // What makes a browser fetch: script/style/img/iframe/source src, stylesheet/icon/preload/manifest
  // hrefs, CSS url(), JS fetch/import of absolute URLs. Plain <a href> links to sources are fine.
  const loaders = [
    /<(?:script|img|iframe|source|audio|video|embed|track|input)\b[^>]*\ssrc="(https?:)?\/\/[^"]*"/gi,
    /<link\b(?=[^>]*\srel="(?:stylesheet|icon|preload|modulepreload|prefetch|manifest|apple-touch-icon|preconnect|dns-prefetch)")[^>]*\shref="(?:https?:)?\/\/[^"]*"/gi,
    /<[^>]+\ssrcset="[^"]*(?:https?:)?\/\/[^"]*"/gi,
    /url\(\s*["']?(?:https?:)?\/\/[^)]*\)/gi,
    /@import\s+["'](?:https?:)?\/\//gi,
    /\b(?:fetch|import)\(\s*["'`](?:https?:)?\/\//gi,
  ];

  it("no built file references another host for a script, style, font, image, frame or fetch", () => {
    const offenders: string[] = [];
    const files = allFiles().filter((f) => /\.(html|css|js|mjs|svg|json)$/.test(f) && !f.startsWith("data/"));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      let text = readFileSync(join("dist", file), "utf8");
      // The embed codes shown on the Einbetten page and in oEmbed documents are text for other sites,
      // pointing back at this site's configured URL: not loaded by this page.
      if (file.endsWith("oembed.json")) continue;
      text = text.replace(/<textarea[\s\S]*?<\/textarea>/g, "");
      for (const pattern of loaders) for (const m of text.matchAll(pattern)) offenders.push(`${file}: ${m[0].slice(0, 120)}`);
    }
    expect(offenders).toEqual([]);
  });

  it("the check itself finds a foreign script, stylesheet and font", () => {
    const sample =
      `<script src="https://cdn.example.com/x.js"></script><link rel="stylesheet" href="//fonts.example.com/a.css">` +
      `<style>@font-face{src:url(https://fonts.example.com/f.woff2)}</style>`;
    const found = loaders.flatMap((p) => [...sample.matchAll(p)].map((m) => m[0]));
    expect(found).toHaveLength(3);
  });
});
