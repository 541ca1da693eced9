// hosting/headers.ts at its edges: path forms, the parser's tolerance and refusals, the limits, nginx quoting.
import { describe, expect, it } from "vitest";
import {
  buildRules,
  canOverlap,
  COMMON_HEADERS,
  effectiveHeaders,
  formatHeadersFile,
  formatNginx,
  headerCsp,
  isEmbedPage,
  LIMITS,
  matches,
  metaCsp,
  normalizeBase,
  overlaps,
  pagePaths,
  parseHeadersFile,
  type HeaderRule,
} from "../../src/lib/hosting/headers";

const CSP = "default-src 'self'";

describe("paths", () => {
  it("normalizes bases with many or no slashes", () => {
    expect(normalizeBase("/")).toBe("/");
    expect(normalizeBase("///")).toBe("/");
    expect(normalizeBase("//x//")).toBe("/x/");
  });
  it("reads Windows separators and a leading slash in built file names", () => {
    expect(pagePaths("/", "quellen\\index.html")).toEqual(["/quellen/", "/quellen/index.html"]);
    expect(pagePaths("/", "/index.html")).toEqual(["/", "/index.html"]);
    expect(pagePaths("/b", "a/b/index.html")).toEqual(["/b/a/b/", "/b/a/b/index.html"]);
    expect(pagePaths("/", "x.html")).toEqual(["/x", "/x.html"]);
  });
  it("counts only files under embed/ and the figures' folders under en/embed/ as embed pages", () => {
    expect(isEmbedPage("embed/chart/index.html")).toBe(true);
    expect(isEmbedPage("\\embed\\map\\index.html")).toBe(true);
    expect(isEmbedPage("/embed/index.html")).toBe(true);
    expect(isEmbedPage("embedded/index.html")).toBe(false);
    expect(isEmbedPage("x/embed/index.html")).toBe(false);
    expect(isEmbedPage("en/embed/losses/index.html")).toBe(true);
    expect(isEmbedPage("en\\embed\\map\\index.html")).toBe(true);
    // The English Einbetten page is a page of the site, framed by no one.
    expect(isEmbedPage("en/embed/index.html")).toBe(false);
    expect(isEmbedPage("en/embedded/chart/index.html")).toBe(false);
    expect(isEmbedPage("de/embed/chart/index.html")).toBe(false);
  });
});

describe("headerCsp", () => {
  it("drops trailing semicolons and spaces before adding frame-ancestors", () => {
    expect(headerCsp(`  ${CSP};  `, false)).toBe(`${CSP}; frame-ancestors 'self'`);
  });
  it("keeps directives after a semicolon without a space", () => {
    expect(headerCsp("a;b", false)).toBe("a;b; frame-ancestors 'self'");
  });
  it("finds frame-ancestors at the start or after a semicolon, in any case, but not inside another word", () => {
    expect(() => headerCsp("Frame-Ancestors 'none'", false)).toThrow(/frame-ancestors/);
    expect(() => headerCsp(`${CSP};frame-ancestors 'none'`, true)).toThrow(/frame-ancestors/);
    expect(headerCsp("img-src x-frame-ancestors.example", false)).toBe("img-src x-frame-ancestors.example; frame-ancestors 'self'");
  });
});

describe("matches and canOverlap", () => {
  it("matches an exact pattern exactly and a splat by prefix", () => {
    expect(matches("/a/", "/a/")).toBe(true);
    expect(matches("/a/", "/a/b")).toBe(false);
    expect(matches("/a/*", "/a/")).toBe(true);
    expect(matches("/a/*", "/a/b/c")).toBe(true);
    expect(matches("/a/*", "/a")).toBe(false);
  });
  it("lets two splats overlap when one prefix contains the other, in either order", () => {
    expect(canOverlap("/*", "/embed/*")).toBe(true);
    expect(canOverlap("/a/*", "/b/*")).toBe(false);
    expect(canOverlap("/a/x", "/a/*")).toBe(true);
    expect(canOverlap("/b/x", "/a/*")).toBe(false);
  });
  it("a splat cannot match a path shorter than its prefix, in either argument order", () => {
    expect(canOverlap("/a/b", "/a/b/c/*")).toBe(false);
    expect(canOverlap("/a/b/c/*", "/a/b")).toBe(false);
  });
  it("two splats overlap when either prefix starts the other, not when it ends it", () => {
    expect(canOverlap("/embed/x*", "/e*")).toBe(true);
    expect(canOverlap("/e*", "/embed/x*")).toBe(true);
    expect(canOverlap("/x/e*", "/e*")).toBe(false);
  });
  it("compares header names without case", () => {
    const rules: HeaderRule[] = [
      { pattern: "/*", headers: [["cache-control", "a"]] },
      { pattern: "/x", headers: [["Cache-Control", "b"]] },
      { pattern: "/y", headers: [["Cache-Control", "b"]] },
    ];
    expect(overlaps(rules)).toEqual(["/* and /x both set Cache-Control", "/* and /y both set Cache-Control"]);
  });
});

