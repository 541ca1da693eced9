/// <reference types="vitest/config" />
import { getViteConfig } from "astro/config";

// Only the Node unit tests, for StrykerJS: the browser tests need a built site and say nothing about src/lib's logic.
export default getViteConfig({
  test: { include: ["tests/unit/**/*.test.ts", "tests/data/**/*.test.ts"], environment: "node" },
});
