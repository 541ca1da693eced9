// Starts the built site (dist/) and the sub-path build (dist-sub/, if present) on free ports for the browser tests.
import { existsSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { startServer } from "../../scripts/serve.mjs";

export default async function setup(project: TestProject) {
  if (!existsSync("dist/index.html")) throw new Error("dist/ is missing: run `npm run build` before the browser tests");
  const servers: { close: () => void }[] = [];
  const root = await startServer({ dir: "dist", base: "/", port: 0 });
  servers.push(root.server);
  project.provide("siteUrl", root.url);
  // A second origin (another port) for the embed tests: a host page from elsewhere.
  const other = await startServer({ dir: "tests/e2e/host", base: "/", port: 0 });
  servers.push(other.server);
  project.provide("otherOriginUrl", other.url);
  return () => servers.forEach((s) => s.close());
}

declare module "vitest" {
  export interface ProvidedContext {
    siteUrl: string;
    otherOriginUrl: string;
  }
}
