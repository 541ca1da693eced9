// The pure logic behind the generated _headers / nginx-headers.conf: rules, overlap check, parser, combining rules.
import { beforeEach, describe, expect, it } from "vitest";
import {
  buildRules,
  canOverlap,
  effectiveHeaders,
  formatHeadersFile,
  formatNginx,
  headerCsp,
  metaCsp,
  normalizeBase,
  overlaps,
  pagePaths,
  parseHeadersFile,
  type BuiltPage,
  type CombineRule,
  type HeaderRule,
} from "../../src/lib/hosting/headers";

const META = "default-src 'self'; object-src 'none'; script-src 'self' 'sha256-AAA='; style-src 'self' 'sha256-BBB='";
const pages: BuiltPage[] = [
  { file: "index.html", csp: META },
  { file: "quellen/index.html", csp: META.replace("AAA", "QQQ") },
  { file: "embed/chart/index.html", csp: META.replace("AAA", "EEE") },
  { file: "404.html", csp: META },
];
const HOW: CombineRule[] = ["all-joined", "last-wins", "most-specific"];

describe("pagePaths and normalizeBase", () => {
  it("serves a directory index with and without index.html, a plain .html with and without the extension", () => {
    expect(pagePaths("/", "index.html")).toEqual(["/", "/index.html"]);
    expect(pagePaths("/explainer", "quellen/index.html")).toEqual(["/explainer/quellen/", "/explainer/quellen/index.html"]);
    expect(pagePaths("/explainer/", "404.html")).toEqual(["/explainer/404", "/explainer/404.html"]);
  });
  it("normalizes a base path", () => {
    expect(normalizeBase("")).toBe("/");
    expect(normalizeBase("explainer")).toBe("/explainer/");
    expect(normalizeBase("/a/b//")).toBe("/a/b/");
  });
});

describe("headerCsp", () => {
  it("adds frame-ancestors to the meta policy", () => {
    expect(headerCsp(`${META};`, false)).toBe(`${META}; frame-ancestors 'self'`);
    expect(headerCsp(META, true)).toBe(`${META}; frame-ancestors *`);
  });
  it("refuses unsafe-inline, a second frame-ancestors and a comma", () => {
    expect(() => headerCsp("script-src 'self' 'unsafe-inline'", false)).toThrow(/unsafe-inline/);
    expect(() => headerCsp("default-src 'self'; frame-ancestors 'none'", false)).toThrow(/frame-ancestors/);
    expect(() => headerCsp("default-src 'self', img-src *", false)).toThrow(/comma/);
  });
});

describe("metaCsp", () => {
  it("reads the policy from the <meta>, decoding entities, in any attribute order", () => {
    expect(
      metaCsp(`<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;"></head>`),
    ).toBe("default-src 'self'");
    expect(metaCsp(`<meta content='a &amp; b' http-equiv="Content-Security-Policy">`)).toBe("a & b");
    expect(metaCsp(`<meta name="description" content="x">`)).toBeUndefined();
  });
});

describe("buildRules", () => {
  // Built in beforeEach, not in the describe body: a throw there is a failed test, not a failed collection.
  let rules: HeaderRule[];
  beforeEach(() => {
    rules = buildRules("/explainer/", pages);
  });
  const csp = (path: string, how: CombineRule) => effectiveHeaders(rules, path, how).get("content-security-policy");

  it("gives every page path exactly its own CSP plus the right frame-ancestors, under all three combining rules", () => {
    for (const how of HOW) {
      expect(csp("/explainer/", how)).toBe(`${META}; frame-ancestors 'self'`);
      expect(csp("/explainer/index.html", how)).toBe(`${META}; frame-ancestors 'self'`);
      expect(csp("/explainer/quellen/", how)).toContain("'sha256-QQQ='");
      expect(csp("/explainer/embed/chart/", how)).toBe(`${META.replace("AAA", "EEE")}; frame-ancestors *`);
      expect(csp("/explainer/embed/chart/index.html", how)).toMatch(/frame-ancestors \*$/);
    }
  });

  it("sends the common headers everywhere under the base, COOP only on non-embed pages, CORS on embed.js, immutable _astro/", () => {
    for (const how of HOW) {
      const page = effectiveHeaders(rules, "/explainer/quellen/", how);
      const embed = effectiveHeaders(rules, "/explainer/embed/chart/", how);
      const asset = effectiveHeaders(rules, "/explainer/_astro/x.1234.js", how);
      const snippet = effectiveHeaders(rules, "/explainer/embed.js", how);
      for (const h of [page, embed, asset, snippet]) {
        expect(h.get("x-content-type-options")).toBe("nosniff");
        expect(h.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      }
      expect(page.get("cross-origin-opener-policy")).toBe("same-origin");
      expect(embed.has("cross-origin-opener-policy")).toBe(false);
      expect(asset.get("cache-control")).toBe("public, max-age=31536000, immutable");
      expect(snippet.get("access-control-allow-origin")).toBe("*");
      expect(snippet.get("cache-control")).toBe("public, max-age=3600");
    }
  });

  it("sets nothing outside the base path", () => {
    expect(effectiveHeaders(rules, "/quellen/", "all-joined").size).toBe(0);
  });

  it("has no two rules that can match one path and set the same header", () => {
    expect(overlaps(rules)).toEqual([]);
  });

  it("fails the build on a page path that a host would read as a pattern", () => {
    expect(() => buildRules("/", [{ file: "a:b/index.html", csp: META }])).toThrow(/unsafe path/);
    expect(() => buildRules("/", [{ file: "a*/index.html", csp: META }])).toThrow(/unsafe path/);
  });

  it("fails the build beyond Cloudflare's 100 rules", () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ file: `p${i}/index.html`, csp: META }));
    expect(() => buildRules("/", many)).toThrow(/more than Cloudflare/);
  });
});

