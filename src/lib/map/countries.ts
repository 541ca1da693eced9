/** Countries the map names and tints: ISO 3166 numeric ids as in Natural Earth / world-atlas. */

/** The four countries of the story get their own tint (class suffix), so they stand apart from the rest. */
export const FOCUS_COUNTRIES: Readonly<Record<string, string>> = {
  "408": "kp", // North Korea
  "410": "kr", // South Korea
  "643": "ru", // Russia
  "804": "ua", // Ukraine
};

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

/** CSS class for a basemap country: focus countries get their own, the rest share one. */
export function countryClass(id: string | number | undefined): string {
  const focus = FOCUS_COUNTRIES[String(id)];
  return focus ? `rm-country rm-country--${focus}` : "rm-country";
}
