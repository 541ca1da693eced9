// Response headers for static hosts, computed from the pages a build produced (no fs here: the
// integration in src/build/hosting-headers.ts reads the files and writes the results).
//
// Hosts combine `_headers` rules that match one request path in three different ways:
//   (a) every matching rule applies, and a header set twice is comma-joined (Cloudflare Pages);
//   (b) the later rule wins, header by header;
//   (c) the most specific rule wins, header by header (Netlify).
// The rules built here are right under all three because no two rules that can match the same path
// set the same header (checked by `overlaps`, which `buildRules` runs): then each header comes from
// exactly one rule, and (a), (b) and (c) all give the same result.

/** One built HTML file: its path relative to the output folder and its CSP <meta> content. */
export interface BuiltPage {
  /** "index.html", "quellen/index.html", "404.html". */
  file: string;
  csp: string;
}

/** One `_headers` rule: a path pattern (exact, or a prefix ending in `*`) and its headers, in order. */
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

/** The headers every response gets, from the one catch-all rule (no other rule may set them). */
export const COMMON_HEADERS: [string, string][] = [
  ["X-Content-Type-Options", "nosniff"],
  ["Referrer-Policy", "strict-origin-when-cross-origin"],
  // No interest-cohort: FLoC is gone, and Chrome logs an error for features it does not know.
  ["Permissions-Policy", "camera=(), microphone=(), geolocation=()"],
];

/** Cloudflare Pages' documented limits: at most 100 rules, at most 2,000 characters per header line. */
export const LIMITS = { rules: 100, lineLength: 2000 } as const;

// Paths we write into a rule must not contain what hosts read as syntax: `*` (splat), `:name`
// (Netlify placeholder), spaces, or what nginx would read in a location or quoted string.
const SAFE_PATH = /^\/[A-Za-z0-9._~/-]*$/;

/** The base path with one leading and one trailing slash ("/", "/explainer/"). */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

/** The URL paths a static host serves a built HTML file under (directory index both with and without "index.html"). */
export function pagePaths(base: string, file: string): string[] {
  const head = normalizeBase(base);
  const rel = file.replace(/\\/g, "/").replace(/^\/+/, "");
  if (rel === "index.html") return [head, `${head}index.html`];
  if (rel.endsWith("/index.html")) {
    const dir = rel.slice(0, -"index.html".length);
    return [head + dir, `${head}${rel}`];
  }
  // "404.html": Cloudflare Pages serves it as /404 (it drops .html); other hosts keep the name.
  return [head + rel.replace(/\.html$/, ""), head + rel];
}

/**
 * True for pages made to be framed by other sites: every built file under `embed/` (served at `<base>embed/`)
 * and under a figure's folder in `en/embed/`; not `en/embed/index.html`, the English Einbetten page.
 */
export function isEmbedPage(file: string): boolean {
  const rel = file.replace(/\\/g, "/").replace(/^\/+/, "");
  return rel.startsWith("embed/") || /^en\/embed\/[^/]+\//.test(rel);
}

/** The page's header CSP: its <meta> policy plus the frame-ancestors a <meta> cannot carry. */
export function headerCsp(metaCsp: string, embed: boolean): string {
  const policy = metaCsp.trim().replace(/;\s*$/, "");
  // A <meta> policy that already names frame-ancestors would give two values; browsers take the first.
  if (/(^|;)\s*frame-ancestors\b/i.test(policy)) throw new Error(`CSP already has frame-ancestors: ${policy}`);
  if (/unsafe-inline/.test(policy)) throw new Error(`CSP allows 'unsafe-inline': ${policy}`);
  if (policy.includes(",")) throw new Error(`CSP contains a comma (it would read as two policies): ${policy}`);
  return `${policy}; frame-ancestors ${embed ? "*" : "'self'"}`;
}

