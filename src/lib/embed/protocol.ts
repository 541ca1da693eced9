/**
 * The height protocol between an embedded figure (child iframe) and the page that embeds it (host).
 * The child speaks three dialects that CMSs already understand; the host snippet accepts them all,
 * but only a sane height.
 */

/** Smallest and largest height the host will ever set, in CSS pixels. */
export const MIN_HEIGHT = 100;
export const MAX_HEIGHT = 10_000;

const PYM_SEPARATOR = "xPYMx";

/** True for a finite height within [MIN_HEIGHT, MAX_HEIGHT]. */
export function isSaneHeight(height: unknown): height is number {
  return typeof height === "number" && Number.isFinite(height) && height >= MIN_HEIGHT && height <= MAX_HEIGHT;
}

/** Datawrapper's dialect: {"datawrapper-height": {"<id>": px}}. */
export function datawrapperMessage(id: string, height: number): { "datawrapper-height": Record<string, number> } {
  return { "datawrapper-height": { [id]: height } };
}

/** Pym.js's dialect: "pymxPYMx<id>xPYMxheightxPYMx<px>". */
export function pymMessage(id: string, height: number): string {
  return ["pym", id, "height", String(height)].join(PYM_SEPARATOR);
}

/** AMP's dialect: {sentinel: "amp", type: "embed-size", height}. */
export function ampMessage(height: number): { sentinel: "amp"; type: "embed-size"; height: number } {
  return { sentinel: "amp", type: "embed-size", height };
}

/** All messages a child posts for one height, in every dialect. */
export function heightMessages(id: string, height: number): unknown[] {
  const px = Math.ceil(height);
  return [datawrapperMessage(id, px), pymMessage(id, px), ampMessage(px)];
}

/**
 * Reads a height from a message in any of the three dialects. Returns null for anything else:
 * other shapes, non-numbers, NaN, infinities, negative or absurd heights.
 */
export function parseHeightMessage(data: unknown): number | null {
  let height: unknown = null;
  if (typeof data === "string") {
    const parts = data.split(PYM_SEPARATOR);
    // Only a strict "pym", id, "height", number; never navigateTo/scrollTo or other Pym verbs.
    if (parts.length === 4 && parts[0] === "pym" && parts[2] === "height" && /^\d+(\.\d+)?$/.test(parts[3]!)) {
      height = Number(parts[3]);
    }
  } else if (data !== null && typeof data === "object") {
    const record = data as Record<string, unknown>;
    const dw = record["datawrapper-height"];
    if (dw !== null && typeof dw === "object") {
      const values = Object.values(dw as Record<string, unknown>);
      if (values.length === 1) height = values[0];
    } else if (record["sentinel"] === "amp" && record["type"] === "embed-size") {
      height = record["height"];
    }
  }
  return isSaneHeight(height) ? Math.round(height) : null;
}

/** The embed id: Pym's ?childId= if the host set one, else the figure's own id. */
export function embedId(search: string, fallback: string): string {
  const childId = new URLSearchParams(search).get("childId");
  return childId && /^[\w-]{1,64}$/.test(childId) ? childId : fallback;
}

/** The theme asked for in ?theme=, or "auto". */
export function themeFrom(search: string): "light" | "dark" | "auto" {
  const theme = new URLSearchParams(search).get("theme");
  return theme === "light" || theme === "dark" ? theme : "auto";
}
