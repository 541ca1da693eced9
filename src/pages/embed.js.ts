// The host snippet at a stable URL (embed.js), bundled and minified from src/client/embed-host.ts at build time.
import type { APIRoute } from "astro";
import { build } from "esbuild";

export const GET: APIRoute = async () => {
  const result = await build({
    entryPoints: ["src/client/embed-host.ts"],
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2019",
    write: false,
    legalComments: "none",
  });
  return new Response(result.outputFiles[0]!.text, { headers: { "Content-Type": "text/javascript; charset=utf-8" } });
};
