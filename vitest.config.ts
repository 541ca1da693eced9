/// <reference types="vitest/config" />
import { getViteConfig } from "astro/config";

// Two projects: fast unit/data tests in Node, and browser tests against the built site.
export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts", "tests/data/**/*.test.ts"],
          environment: "node",
          // One module registry per worker instead of one per file: each of the ~75 files re-imported the
          // same heavy modules (zod, d3, the dictionary, the dataset loader) in a fresh context, which was two
          // thirds of the project's CPU time. Safe because no test leaves state behind: the few that switch
          // TZ, CI, timers or globals restore them in finally/afterEach (tests/unit/boundaries.test.ts
          // checks that), and module-level caches are keyed by their input.
          isolate: false,
          // Laying out a whole chart takes about a second alone; on a loaded two-core machine the default
          // 5 s ran out once (a snapshot test beside a mutation run). The limit catches hangs, not speed.
          testTimeout: 15_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/e2e/global-setup.ts"],
          // One module registry per worker, as in the unit project: the files import the same data loader,
          // dictionary and d3 modules, which took 10–17 s of CPU to import once per file. No e2e test mocks,
          // stubs or changes the environment; each file launches and closes its own browser.
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Browser tests spend most of their time waiting (network idle, animations, axe), so two files
          // run at once, each with its own Chromium; tests marked concurrent (pages.test.ts) share one
          // browser with a context each. Every test opens its own context, and none writes a shared file.
          fileParallelism: true,
          maxWorkers: 2,
          maxConcurrency: 4,
        },
      },
    ],
  },
});
