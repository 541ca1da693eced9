// A static oEmbed document per embed (type "rich"), found through the <link> in each embed page.
import type { APIRoute } from "astro";
import { responsiveCode } from "../../../lib/embed/code";
import { configuredSiteRoot, embedFigures, embedTarget } from "../../../data/embeds";
import { dictionary } from "../../../lib/i18n";
import { figureAlt } from "../../../data/embed-alt";

export function getStaticPaths() {
  return embedFigures.map((figure) => ({ params: { figure: figure.slug }, props: { figure } }));
}

export const GET: APIRoute = async ({ props, site }) => {
  const figure = props["figure"] as (typeof embedFigures)[number];
  const root = configuredSiteRoot(site, import.meta.env.BASE_URL);
  const target = embedTarget(figure, root, "auto", await figureAlt(figure));
  const body = {
    version: "1.0",
    type: "rich",
    title: figure.title,
    provider_name: dictionary("de").siteTitle,
    provider_url: root,
    html: responsiveCode(target),
    width: 640,
    height: figure.height,
    thumbnail_url: target.image,
    thumbnail_width: 1200,
    thumbnail_height: 630,
  };
  return new Response(JSON.stringify(body, null, 1), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
