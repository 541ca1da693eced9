// The German embeds' oEmbed documents (embed/<figure>/oembed.json); the English ones are under en/embed/.
import type { APIRoute } from "astro";
import type { EmbedFigure } from "../../../data/embeds";
import { oembedResponse, oembedStaticPaths } from "../../../data/oembed";

export const getStaticPaths = () => oembedStaticPaths("de");

export const GET: APIRoute = ({ props, site }) => oembedResponse(props["figure"] as EmbedFigure, site);