/** The `_headers` rules for a build: one catch-all for common headers, exact rules per page, embed.js, _astro/. */
export function buildRules(base: string, pages: BuiltPage[]): HeaderRule[] {
  const head = normalizeBase(base);
  const rules: HeaderRule[] = [{ pattern: `${head}*`, headers: COMMON_HEADERS.map(([k, v]) => [k, v]) }];
  const sorted = [...pages].sort((a, b) => a.file.localeCompare(b.file));
  for (const page of sorted) {
    const embed = isEmbedPage(page.file);
    const headers: [string, string][] = [["Content-Security-Policy", headerCsp(page.csp, embed)]];
    // Embeds get no COOP: a host page that opens them in a popup or frames them must keep working.
    if (!embed) headers.push(["Cross-Origin-Opener-Policy", "same-origin"]);
    for (const path of pagePaths(head, page.file)) rules.push({ pattern: path, headers });
  }
  rules.push({
    pattern: `${head}embed.js`,
    headers: [
      ["Access-Control-Allow-Origin", "*"],
      ["Cache-Control", "public, max-age=3600"],
    ],
  });
  // Vite's hashed files never change under one name.
  rules.push({ pattern: `${head}_astro/*`, headers: [["Cache-Control", "public, max-age=31536000, immutable"]] });
  const problems = [...overlaps(rules), ...invalidPatterns(rules), ...overLimits(rules)];
  if (problems.length) throw new Error(`hosting headers:\n  ${problems.join("\n  ")}`);
  return rules;
}

/** Whether a pattern (exact, or prefix + `*`) matches a URL path, as Cloudflare Pages and Netlify read a trailing splat. */
export function matches(pattern: string, path: string): boolean {
  return pattern.endsWith("*") ? path.startsWith(pattern.slice(0, -1)) : pattern === path;
}

/** Whether some path can match both patterns (exact or trailing-splat patterns only). */
export function canOverlap(a: string, b: string): boolean {
  const aSplat = a.endsWith("*");
  const bSplat = b.endsWith("*");
  if (!aSplat && !bSplat) return a === b;
  if (aSplat && bSplat) {
    const pa = a.slice(0, -1);
    const pb = b.slice(0, -1);
    return pa.startsWith(pb) || pb.startsWith(pa);
  }
  return aSplat ? matches(a, b) : matches(b, a);
}

/** Every pair of rules that can match one path and set the same header (case-insensitive): must be empty. */
export function overlaps(rules: HeaderRule[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < rules.length; i++) {
    for (let j = i + 1; j < rules.length; j++) {
      const a = rules[i]!;
      const b = rules[j]!;
      if (!canOverlap(a.pattern, b.pattern)) continue;
      const names = new Set(a.headers.map(([k]) => k.toLowerCase()));
      for (const [k] of b.headers) if (names.has(k.toLowerCase())) out.push(`${a.pattern} and ${b.pattern} both set ${k}`);
    }
  }
  return out;
}

function invalidPatterns(rules: HeaderRule[]): string[] {
  const out: string[] = [];
  for (const { pattern } of rules) {
    const body = pattern.endsWith("*") ? pattern.slice(0, -1) : pattern;
    if (!SAFE_PATH.test(body)) out.push(`unsafe path pattern: ${pattern}`);
  }
  return out;
}

function overLimits(rules: HeaderRule[]): string[] {
  const out: string[] = [];
  if (rules.length > LIMITS.rules) out.push(`${rules.length} rules, more than Cloudflare Pages' ${LIMITS.rules}`);
  for (const r of rules) {
    for (const [k, v] of r.headers) {
      const line = `  ${k}: ${v}`;
      if (line.length > LIMITS.lineLength) out.push(`${r.pattern}: ${k} line has ${line.length} characters`);
    }
  }
  return out;
}

