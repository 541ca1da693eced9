// The English Atom feed of the editions: what each one added and corrected, with absolute links.
import type { APIRoute } from "astro";
import { newsFeed } from "../../../data/news";

export const GET: APIRoute = async ({ site }) =>
  new Response(await newsFeed(site, import.meta.env.BASE_URL, "en"), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
