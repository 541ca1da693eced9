// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import hostingHeaders from "./src/build/hosting-headers";
import { withTwins } from "./src/build/sitemap-twins";

// Any static host, under any path: BASE_PATH=/some/sub/ npm run build. SITE_URL sets canonical URLs.
const base = process.env.BASE_PATH ?? "/";
const site = process.env.SITE_URL ?? "https://nordkorea-soldaten.example";
const outDir = process.env.OUT_DIR ?? "dist";

export default defineConfig({
  site,
  base,
  trailingSlash: "ignore",
  outDir,
  // One cache per output folder, inside this checkout: the build reads its content layer back from
  // cacheDir/data-store.json, so builds that run at once (npm test builds dist-sub and dist-hostile
  // together) or share a node_modules must not share that file.
  cacheDir: `./.astro/cache/${outDir.replace(/[^\w.-]+/g, "_")}`,
  integrations: [
    mdx(),
    // Embeds (embed/<figure>/, en/embed/<figure>/) are for iframes, not for search results; they carry
    // noindex too. The English Einbetten page, en/embed/ itself, is a page like any other.
    // Both languages, each page with its twin as an hreflang alternate.
    sitemap({ filter: (page) => !/\/embed\/[^/]|\/404\/?$/.test(page), serialize: withTwins(new URL(base, site).href) }),
    // _headers and nginx-headers.conf from the built pages' CSP <meta> (replaces a hand-kept public/_headers).
    hostingHeaders(),
  ],
  experimental: {
    // A CSP <meta> on every page: Astro adds hashes of its own scripts and styles; all else is 'self'.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  // Stylesheets as files, not inline: Astro's CSP misses the hash of styles inlined from MDX components.
  build: { format: "directory", inlineStylesheets: "never" },
  // German at the root, English under /en/ (src/lib/routes.ts maps each page to its twin).
  i18n: { defaultLocale: "de", locales: ["de", "en"], routing: { prefixDefaultLocale: false } },
  devToolbar: { enabled: false },
  server: { host: "127.0.0.1" },
});
