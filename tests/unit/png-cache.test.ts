import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cachedPng, pngCacheKey } from "../../src/build/png-cache";

describe("cachedPng", () => {
  it("makes an image once per distinct input and gives the same bytes back from the cache", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nk-png-"));
    let made = 0;
    const make = async () => {
      made++;
      return Buffer.from([137, 80, 78, 71, made]);
    };
    const first = await cachedPng(["<svg>a</svg>"], make, dir);
    const again = await cachedPng(["<svg>a</svg>"], make, dir);
    expect(made).toBe(1);
    expect(again.equals(first)).toBe(true);
    const other = await cachedPng(["<svg>b</svg>"], make, dir);
    expect(made).toBe(2);
    expect(other.equals(first)).toBe(false);
    // Only finished files are left, no temporary ones.
    expect(readdirSync(dir).filter((f) => !f.endsWith(".png"))).toEqual([]);
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it("keys by the inputs and by the code that makes the image", () => {
    const make = async () => Buffer.from("a");
    const otherMake = async () => Buffer.from("b");
    expect(pngCacheKey(["x", 1], make)).toBe(pngCacheKey(["x", 1], make));
    expect(pngCacheKey(["x", 1], make)).not.toBe(pngCacheKey(["x", 2], make));
    expect(pngCacheKey(["x", null], make)).not.toBe(pngCacheKey([null, "x"], make));
    expect(pngCacheKey(["x"], make)).not.toBe(pngCacheKey(["x"], otherMake));
    expect(pngCacheKey(["x"], make)).toMatch(/^[0-9a-f]{64}$/);
  });
});
