// @ts-check
// Mutation testing of the pure logic in src/lib (npm run test:mutation; not part of npm test: it runs the
// unit tests once per mutant and takes long). The score per folder is in reports/mutation/.
// A score below thresholds.break (80 %) fails the run. On a slow machine run one folder at a time:
//   TZ=UTC npx stryker run --mutate "src/lib/data/**/*.ts"
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts" },
  // Pure logic only: src/lib holds nothing else (browser code is in src/client, build-time I/O in
  // src/build; tests/unit/boundaries.test.ts keeps it so).
  mutate: ["src/lib/**/*.ts"],
  coverageAnalysis: "perTest",
  concurrency: 2,
  timeoutMS: 20000,
  reporters: ["clear-text", "progress", "json", "html"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  thresholds: { high: 90, low: 80, break: 80 },
  tempDirName: ".stryker-tmp",
};