describe("buildRules", () => {
  it("starts with the catch-all of the common headers and ends with embed.js and _astro/", () => {
    const rules = buildRules("", [{ file: "index.html", csp: CSP }]);
    expect(rules.map((r) => r.pattern)).toEqual(["/*", "/", "/index.html", "/embed.js", "/_astro/*"]);
    expect(rules[0]!.headers).toEqual([
      ["X-Content-Type-Options", "nosniff"],
      ["Referrer-Policy", "strict-origin-when-cross-origin"],
      ["Permissions-Policy", "camera=(), microphone=(), geolocation=()"],
    ]);
    expect(COMMON_HEADERS).toHaveLength(3);
    expect(rules[1]!.headers).toEqual([
      ["Content-Security-Policy", `${CSP}; frame-ancestors 'self'`],
      ["Cross-Origin-Opener-Policy", "same-origin"],
    ]);
  });
  it("orders pages by file name, whatever order the build lists them in", () => {
    const rules = buildRules("/", [
      { file: "b/index.html", csp: CSP },
      { file: "a/index.html", csp: CSP },
    ]);
    expect(rules.slice(1, 5).map((r) => r.pattern)).toEqual(["/a/", "/a/index.html", "/b/", "/b/index.html"]);
  });
  // A build always has an odd number of rules, so 99 is the most that passes (100 cannot occur).
  it("allows 99 rules and refuses 101", () => {
    expect(LIMITS).toEqual({ rules: 100, lineLength: 2000 });
    // 1 catch-all + 2 per page + embed.js + _astro/ = 2n + 3 rules.
    const pages = (n: number) => Array.from({ length: n }, (_, i) => ({ file: `p${i}/index.html`, csp: CSP }));
    expect(buildRules("/", pages(48))).toHaveLength(99);
    expect(() => buildRules("/", pages(49))).toThrow(/101 rules, more than Cloudflare Pages' 100/);
  });
  it("refuses a header line longer than 2,000 characters, and accepts one of exactly 2,000", () => {
    // The line is "  Content-Security-Policy: " (27 characters) + value; the value adds "; frame-ancestors 'self'" (24).
    const fits = `default-src ${"a".repeat(2000 - 27 - 24 - 12)}`;
    expect(() => buildRules("/", [{ file: "index.html", csp: fits }])).not.toThrow();
    expect(() => buildRules("/", [{ file: "index.html", csp: `${fits}a` }])).toThrow(
      /\/: Content-Security-Policy line has 2001 characters/,
    );
  });
  it("checks the prefix of a splat rule too, naming every bad rule", () => {
    expect(() => buildRules("/a b/", [{ file: "index.html", csp: CSP }])).toThrow(/unsafe path pattern: \/a b\/\*/);
  });
  it("refuses spaces and other syntax in a path", () => {
    expect(() => buildRules("/", [{ file: "a b/index.html", csp: CSP }])).toThrow(/unsafe path pattern: \/a b\//);
    expect(() => buildRules("/", [{ file: "ok-._~/index.html", csp: CSP }])).not.toThrow();
  });
});

describe("parseHeadersFile", () => {
  it("skips comments and blank lines, reads CRLF and trailing spaces, keeps values with colons", () => {
    const text = "# note\r\n\r\n/a  \r\n  X-A: b  \r\n  # indented comment\r\n\tLink: <https://x>; rel=preload\r\n";
    expect(parseHeadersFile(text)).toEqual([
      {
        pattern: "/a",
        headers: [
          ["X-A", "b"],
          ["Link", "<https://x>; rel=preload"],
        ],
      },
    ]);
  });
  it("refuses Cloudflare's detach lines and names without a value separator", () => {
    expect(() => parseHeadersFile("/a\n  ! X-A")).toThrow(/line 2: not "Name: value": ! X-A/);
    expect(() => parseHeadersFile("/a\n  : value")).toThrow(/line 2/);
  });
  it("takes the value after any spaces, or none, behind the colon", () => {
    expect(parseHeadersFile("/a\n  X:b\n  Y:   c d\n    Z : e")).toEqual([
      {
        pattern: "/a",
        headers: [
          ["X", "b"],
          ["Y", "c d"],
          ["Z", "e"],
        ],
      },
    ]);
  });
  it("reads a line that starts with a non-space as a path, even with a space inside", () => {
    expect(parseHeadersFile("/a b")).toEqual([{ pattern: "/a b", headers: [] }]);
  });
  it("keeps a path without headers", () => {
    expect(parseHeadersFile("/a\n/b\n  X: y")).toEqual([
      { pattern: "/a", headers: [] },
      { pattern: "/b", headers: [["X", "y"]] },
    ]);
  });
});

describe("formatHeadersFile", () => {
  it("writes the header comment, an optional note, then blank-line separated rules with indented headers", () => {
    const text = formatHeadersFile([
      {
        pattern: "/x",
        headers: [
          ["A", "1"],
          ["B", "2"],
        ],
      },
    ]);
    const lines = text.split("\n");
    expect(lines.slice(0, 3).every((l) => l.startsWith("# "))).toBe(true);
    expect(lines.slice(3)).toEqual(["", "/x", "  A: 1", "  B: 2", ""]);
    expect(formatHeadersFile([], "built for /sub/").split("\n")[3]).toBe("# built for /sub/");
  });
});

describe("effectiveHeaders", () => {
  const rules: HeaderRule[] = [
    { pattern: "/*", headers: [["X", "catch-all"]] },
    { pattern: "/a/*", headers: [["X", "a-splat"]] },
    { pattern: "/a/b", headers: [["X", "exact"]] },
    { pattern: "/a/*", headers: [["X", "a-splat-later"]] },
  ];
  it("most specific: exact beats any splat, a longer splat a shorter one, and a tie goes to the earlier rule", () => {
    expect(effectiveHeaders(rules, "/a/b", "most-specific").get("x")).toBe("exact");
    expect(effectiveHeaders(rules, "/a/c", "most-specific").get("x")).toBe("a-splat");
    expect(effectiveHeaders(rules, "/z", "most-specific").get("x")).toBe("catch-all");
  });
  it("last wins takes file order; all-joined joins every match with a comma and a space", () => {
    expect(effectiveHeaders(rules, "/a/b", "last-wins").get("x")).toBe("a-splat-later");
    expect(effectiveHeaders(rules, "/a/b", "all-joined").get("x")).toBe("catch-all, a-splat, exact, a-splat-later");
  });
});

describe("formatNginx", () => {
  it("needs the catch-all rule of the common headers", () => {
    expect(() => formatNginx([{ pattern: "/x", headers: [["X-Content-Type-Options", "nosniff"]] }])).toThrow(/no catch-all/);
    expect(() => formatNginx([{ pattern: "/*", headers: [["Other", "x"]] }])).toThrow(/no catch-all/);
  });
  it("refuses $ and backslashes, which nginx would interpret", () => {
    const common: HeaderRule = { pattern: "/*", headers: [["X-Content-Type-Options", "nosniff"]] };
    expect(() => formatNginx([common, { pattern: "/x", headers: [["A", "$host"]] }])).toThrow(/cannot quote for nginx: \$host/);
    expect(() => formatNginx([common, { pattern: "/x", headers: [["A", "a\\b"]] }])).toThrow(/cannot quote/);
  });
  it("writes the common headers at server level and once more in each location, exact or prefix", () => {
    const common: HeaderRule = { pattern: "/*", headers: [["X-Content-Type-Options", "nosniff"]] };
    const conf = formatNginx([common, { pattern: "/x", headers: [["A", "1"]] }, { pattern: "/s/*", headers: [["B", "2"]] }]);
    expect(conf.split("\n").slice(2)).toEqual([
      'add_header X-Content-Type-Options "nosniff" always;',
      "",
      "location = /x {",
      '    add_header X-Content-Type-Options "nosniff" always;',
      '    add_header A "1" always;',
      "}",
      "",
      "location ^~ /s/ {",
      '    add_header X-Content-Type-Options "nosniff" always;',
      '    add_header B "2" always;',
      "}",
      "",
    ]);
  });
});

describe("metaCsp", () => {
  it("reads unquoted http-equiv, hex and decimal entities, and the entities &quot; &apos; &lt; &gt;", () => {
    expect(metaCsp(`<META HTTP-EQUIV=Content-Security-Policy CONTENT="a&#x27;b&#39;&quot;&apos;&lt;&gt;">`)).toBe(`a'b'"'<>`);
  });
  it("decodes &amp; last, so &amp;lt; stays &lt;", () => {
    expect(metaCsp(`<meta http-equiv="content-security-policy" content="&amp;lt;">`)).toBe("&lt;");
  });
  it("allows spaces around = in both attributes", () => {
    expect(metaCsp(`<meta http-equiv = "content-security-policy" content = "x">`)).toBe("x");
  });
  it("skips a CSP meta without content and takes the next", () => {
    expect(metaCsp(`<meta http-equiv="content-security-policy"><meta http-equiv="content-security-policy" content="x">`)).toBe("x");
    expect(metaCsp("<p>no meta</p>")).toBeUndefined();
  });
});
