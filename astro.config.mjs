// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";

// Any static host, under any path: BASE_PATH=/some/sub/ npm run build. SITE_URL sets canonical URLs.
const base = process.env.BASE_PATH ?? "/";
const site = process.env.SITE_URL ?? "https://nordkorea-soldaten.example";

export default defineConfig({
  site,
  base,
  trailingSlash: "ignore",
  outDir: process.env.OUT_DIR ?? "dist",
  integrations: [mdx()],
  build: { format: "directory", inlineStylesheets: "auto" },
  devToolbar: { enabled: false },
  server: { host: "127.0.0.1" },
});
