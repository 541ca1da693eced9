// Writes `_headers` (Netlify, Cloudflare Pages) and `nginx-headers.conf` into the build output, from the
// HTML pages the build actually produced and their CSP <meta>: the header policy can never drift from
// the hashes Astro put into a page. The rules themselves come from src/lib/hosting/headers.ts.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { buildRules, formatHeadersFile, formatNginx, metaCsp, type BuiltPage } from "../lib/hosting/headers";

/** Every .html file under `dir`, as paths relative to it with forward slashes. */
function htmlFiles(dir: string, sub = ""): string[] {
  return readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((entry) => {
    const rel = sub ? `${sub}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return htmlFiles(dir, rel);
    return entry.name.endsWith(".html") ? [rel] : [];
  });
}

/** Astro integration: after the build, writes `_headers` and `nginx-headers.conf` for the pages built. */
export default function hostingHeaders(): AstroIntegration {
  let base = "/";
  return {
    name: "hosting-headers",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base;
      },
      "astro:build:done": ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages: BuiltPage[] = htmlFiles(out).map((file) => {
          const csp = metaCsp(readFileSync(join(out, file), "utf8"));
          // A page without the <meta> would get a header policy that allows nothing it needs: fail loudly.
          if (!csp) throw new Error(`${relative(process.cwd(), join(out, file))}: no CSP <meta>`);
          return { file, csp };
        });
        const rules = buildRules(base, pages);
        const note = base === "/" ? "" : `Paths include the base ${base}: put this file at the root of the host's publish folder.`;
        const headersText = formatHeadersFile(rules, note);
        writeFileSync(join(out, "_headers"), headersText);
        writeFileSync(join(out, "nginx-headers.conf"), formatNginx(rules));
        logger.info(
          `_headers: ${rules.length} rules for ${pages.length} pages, ${Buffer.byteLength(headersText)} bytes; nginx-headers.conf`,
        );
      },
    },
  };
}
