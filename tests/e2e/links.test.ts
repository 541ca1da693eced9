// A build under a sub-path has no broken internal link or asset: every href/src in every page resolves to a built file.
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtFile, builtPages } from "./browser";

/** The origin the build was made for (SITE_URL or astro.config.mjs's default), read from its start page's canonical link. */
function siteOf(dir: string): string {
  const canonical = builtFile("index.html", dir).match(/<link rel="canonical" href="([^"]+)"/)?.[1];
  expect(canonical, `${dir}/index.html has no canonical link`).toBeDefined();
  return new URL(canonical!).origin;
}

/** Checks every internal reference of a build; returns "page -> target" for each broken one. */
function brokenLinks(dir: string, base: string): string[] {
  const site = siteOf(dir);
  const broken: string[] = [];
  for (const page of builtPages(dir)) {
    const html = builtFile(page.endsWith(".html") ? page : `${page}index.html`, dir);
    // Absolute URLs on the configured site (canonical, og:image) must resolve too.
    const refs = [...html.matchAll(/\s(?:href|src|content)="([^"#?]*)[^"]*"/g)].map((m) =>
      m[1]!.startsWith(`${site}/`) ? m[1]!.slice(site.length) : m[1]!,
    );
    for (const ref of refs) {
      if (ref === "" || /^(https?:|mailto:|data:|#)/.test(ref) || !ref.startsWith("/")) continue;
      if (!ref.startsWith(base)) {
        broken.push(`${page} -> ${ref} (outside the base ${base})`);
        continue;
      }
      const target = join(dir, decodeURI(ref.slice(base.length)));
      const ok = existsSync(target) && (statSync(target).isFile() || existsSync(join(target, "index.html")));
      if (!ok) broken.push(`${page} -> ${ref}`);
    }
  }
  return broken;
}

describe("internal links", () => {
  it("the root build has none broken", () => {
    expect(builtPages("dist").length).toBeGreaterThan(3);
    expect(brokenLinks("dist", "/")).toEqual([]);
  });
  it("resolves absolute self-links (canonical, og:image) too: they are on the build's own site", () => {
    const site = siteOf("dist");
    expect(builtFile("index.html")).toContain(`content="${site}/`);
  });
  it("the sub-path build (/explainer/, made by `npm run build:sub`) has none broken", () => {
    expect(existsSync("dist-sub/index.html"), "dist-sub/ is missing: npm test builds it").toBe(true);
    expect(brokenLinks("dist-sub", "/explainer/")).toEqual([]);
  });
});
