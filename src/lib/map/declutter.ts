/**
 * Marker decluttering: at a zoom where hit areas of markers would overlap (the four ports of
 * embarkation sit within a few pixels at the overview), only the most important marker of a cluster
 * stays; the others return when the reader zooms in or picks a step. Overlapping targets are hard to
 * hit and fail WCAG 2.5.8; every place is always in the text list below the map.
 */

/** A marker on screen: its centre, the side of its square hit area, and its rank (lower = more important). */
export interface ScreenMarker {
  id: string;
  x: number;
  y: number;
  size: number;
  rank: number;
  /** Always shown (the main places, the places of the chosen step). */
  required?: boolean;
}

/**
 * Ids of the markers to show: the required ones, then greedily by rank each marker whose hit area
 * overlaps none shown so far.
 */
export function visibleMarkers(markers: readonly ScreenMarker[]): Set<string> {
  const shown: ScreenMarker[] = markers.filter((m) => m.required);
  const optional = markers.filter((m) => !m.required);
  for (const m of optional.sort((a, b) => a.rank - b.rank || a.id.localeCompare(b.id))) {
    const clear = shown.every((s) => Math.abs(s.x - m.x) >= (s.size + m.size) / 2 || Math.abs(s.y - m.y) >= (s.size + m.size) / 2);
    if (clear) shown.push(m);
  }
  return new Set(shown.map((m) => m.id));
}
