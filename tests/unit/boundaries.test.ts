// The rooms of src/ as rules (in the manner of Starlight's no-internal-barrel-imports test): files are
// globbed, their import specifiers read with a regular expression, and each rule is also run against a
// synthetic violation so that it is known to be able to fail.
//   src/client: browser code. Never zod, the dictionary (src/lib/i18n), the data schema or loader,
//               node:* or anything of src/build, directly or through what it imports from src/.
//   src/lib:    pure logic, tested in Node. Never node:* or astro:*, and no document/window at module level.
// Client code is also the <script> (bundled, not is:inline) of every .astro file.
//   tests/unit, tests/data: leave no state behind. The unit project shares one module registry per worker
//               (vitest.config.ts, isolate: false), so a module mock, a stubbed global, fake timers or a
//               changed environment variable would leak into the next file.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";

type Files = Record<string, string>;

/** Every .ts and .astro file under src/, by path relative to the project root. */
function sourceFiles(): Files {
  const files: Files = {};
  for (const rel of readdirSync("src", { recursive: true }) as string[]) {
    if (/\.(ts|astro)$/.test(rel)) files[join("src", rel)] = readFileSync(join("src", rel), "utf8");
  }
  return files;
}

/** The modules a source imports at run time (type-only imports are erased and do not count). */
export function specifiers(code: string): string[] {
  const out: string[] = [];
  const code2 = code.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  for (const m of code2.matchAll(/(?:^|[\s;])(import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?["']([^"']+)["']/g)) {
    if (!m[2]) out.push(m[3]!);
  }
  for (const m of code2.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)) out.push(m[1]!);
  return out;
}

/** The bundled <script> blocks of an .astro file (is:inline and JSON scripts are not bundled). */
function astroScripts(code: string): string[] {
  return [...code.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/is:inline|type=|set:/.test(m[1] ?? ""))
    .map((m) => m[2]!);
}

/** A relative specifier as the file it names, if it is one of `files`. */
function resolve(files: Files, from: string, spec: string): string | undefined {
  if (!spec.startsWith(".")) return undefined;
  const base = normalize(join(dirname(from), spec));
  return [base, `${base}.ts`, join(base, "index.ts")].find((p) => p in files);
}

/** Why a module reached from client code may not be there, or undefined. */
function clientForbidden(spec: string, resolved: string | undefined): string | undefined {
  if (spec === "zod" || spec.startsWith("zod/") || spec === "astro/zod") return "zod";
  if (spec.startsWith("node:")) return "a Node built-in";
  if (!resolved) return undefined;
  if (resolved.startsWith(join("src", "build"))) return "build-time code";
  if (resolved.startsWith(join("src", "lib", "i18n"))) return "the dictionary";
  if (/^src[/\\]lib[/\\]data[/\\](schema|load)\.ts$/.test(resolved)) return "the data schema or loader";
  return undefined;
}

/** Violations of the client rules: every file reached from src/client or an .astro <script>. */
export function clientViolations(files: Files): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (file: string, code: string, chain: string) => {
    for (const spec of specifiers(code)) {
      const target = resolve(files, file, spec);
      const why = clientForbidden(spec, target);
      if (why) out.push(`${chain} imports ${spec} (${why})`);
      if (target && !seen.has(target)) {
        seen.add(target);
        visit(target, files[target]!, `${chain} → ${target}`);
      }
    }
  };
  for (const [file, code] of Object.entries(files)) {
    if (file.startsWith(join("src", "client")) && file.endsWith(".ts")) visit(file, code, file);
    if (file.endsWith(".astro")) for (const script of astroScripts(code)) visit(file, script, `${file} <script>`);
  }
  return out;
}

