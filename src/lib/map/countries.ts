/** Countries the map names: ISO 3166 numeric ids as in Natural Earth / world-atlas. */

/** Where each country's name goes, [lon, lat], chosen by eye to sit inside the country and clear of the route. */
export const COUNTRY_LABEL_POINTS: Readonly<Record<string, [number, number]>> = {
  "643": [96, 63],
  "156": [104, 34],
  "496": [103, 46.6],
  "398": [67, 48.3],
  "804": [31.2, 48.6],
  "408": [126.6, 40.4],
  "410": [128.1, 36.2],
  "392": [139.5, 37.2],
};

/**
 * CSS class of every basemap country. All land shares one neutral fill: a tint per country would carry
 * a meaning nobody is told; the accent belongs to the route and the main places alone.
 */
export const COUNTRY_CLASS = "rm-country";
