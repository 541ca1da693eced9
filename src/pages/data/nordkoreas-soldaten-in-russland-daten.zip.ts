// The whole data package as one zip (datapackage.json, the CSV files, the data dictionary), made at build time.
import type { APIRoute } from "astro";
import { sitePackageZip } from "../../data/package";

export const GET: APIRoute = async ({ site }) => {
  const zip = await sitePackageZip(site, import.meta.env.BASE_URL);
  return new Response(zip.slice().buffer as ArrayBuffer, { headers: { "Content-Type": "application/zip" } });
};
