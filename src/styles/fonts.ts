// The bundled faces (Latin subset, woff2 with a woff fallback, font-display: swap), imported by the
// layouts. PRELOAD_FONTS are the faces every page shows above the fold: body text, bold and the serif h1.
import "@fontsource/source-sans-3/latin-400.css";
import "@fontsource/source-sans-3/latin-400-italic.css";
import "@fontsource/source-sans-3/latin-700.css";
import "@fontsource/source-serif-4/latin-600.css";
import sans400 from "@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff2?url";
import sans700 from "@fontsource/source-sans-3/files/source-sans-3-latin-700-normal.woff2?url";
import serif600 from "@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff2?url";

/**
 * URLs of the faces to preload. The bold face too: it is in the header (site title) and in the first
 * paragraphs, and when it came late its swap re-wrapped lines (CLS 0.09 on /deutschland/).
 */
export const PRELOAD_FONTS: string[] = [sans400, sans700, serif600];
