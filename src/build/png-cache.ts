/**
 * PNGs made once per distinct input and kept in .astro/cache/png/: the three builds of `npm test` (dist,
 * dist-sub, dist-hostile) and every rebuild share them, so each image is rasterised, composed and
 * quantised once instead of once per build. The key holds the inputs (SVG text, options), the code that
 * makes the image, the rasteriser's code and the versions of resvg and sharp: a change to any of them
 * makes a new image, never a stale one.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fontFiles, rasterise } from "./raster";

/** Where the images are kept: inside the checkout, beside Astro's own caches (ignored by git). */
export const PNG_CACHE_DIR = join(process.cwd(), ".astro", "cache", "png");

/** The version of an installed package, read from the package.json above its entry point. */
function packageVersion(name: string): string {
  const require = createRequire(import.meta.url);
  for (let dir = dirname(require.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string };
    if (pkg.name === name) return pkg.version ?? "";
  }
  return "";
}

let tools: string | undefined;
/** What else decides the pixels: the rasteriser's code, its font files and the image libraries' versions. */
function toolchain(): string {
  tools ??= [rasterise.toString(), ...fontFiles(), packageVersion("@resvg/resvg-js"), packageVersion("sharp")].join("\n");
  return tools;
}

/** The cache key of an image: a hash of its inputs, the code that makes it and the toolchain. */
export function pngCacheKey(inputs: unknown[], make: () => unknown): string {
  return createHash("sha256").update(JSON.stringify(inputs)).update(make.toString()).update(toolchain()).digest("hex");
}

/** The PNG `make` returns for `inputs`, made only if no build of this checkout has made it before. */
export async function cachedPng(inputs: unknown[], make: () => Promise<Buffer>, dir = PNG_CACHE_DIR): Promise<Buffer> {
  const file = join(dir, `${pngCacheKey(inputs, make)}.png`);
  if (existsSync(file)) return readFileSync(file);
  const png = await make();
  mkdirSync(dir, { recursive: true });
  // Written under a temporary name and renamed: a build running at the same time never reads half a file.
  const part = `${file}.${process.pid}.part`;
  writeFileSync(part, png);
  renameSync(part, file);
  return png;
}
