// Starts the built site (dist/) and the sub-path build (dist-sub/, if present) on free ports for the browser tests.
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { startServer } from "../../scripts/serve.mjs";

export default async function setup(project: TestProject) {
  if (!existsSync("dist/index.html")) throw new Error("dist/ is missing: run `npm run build` before the browser tests");
  const servers: { close: () => void }[] = [];
  // With the generated _headers, as a host sends them: the browser tests run under the header CSP too.
  const root = await startServer({ dir: "dist", base: "/", port: 0, hostHeaders: true });
  servers.push(root.server);
  project.provide("siteUrl", root.url);
  if (existsSync("dist-hostile/index.html")) {
    const hostile = await startServer({ dir: "dist-hostile", base: "/", port: 0 });
    servers.push(hostile.server);
    project.provide("hostileUrl", hostile.url);
  }
  // A second origin (another port) for the embed tests: host pages from elsewhere, written by the tests.
  const hostDir = mkdtempSync(join(tmpdir(), "nk-host-"));
  writeFileSync(
    join(hostDir, "index.html"),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head><body></body></html>',
  );
  const other = await startServer({ dir: hostDir, base: "/", port: 0, watch: true });
  servers.push(other.server);
  project.provide("otherOriginUrl", other.url);
  project.provide("hostDir", hostDir);
  return () => servers.forEach((s) => s.close());
}

declare module "vitest" {
  export interface ProvidedContext {
    siteUrl: string;
    otherOriginUrl: string;
    hostDir: string;
    hostileUrl: string;
  }
}
