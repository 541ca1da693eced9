// The static oEmbed documents (type "rich"), one per embed and language, found through the <link> in each embed page.
import { responsiveCode } from "../lib/embed/code";
import { dictionary, type Lang } from "../lib/i18n";
import { configuredSiteRoot, embedFigures, embedTarget, type EmbedFigure } from "./embeds";
import { figureAlt } from "./embed-alt";

/** The getStaticPaths of a language's oEmbed route: one document per figure, under its embed page. */
export function oembedStaticPaths(lang: Lang): { params: { figure: string }; props: { figure: EmbedFigure } }[] {
  return embedFigures(lang).map((figure) => ({
    // "embed/chart/" → "chart", "en/embed/losses/" → "losses"
    params: { figure: figure.path.replace(/\/$/, "").split("/").pop()! },
    props: { figure },
  }));
}

/** The oEmbed document of a figure, in the figure's language (title, code, alt text, thumbnail). */
export async function oembedResponse(figure: EmbedFigure, site: URL | undefined): Promise<Response> {
  const root = configuredSiteRoot(site, import.meta.env.BASE_URL);
  const target = embedTarget(figure, root, "auto", await figureAlt(figure));
  const body = {
    version: "1.0",
    type: "rich",
    title: figure.title,
    provider_name: dictionary(figure.lang).siteTitle,
    provider_url: root,
    html: responsiveCode(target),
    width: 640,
    height: figure.height,
    thumbnail_url: target.image,
    thumbnail_width: 1200,
    thumbnail_height: 630,
  };
  return new Response(JSON.stringify(body, null, 1), { headers: { "Content-Type": "application/json; charset=utf-8" } });
}
