// The Atom feed of the editions: what each one added and corrected, with absolute links.
import type { APIRoute } from "astro";
import { feedEntries } from "../../data/news";
import { absoluteUrl } from "../../data/package";
import { atomFeed } from "../../lib/editions";
import { dictionary } from "../../lib/i18n";

export const GET: APIRoute = async ({ site }) => {
  const t = dictionary("de");
  const base = import.meta.env.BASE_URL;
  const self = absoluteUrl(site, base, "neu/feed.xml");
  const xml = atomFeed({
    id: self,
    title: t.news.feedTitle,
    subtitle: t.news.description,
    self,
    alternate: absoluteUrl(site, base, "neu/"),
    author: t.publisher,
    rights: t.dataLicence,
    entries: await feedEntries(site, base),
  });
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
};
