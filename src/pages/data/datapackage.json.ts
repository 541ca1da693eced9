// The Frictionless Data Package descriptor beside the CSV files: types, constraints and descriptions from the zod schema.
import type { APIRoute } from "astro";
import { sitePackage } from "../../data/package";

export const GET: APIRoute = async ({ site }) => {
  const descriptor = await sitePackage(site, import.meta.env.BASE_URL);
  return new Response(`${JSON.stringify(descriptor, null, 2)}\n`, { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
