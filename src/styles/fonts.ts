// The bundled faces (Latin subset, woff2 with a woff fallback, font-display: swap), imported by the
// layouts. PRELOAD_FONTS are the two faces every page shows above the fold: body text and the serif h1.
import "@fontsource/source-sans-3/latin-400.css";
import "@fontsource/source-sans-3/latin-400-italic.css";
import "@fontsource/source-sans-3/latin-700.css";
import "@fontsource/source-serif-4/latin-600.css";
import sans400 from "@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff2?url";
import serif600 from "@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff2?url";

/** URLs of the faces to preload. */
export const PRELOAD_FONTS: string[] = [sans400, serif600];