/** Violations of the lib rules. */
export function libViolations(files: Files): string[] {
  const out: string[] = [];
  for (const [file, code] of Object.entries(files)) {
    if (!file.startsWith(join("src", "lib"))) continue;
    for (const spec of specifiers(code)) if (/^(node|astro):/.test(spec)) out.push(`${file} imports ${spec}`);
    // Module level: a line that starts at column 0 and is not a declaration (whose body is indented).
    const lines = code.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, "")).split("\n");
    lines.forEach((line, i) => {
      if (/^(\s|\/\/|export (async )?function|(async )?function|export (interface|type)|interface|type |$)/.test(line)) return;
      if (/\b(document|window)\b/.test(line.replace(/(["'`])(?:\\.|(?!\1).)*\1/g, '""')))
        out.push(`${file}:${i + 1} touches document/window at module level`);
    });
  }
  return out;
}

/**
 * Code that would load something when the reader scrolls: the browser tests bring each lazy image and
 * frame into view once and then wait (tests/e2e/browser.ts loadLazyContent), which covers no more.
 */
export function scrollLoaders(files: Files): string[] {
  return Object.entries(files)
    .filter(([, code]) => /\bIntersectionObserver\b|addEventListener\(\s*["'](?:scroll|scrollend)["']|\bonscroll\s*=/.test(code))
    .map(([file]) => file);
}

/**
 * Unit test files that could leave state behind for the next file in the same worker: module mocks (never
 * allowed), and stubs, fake timers, environment changes or a changed working directory without their undo
 * in the same file.
 */
export function testLeaks(files: Files): string[] {
  const out: string[] = [];
  const undo: [RegExp, RegExp, string][] = [
    [/\bvi\.stubGlobal\(/, /\bvi\.unstubAllGlobals\(\)/, "stubs a global without vi.unstubAllGlobals()"],
    [/\bvi\.stubEnv\(/, /\bvi\.unstubAllEnvs\(\)/, "stubs an env variable without vi.unstubAllEnvs()"],
    [/\bvi\.useFakeTimers\(/, /\bvi\.useRealTimers\(\)/, "fakes timers without vi.useRealTimers()"],
    [/\bprocess\.env(?:\.\w+|\[[^\]]+\])\s*=(?!=)/, /\bfinally\b/, "sets process.env outside a try/finally"],
  ];
  for (const [file, code] of Object.entries(files)) {
    if (/\bvi\.(?:do)?[mM]ock\(/.test(code)) out.push(`${file}: mocks a module`);
    if (/\bprocess\.chdir\(/.test(code)) out.push(`${file}: changes the working directory`);
    for (const [does, undone, what] of undo) if (does.test(code) && !undone.test(code)) out.push(`${file}: ${what}`);
  }
  return out;
}

/** Every unit and data test file, by path. */
function testFiles(): Files {
  const out: Files = {};
  for (const dir of ["tests/unit", "tests/data"])
    for (const rel of readdirSync(dir, { recursive: true }) as string[])
      if (rel.endsWith(".ts")) out[join(dir, rel)] = readFileSync(join(dir, rel), "utf8");
  return out;
}

const files = sourceFiles();

describe("rooms", () => {
  it("the tree has rooms to check", () => {
    expect(Object.keys(files).filter((f) => f.startsWith(join("src", "client"))).length).toBeGreaterThan(3);
    expect(Object.keys(files).filter((f) => f.startsWith(join("src", "lib"))).length).toBeGreaterThan(30);
  });

  it("client code imports no zod, dictionary, data schema or loader, node:* or src/build", () => {
    expect(clientViolations(files)).toEqual([]);
  });

  it("src/lib imports no node:* or astro:* and touches no document/window at module level", () => {
    expect(libViolations(files)).toEqual([]);
  });

  it("nothing loads on scroll (no IntersectionObserver, no scroll listener)", () => {
    expect(scrollLoaders(files)).toEqual([]);
  });

  it("no unit test leaves a mock, stub, fake timer or environment change behind for the next file", () => {
    const tests = testFiles();
    // The files that do switch something, and undo it, are among those read.
    expect(Object.keys(tests)).toEqual(
      expect.arrayContaining([join("tests", "unit", "format.test.ts"), join("tests", "unit", "embed-protocol.test.ts")]),
    );
    // This file names the patterns in its own rule and synthetic cases; it switches nothing itself.
    delete tests[join("tests", "unit", "boundaries.test.ts")];
    expect(testLeaks(tests)).toEqual([]);
  });
});

describe("the rules can fail", () => {
  const lib = join("src", "lib");
  const client = join("src", "client");
  const base: Files = {
    [join(client, "a.ts")]: 'import { helper } from "../lib/helper";\nimport type { Z } from "zod";\n',
    [join(lib, "helper.ts")]: "export const helper = 1;\nexport function f(win: Window) {\n  return window.innerWidth;\n}\n",
  };

  it("the synthetic tree itself is clean (type-only imports and function bodies are allowed)", () => {
    expect(clientViolations(base)).toEqual([]);
    expect(libViolations(base)).toEqual([]);
  });

  it.each([
    ["zod", 'import { z } from "zod";'],
    ["the dictionary", 'import { dictionary } from "../lib/i18n";'],
    ["the dictionary (de.ts)", 'import { de } from "../lib/i18n/de";'],
    ["the schema", 'import { dataFiles } from "../lib/data/schema";'],
    ["the loader", 'import { validateDataset } from "../lib/data/load";'],
    ["node:*", 'import { readFileSync } from "node:fs";'],
    ["src/build", 'import { rasterise } from "../build/raster";'],
    ["a dynamic import of src/build", 'const m = await import("../build/world");'],
  ])("client code importing %s", (_, line) => {
    const tree = {
      ...base,
      [join(lib, "i18n", "index.ts")]: "",
      [join(lib, "i18n", "de.ts")]: "",
      [join(lib, "data", "schema.ts")]: "",
      [join(lib, "data", "load.ts")]: "",
      [join("src", "build", "raster.ts")]: "",
      [join("src", "build", "world.ts")]: "",
    };
    tree[join(client, "a.ts")] += line;
    expect(clientViolations(tree)).toHaveLength(1);
  });

  it("client code reaching the dictionary through lib", () => {
    const tree = { ...base, [join(lib, "helper.ts")]: 'import { dictionary } from "./i18n";\n', [join(lib, "i18n", "index.ts")]: "" };
    expect(clientViolations(tree)).toEqual([`${join(client, "a.ts")} → ${join(lib, "helper.ts")} imports ./i18n (the dictionary)`]);
  });

  it("an .astro <script> importing zod, but not its front matter", () => {
    const tree = {
      ...base,
      [join("src", "components", "X.astro")]:
        '---\nimport { z } from "zod";\n---\n<script>\n  import { z } from "zod";\n</script>\n<script is:inline>import "zod";</script>',
    };
    expect(clientViolations(tree)).toHaveLength(1);
  });

  it.each([
    ["an IntersectionObserver", "new IntersectionObserver(load).observe(img);"],
    ["a scroll listener", 'window.addEventListener( "scroll", load);'],
    ["a scrollend listener", "el.addEventListener('scrollend', load);"],
    ["an onscroll handler", "el.onscroll = load;"],
  ])("client code with %s", (_, line) => {
    expect(scrollLoaders(base)).toEqual([]);
    expect(scrollLoaders({ ...base, [join(client, "a.ts")]: base[join(client, "a.ts")] + line })).toEqual([join(client, "a.ts")]);
  });

  it.each([
    ["node:*", 'import { readFileSync } from "node:fs";'],
    ["astro:*", 'import { getCollection } from "astro:content";'],
    ["document at module level", 'const script = typeof document !== "undefined" ? document.currentScript : null;'],
    ["window at module level", "if (script) listen(window);"],
  ])("src/lib with %s", (_, line) => {
    const tree = { ...base, [join(lib, "helper.ts")]: `${base[join(lib, "helper.ts")]}${line}\n` };
    expect(libViolations(tree)).toHaveLength(1);
  });
  it.each([
    ["a module mock", 'vi.mock("../../src/lib/format");', "mocks a module"],
    ["a later module mock", 'vi.doMock("../../src/lib/format");', "mocks a module"],
    ["a stubbed global", 'vi.stubGlobal("fetch", f);', "stubs a global without vi.unstubAllGlobals()"],
    ["a stubbed env variable", 'vi.stubEnv("TZ", "Asia/Seoul");', "stubs an env variable without vi.unstubAllEnvs()"],
    ["fake timers", "vi.useFakeTimers();", "fakes timers without vi.useRealTimers()"],
    ["an env assignment", 'process.env["TZ"] = "Asia/Seoul";', "sets process.env outside a try/finally"],
    ["an env assignment by name", "process.env.CI = undefined;", "sets process.env outside a try/finally"],
    ["a changed working directory", 'process.chdir("/tmp");', "changes the working directory"],
  ])("a unit test with %s and no undo", (_, line, what) => {
    const file = join("tests", "unit", "x.test.ts");
    expect(testLeaks({ [file]: 'it("x", () => {});\n' })).toEqual([]);
    expect(testLeaks({ [file]: `it("x", () => {\n  ${line}\n});\n` })).toEqual([`${file}: ${what}`]);
  });

  it("a unit test that undoes what it switched, or only reads the environment", () => {
    const file = join("tests", "unit", "x.test.ts");
    const fine = [
      "afterEach(() => { vi.useRealTimers(); vi.unstubAllGlobals(); });",
      'it("x", () => { vi.useFakeTimers(); vi.stubGlobal("fetch", f); });',
      'it("y", () => { const before = process.env["TZ"]; try { process.env["TZ"] = "UTC"; } finally { process.env["TZ"] = before; } });',
      'if (process.env["CI"] === "true") throw new Error();',
    ].join("\n");
    expect(testLeaks({ [file]: fine })).toEqual([]);
  });
});