describe("overlaps and canOverlap", () => {
  it("knows which exact and splat patterns can match one path", () => {
    expect(canOverlap("/a/", "/a/")).toBe(true);
    expect(canOverlap("/a/", "/a/index.html")).toBe(false);
    expect(canOverlap("/*", "/a/")).toBe(true);
    expect(canOverlap("/embed/*", "/*")).toBe(true);
    expect(canOverlap("/_astro/*", "/embed/*")).toBe(false);
    expect(canOverlap("/embed.js", "/_astro/*")).toBe(false);
  });

  // The hand-kept file this replaces: /* and /embed/* both set the CSP.
  let old: HeaderRule[];
  beforeEach(() => {
    old = parseHeadersFile(OLD);
  });
  const OLD = `
/*
  Content-Security-Policy: default-src 'self'; frame-ancestors 'self'
  Cross-Origin-Opener-Policy: same-origin
# Embeds are made to be framed by any site.
/embed/*
  Content-Security-Policy: default-src 'self'; frame-ancestors *
  Cross-Origin-Opener-Policy: unsafe-none
`;

  it("flags the old rule set", () => {
    expect(overlaps(old)).toEqual([
      "/* and /embed/* both set Content-Security-Policy",
      "/* and /embed/* both set Cross-Origin-Opener-Policy",
    ]);
  });

  it("shows why: Cloudflare's join sends two policies to embeds, while last-wins and most-specific send one", () => {
    expect(effectiveHeaders(old, "/embed/chart/", "all-joined").get("content-security-policy")).toBe(
      "default-src 'self'; frame-ancestors 'self', default-src 'self'; frame-ancestors *",
    );
    expect(effectiveHeaders(old, "/embed/chart/", "last-wins").get("content-security-policy")).toMatch(/frame-ancestors \*$/);
    expect(effectiveHeaders(old, "/embed/chart/", "most-specific").get("content-security-policy")).toMatch(/frame-ancestors \*$/);
    // Order matters for last-wins only: the most specific rule still wins when the catch-all comes last.
    const reversed = [old[1]!, old[0]!];
    expect(effectiveHeaders(reversed, "/embed/chart/", "last-wins").get("content-security-policy")).toMatch(/'self'$/);
    expect(effectiveHeaders(reversed, "/embed/chart/", "most-specific").get("content-security-policy")).toMatch(/\*$/);
  });
});

describe("formatHeadersFile and parseHeadersFile", () => {
  it("round-trip", () => {
    const rules = buildRules("/", pages);
    expect(parseHeadersFile(formatHeadersFile(rules, "a note"))).toEqual(rules);
  });
  it("rejects a header line before any path and a line without a colon", () => {
    expect(() => parseHeadersFile("  X-A: b")).toThrow(/line 1: header before any path/);
    expect(() => parseHeadersFile("/a\n  no colon here")).toThrow(/line 2/);
  });
});

describe("formatNginx", () => {
  let conf: string;
  beforeEach(() => {
    conf = formatNginx(buildRules("/explainer/", pages));
  });
  it("has one exact location per page path, repeating the common headers (nginx does not inherit add_header into it)", () => {
    const block = /location = \/explainer\/embed\/chart\/ \{\n([\s\S]*?)\n\}/.exec(conf)?.[1] ?? "";
    expect(block).toContain(`add_header X-Content-Type-Options "nosniff" always;`);
    expect(block).toContain(`add_header Content-Security-Policy "${META.replace("AAA", "EEE")}; frame-ancestors *" always;`);
    expect(block).not.toContain("Cross-Origin-Opener-Policy");
    expect(conf).toContain("location ^~ /explainer/_astro/ {");
    expect(conf).toContain("location = /explainer/index.html {");
  });
  it("refuses a value nginx would read as a variable or the end of the string", () => {
    expect(() => formatNginx([{ pattern: "/*", headers: [["X-Content-Type-Options", 'a"b']] }])).toThrow(/nginx/);
  });
});
