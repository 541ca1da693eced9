/**
 * What the interactive map names and draws at a zoom and step, as pure rules for the Leaflet client
 * (src/client/leaflet-map.ts): which places may be named, in which order labels claim their room, and
 * which arcs show. Dictionary-free, so the client bundle stays small.
 */
import type { ClientConfig } from "./client-config";

/** From this zoom on, secondary places show their names where there is room. */
export const SECONDARY_LABEL_ZOOM = 4.5;

/** The step on show: its leg and its places, most important first. */
export interface ShownStep {
  leg: number;
  places: readonly string[];
}

/**
 * The markers that may be named at `zoom`, with their index in the config (their rank in route order):
 * the main places always, the step's places at any zoom, every other place from SECONDARY_LABEL_ZOOM on.
 */
export function labelCandidates(
  markers: ClientConfig["markers"],
  step: ShownStep | undefined,
  zoom: number,
): { marker: ClientConfig["markers"][number]; rank: number }[] {
  const stepPlaces = new Set(step?.places ?? []);
  return markers
    .map((marker, rank) => ({ marker, rank }))
    .filter(({ marker }) => marker.main || stepPlaces.has(marker.id) || zoom >= SECONDARY_LABEL_ZOOM);
}

/**
 * The label ids in the order they claim room (earlier ones win a conflict): the main places' names, the
 * step's places (most important first), the distances, the other places in route order, the countries.
 * Places whose markers gave way (not in `visible`) get no label.
 */
export function labelPriority(
  config: Pick<ClientConfig, "markers" | "distances" | "countries">,
  step: ShownStep | undefined,
  visible: ReadonlySet<string>,
): string[] {
  const main = config.markers.filter((m) => m.main).map((m) => m.id);
  const stepPlaces = new Set(step?.places ?? []);
  const stepOrder = (step?.places ?? []).filter((id) => visible.has(id) && !main.includes(id));
  const others = config.markers.filter((m) => !m.main && visible.has(m.id) && !stepPlaces.has(m.id)).map((m) => m.id);
  return [
    ...main,
    ...stepOrder,
    ...config.distances.map((d) => `km-${d.main}`),
    ...others,
    ...config.countries.map((c) => `country-${c.id}`),
  ];
}

/** Whether an arc is drawn: a main arc always; a leg's arc in its own step, when both its places are shown. */
export function arcDrawn(
  arc: Pick<ClientConfig["arcs"][number], "main" | "leg" | "from" | "to">,
  step: ShownStep | undefined,
  shown: ReadonlySet<string>,
): boolean {
  return arc.main >= 0 || (step !== undefined && arc.leg === step.leg && shown.has(arc.from) && shown.has(arc.to));
}