/** The `_headers` file text for these rules. */
export function formatHeadersFile(rules: HeaderRule[], note = ""): string {
  const lines = [
    "# Generated at build time from the built pages (src/build/hosting-headers.ts); do not edit.",
    "# No two rules that can match one path set the same header, so hosts that apply every matching",
    "# rule (Cloudflare Pages), the last one or the most specific one (Netlify) all send the same headers.",
  ];
  if (note) lines.push(`# ${note}`);
  for (const r of rules) {
    lines.push("", r.pattern);
    for (const [k, v] of r.headers) lines.push(`  ${k}: ${v}`);
  }
  return `${lines.join("\n")}\n`;
}

/** Parses a `_headers` file into rules in file order; throws on what the build never writes, e.g. Cloudflare detach lines (`! Name`). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/\s+$/, "");
    if (!line.trim() || line.trim().startsWith("#")) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line, headers: [] });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers line ${i + 1}: header before any path`);
    const m = /^\s+([^:!\s][^:]*):\s*(.*)$/.exec(line);
    if (!m) throw new Error(`_headers line ${i + 1}: not "Name: value": ${line.trim()}`);
    rule.headers.push([m[1]!.trim(), m[2]!]);
  });
  return rules;
}

/** How a host combines the headers of several matching rules (see the comment at the top). */
export type CombineRule = "all-joined" | "last-wins" | "most-specific";

/** The response headers (lower-case names) a host that combines rules by `how` sends for `path`. */
export function effectiveHeaders(rules: HeaderRule[], path: string, how: CombineRule): Map<string, string> {
  const hits = rules.map((r, order) => ({ r, order })).filter(({ r }) => matches(r.pattern, path));
  if (how === "most-specific") {
    // Exact beats splat; a longer pattern beats a shorter one; ties go to the earlier rule.
    const score = (p: string) => (p.endsWith("*") ? 0 : 1_000_000) + p.length;
    hits.sort((x, y) => score(x.r.pattern) - score(y.r.pattern) || y.order - x.order);
  }
  const out = new Map<string, string>();
  for (const { r } of hits) {
    for (const [k, v] of r.headers) {
      const key = k.toLowerCase();
      const prev = out.get(key);
      // Sorted from least to most specific, so "last wins" also gives "most specific wins".
      out.set(key, how === "all-joined" && prev !== undefined ? `${prev}, ${v}` : v);
    }
  }
  return out;
}

/** An nginx include (inside `server {}`) with the same headers: one exact `location` per page path, plus embed.js and _astro/. */
export function formatNginx(rules: HeaderRule[]): string {
  const quote = (v: string) => {
    // Double quotes end the string and `$` starts a variable in nginx; neither occurs in our values.
    if (/["$\\]/.test(v)) throw new Error(`cannot quote for nginx: ${v}`);
    return `"${v}"`;
  };
  const common = rules.find((r) => r.pattern.endsWith("*") && r.headers.some(([k]) => k === COMMON_HEADERS[0]![0]));
  if (!common) throw new Error("no catch-all rule with the common headers");
  const adds = (headers: [string, string][], indent: string) =>
    headers.map(([k, v]) => `${indent}add_header ${k} ${quote(v)} always;`).join("\n");
  const lines = [
    "# Generated at build time (src/build/hosting-headers.ts); include inside the server {} block.",
    "# nginx drops every inherited add_header in a location that has its own, so each block repeats the common ones.",
    adds(common.headers, ""),
  ];
  for (const r of rules) {
    if (r === common) continue;
    const where = r.pattern.endsWith("*") ? `^~ ${r.pattern.slice(0, -1)}` : `= ${r.pattern}`;
    lines.push("", `location ${where} {`, adds([...common.headers, ...r.headers], "    "), "}");
  }
  return `${lines.join("\n")}\n`;
}

/** The content of the page's `<meta http-equiv="content-security-policy">`, or undefined. */
export function metaCsp(html: string): string | undefined {
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    if (!/http-equiv\s*=\s*["']?content-security-policy["']?/i.test(tag)) continue;
    const content = /\scontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    const value = content?.[1] ?? content?.[2];
    if (value !== undefined) return decodeEntities(value);
  }
  return undefined;
}

function decodeEntities(s: string): string {
  return s
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
