/// <reference types="vitest/config" />
import { getViteConfig } from "astro/config";

// Only the Node unit tests, for StrykerJS: the browser tests need a built site and say nothing about src/lib's logic.
export default getViteConfig({
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/data/**/*.test.ts"],
    environment: "node",
    // StrykerJS runs Vitest in worker threads, where assigning process.env.TZ does not change the time zone
    // Intl uses; the tests that switch zones (format.test.ts) would fail the dry run. npm test still runs them.
    testNamePattern: /^(?!.*with the machine's zone at )/,
  },
});
