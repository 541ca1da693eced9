// Serves a built site (dist/) on 127.0.0.1, under its base path, gzipped as a static host would.
// `npm start` runs it after the build; the browser tests start it on a free port.
import { createServer } from "node:http";
import { readFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import sirv from "sirv";
import compression from "compression";

/**
 * Reads the build's generated `_headers` (exact paths and `prefix*` rules only, which is all the build
 * writes) into a function giving the headers for a URL path. It applies every matching rule, as
 * Cloudflare Pages does; the build guarantees no two matching rules set the same header.
 */
function readHeaderRules(file) {
  const rules = [];
  if (existsSync(file)) {
    for (const line of readFileSync(file, "utf8").split(/\r?\n/)) {
      if (!line.trim() || line.trim().startsWith("#")) continue;
      if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
      else {
        const i = line.indexOf(":");
        rules.at(-1)?.headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
      }
    }
  }
  const hit = (pattern, path) => (pattern.endsWith("*") ? path.startsWith(pattern.slice(0, -1)) : pattern === path);
  return (path) => rules.filter((r) => hit(r.pattern, path)).flatMap((r) => r.headers);
}

/**
 * Starts a static server for `dir` mounted at `base`; resolves to { server, url }.
 * hostHeaders: send the headers of `<dir>/_headers` (paths include the base), as a static host would.
 */
export function startServer({ dir = "dist", base = "/", port = 4321, host = "127.0.0.1", hostHeaders = false, watch = false } = {}) {
  const root = resolve(dir);
  const mount = base.endsWith("/") ? base : `${base}/`;
  const headersFor = hostHeaders ? readHeaderRules(join(root, "_headers")) : () => [];
  // watch: look files up per request (sirv dev mode), for folders that change while served.
  const assets = sirv(root, { dev: watch, etag: true, extensions: ["html"] });
  const gzip = compression({ threshold: 256 });
  const notFound = existsSync(join(root, "404.html")) ? readFileSync(join(root, "404.html")) : Buffer.from("Not found");
  const server = createServer((req, res) => {
    const url = req.url ?? "/";
    if (url === mount.slice(0, -1)) {
      res.writeHead(301, { Location: mount }).end();
      return;
    }
    if (!url.startsWith(mount)) return send404(res);
    // Hosts read these two files; they do not serve them.
    if (hostHeaders && /^\/(_headers|nginx-headers\.conf)([?#]|$)/.test(url.slice(mount.length - 1))) return send404(res);
    for (const [k, v] of headersFor(url.split(/[?#]/)[0])) res.appendHeader(k, v);
    req.url = `/${url.slice(mount.length)}`;
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
  const { url } = await startServer({ dir: process.env.OUT_DIR ?? "dist", base, port, hostHeaders: true });
  console.log(`Serving the built site at ${url} (Ctrl+C stops)`);
}
