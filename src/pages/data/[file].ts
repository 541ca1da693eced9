// The data for download: each CSV exactly as in data/, and the claims as JSON.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { APIRoute } from "astro";
import { getSiteData } from "../../data/dataset";
import { dataFiles } from "../../lib/data/schema";
import { DATA_DIR } from "../../build/data-dir";

const dataDir = DATA_DIR;

export function getStaticPaths() {
  return [...Object.values(dataFiles).map((f) => ({ params: { file: f.file } })), { params: { file: "claims.json" } }];
}

export const GET: APIRoute = async ({ params }) => {
  if (params.file === "claims.json") {
    const { claims, actors, sources } = await getSiteData();
    const body = { licence: "CC BY 4.0", claims, actors, sources };
    return new Response(JSON.stringify(body, null, 1), { headers: { "Content-Type": "application/json; charset=utf-8" } });
  }
  return new Response(readFileSync(join(dataDir, params.file!), "utf8"), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};
