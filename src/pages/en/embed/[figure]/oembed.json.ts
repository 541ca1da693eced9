// The English embeds' oEmbed documents (en/embed/<figure>/oembed.json).
import type { APIRoute } from "astro";
import type { EmbedFigure } from "../../../../data/embeds";
import { oembedResponse, oembedStaticPaths } from "../../../../data/oembed";

export const getStaticPaths = () => oembedStaticPaths("en");

export const GET: APIRoute = ({ props, site }) => oembedResponse(props["figure"] as EmbedFigure, site);
