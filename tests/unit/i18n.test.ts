// The interface strings: every entry is text a reader sees, so none may be empty, and the helpers
// that pick and fill them behave as documented.
import { describe, expect, it } from "vitest";
import { de } from "../../src/lib/i18n/de";
import { en } from "../../src/lib/i18n/en";
import { dictionary, fill, langOf, languages, localized, noteIn, otherLang } from "../../src/lib/i18n";

/** Every leaf of the dictionary with its path, and every object and array on the way. */
function walk(value: unknown, path: string, visit: (path: string, value: unknown) => void): void {
  visit(path, value);
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`, visit));
  else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`, visit);
}

describe("the German dictionary", () => {
  it("has no empty string, list or group anywhere", () => {
    const empty: string[] = [];
    let strings = 0;
    walk(de, "de", (path, value) => {
      if (typeof value === "string") {
        strings++;
        if (value.trim() === "") empty.push(path);
      } else if (Array.isArray(value)) {
        if (value.length === 0) empty.push(path);
      } else if (value !== null && typeof value === "object") {
        if (Object.keys(value).length === 0) empty.push(path);
      } else {
        empty.push(`${path} (not text: ${typeof value})`);
      }
    });
    expect(empty).toEqual([]);
    expect(strings).toBeGreaterThan(200);
  });

  it("names the twelve months in order, short", () => {
    expect(de.chart.monthsShort).toHaveLength(12);
    expect(de.chart.monthsShort[0]).toBe("Jan");
    expect(de.chart.monthsShort[2]).toBe("März");
    expect(de.chart.monthsShort[11]).toBe("Dez");
  });

  it("writes placeholders as {name} (or a data reference {kind:ID}), never half-open", () => {
    const bad: string[] = [];
    walk(de, "de", (path, value) => {
      if (typeof value !== "string") return;
      const opened = (value.match(/\{/g) ?? []).length;
      const closed = (value.match(/\}/g) ?? []).length;
      const placeholders = (value.match(/\{\w+(?::[A-Za-z0-9-]+)?\}/g) ?? []).length;
      if (opened !== closed || opened !== placeholders) bad.push(path);
    });
    expect(bad).toEqual([]);
  });
});

describe("dictionary", () => {
  it("is German by default and for de, English for en", () => {
    expect(languages).toEqual(["de", "en"]);
    expect(dictionary("en")).toBe(en);
    expect(dictionary("en").siteTitle).toBe("North Korea's soldiers in Russia");
    expect(dictionary()).toBe(de);
    expect(dictionary("de")).toBe(de);
    expect(dictionary().siteTitle).toBe("Nordkoreas Soldaten in Russland");
  });
});

describe("language helpers", () => {
  it("reads the language from Astro's locale, German when there is none", () => {
    expect(langOf("en")).toBe("en");
    expect(langOf("de")).toBe("de");
    expect(langOf(undefined)).toBe("de");
  });
  it("switches to the other language", () => {
    expect(otherLang("de")).toBe("en");
    expect(otherLang("en")).toBe("de");
  });
  it("reads a data row's field in the language", () => {
    const place = { name_de: "Pjöngjang", name_en: "Pyongyang" };
    expect(localized(place, "name", "de")).toBe("Pjöngjang");
    expect(localized(place, "name", "en")).toBe("Pyongyang");
  });
  it("reads a row's note (German in note, English in note_en), or none", () => {
    expect(noteIn({ note: "Datum aufgelöst", note_en: "Date resolved" }, "de")).toBe("Datum aufgelöst");
    expect(noteIn({ note: "Datum aufgelöst", note_en: "Date resolved" }, "en")).toBe("Date resolved");
    expect(noteIn({}, "en")).toBeUndefined();
  });
});

describe("fill", () => {
  it("replaces every placeholder, each as often as it occurs", () => {
    expect(fill("{a} und {b}, wieder {a}", { a: "eins", b: "zwei" })).toBe("eins und zwei, wieder eins");
  });
  it("leaves a placeholder without a value as it is", () => {
    expect(fill("von {first} auf {top}", { first: "3000" })).toBe("von 3000 auf {top}");
  });
  it("accepts names with digits and underscores, nothing else", () => {
    expect(fill("{x_1}-{ y }-{}", { x_1: "ok", y: "no", "": "no" })).toBe("ok-{ y }-{}");
  });
  it("inserts values literally, even ones that look like replacement patterns", () => {
    expect(fill("Preis: {p}", { p: "$& $1" })).toBe("Preis: $& $1");
  });
  it("returns text without placeholders unchanged", () => {
    expect(fill("keine Platzhalter", { a: "b" })).toBe("keine Platzhalter");
  });
});
