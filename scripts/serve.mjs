// Serves a built site (dist/) on 127.0.0.1, under its base path, gzipped as a static host would.
// `npm start` runs it after the build; the browser tests start it on a free port.
import { createServer } from "node:http";
import { readFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import sirv from "sirv";
import compression from "compression";

/** Starts a static server for `dir` mounted at `base`; resolves to { server, url }. */
export function startServer({ dir = "dist", base = "/", port = 4321, host = "127.0.0.1", headers = {}, watch = false } = {}) {
  const root = resolve(dir);
  const mount = base.endsWith("/") ? base : `${base}/`;
  // watch: look files up per request (sirv dev mode), for folders that change while served.
  const assets = sirv(root, { dev: watch, etag: true, extensions: ["html"], setHeaders: (res) => {
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  } });
  const gzip = compression({ threshold: 256 });
  const notFound = existsSync(join(root, "404.html")) ? readFileSync(join(root, "404.html")) : Buffer.from("Not found");
  const server = createServer((req, res) => {
    const url = req.url ?? "/";
    if (url === mount.slice(0, -1)) {
      res.writeHead(301, { Location: mount }).end();
      return;
    }
    if (!url.startsWith(mount)) return send404(res);
    req.url = "/" + url.slice(mount.length);
    // Compress text the way hosts do, so byte counts in tests and the bench match reality.
    gzip(req, res, () => assets(req, res, () => send404(res)));
  });
  function send404(res) {
    res.writeHead(404, { "Content-Type": "text/html; charset=utf-8" }).end(notFound);
  }
  return new Promise((ok) => {
    server.listen(port, host, () => {
      const address = server.address();
      ok({ server, url: `http://${host}:${address.port}${mount}` });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const base = process.env.BASE_PATH ?? "/";
  const port = Number(process.env.PORT ?? 4321);
  const { url } = await startServer({ dir: process.env.OUT_DIR ?? "dist", base, port });
  console.log(`Serving the built site at ${url} (Ctrl+C stops)`);
}
