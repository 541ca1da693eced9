/** The map's words for distances and places: "rund 6.730 km", "Pjöngjang–Wladiwostok: rund 690 km Luftlinie." */
import type { Place } from "../data/schema";
import { roundedKm } from "../distance";
import { formatNumber } from "../format";
import { dictionary, fill, localized, type Lang } from "../i18n";
import type { MapModel } from "./model";
import type { Arc } from "./route";

/** A distance for the reader, rounded to 10 km like the chapters' text: "rund 6.730 km". */
export function formatKm(km: number, lang: Lang): string {
  return fill(dictionary(lang).map.km, { km: formatNumber(roundedKm(km), lang) });
}

/** The label written on an arc: "rund 6.730 km Luftlinie". */
export function arcLabel(km: number, lang: Lang): string {
  return fill(dictionary(lang).map.arcLabel, { km: formatKm(km, lang) });
}

/** The range of a set of distances: "230 bis 580 km"; a single distance as formatKm. */
export function formatKmRange(kms: number[], lang: Lang): string {
  const lo = roundedKm(Math.min(...kms));
  const hi = roundedKm(Math.max(...kms));
  if (lo === hi) return formatKm(kms[0]!, lang);
  return fill(dictionary(lang).map.kmRange, { min: formatNumber(lo, lang), max: formatNumber(hi, lang) });
}

/** The name of a place in the language. */
export function placeName(p: Place, lang: Lang): string {
  return localized(p, "name", lang);
}

/** The sentence with the length of one arc: "Pjöngjang–Wladiwostok: rund 690 km Luftlinie." */
export function arcSentence(arc: Arc, lang: Lang): string {
  return fill(dictionary(lang).map.arcDistance, {
    from: placeName(arc.from, lang),
    to: placeName(arc.to, lang),
    km: formatKm(arc.km, lang),
  });
}

/**
 * How far a place lies along the route, in words: the main arc that ends there ("rund 6.730 km
 * Luftlinie von Wladiwostok"), else the arcs that reach it, else (first stage) the arcs that leave it;
 * where several arcs from a stage meet, their range follows. Empty for places off the route.
 */
export function placeDistanceText(place: Place, model: MapModel, lang: Lang): string {
  const t = dictionary(lang).map;
  const parts: string[] = [];
  const main = model.main.find((a) => a.to.id === place.id);
  if (main) parts.push(fill(t.fromPlace, { km: formatKm(main.km, lang), from: placeName(main.from, lang) }));
  const incoming = model.legs.flatMap((l) => l.arcs.filter((a) => a.to.id === place.id));
  const outgoing = model.legs.flatMap((l) => l.arcs.filter((a) => a.from.id === place.id));
  if (incoming.length > 1) {
    const kind = incoming[0]!.from.kind;
    const stage = (t.stagesFrom as Record<string, string>)[kind] ?? "";
    parts.push(
      fill(t.fromStage, {
        stage,
        range: formatKmRange(
          incoming.map((a) => a.km),
          lang,
        ),
      }).replace(/\s+/g, " "),
    );
  } else if (incoming.length === 1 && !main) {
    parts.push(fill(t.fromPlace, { km: formatKm(incoming[0]!.km, lang), from: placeName(incoming[0]!.from, lang) }));
  } else if (incoming.length === 0 && !main && outgoing.length === 1) {
    parts.push(fill(t.toPlace, { km: formatKm(outgoing[0]!.km, lang), to: placeName(outgoing[0]!.to, lang) }));
  }
  return parts.join("; ");
}
