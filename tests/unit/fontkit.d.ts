// The little of fontkit (a dev dependency without types) that the tests and scripts/make-font-metrics.mjs use.
declare module "fontkit" {
  export interface Font {
    unitsPerEm: number;
    layout(text: string, features?: string[] | Record<string, boolean>): { glyphs: { id: number }[]; positions: { xAdvance: number }[] };
  }
  export function openSync(path: string): Font;
}
