// The map's drawing sizes in one place, dictionary-free so the Leaflet client can import them. route-map.css
// draws the same sizes; tests/unit/map-static.test.ts compares the two.

/** Radius of the static map's main and secondary dots in SVG units (the SVG file and RouteMap.astro's first view). */
export const STATIC_DOT = { main: 7, secondary: 4 };

/** Font size of each kind of label on the static map, in SVG units. */
export const STATIC_LABEL_SIZE = { place: 19, distance: 16, country: 14 } as const;

/** Diameter of the interactive map's main and secondary dots in px; labels keep off them. */
export const LEAFLET_DOT = { main: 16, secondary: 10 };
