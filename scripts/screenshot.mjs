// Screenshots of built pages for a human look: node scripts/screenshot.mjs <path> [width] [dark] [out.png]
import { chromium } from "playwright-core";
import { startServer } from "./serve.mjs";
import { CHROMIUM_FLAGS } from "./chromium-flags.mjs";

const [path = "", width = "390", scheme = "light", out = "/tmp/shot.png"] = process.argv.slice(2);
const { server, url } = await startServer({ dir: process.env.OUT_DIR ?? "dist", port: 0 });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  args: CHROMIUM_FLAGS,
});
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme === "dark" ? "dark" : "light" });
await page.goto(url + path, { waitUntil: "networkidle" });
await page.screenshot({ path: out, fullPage: process.env.FULL === "1" });
await browser.close();
server.close();
console.log(out);
