import { describe, expect, it } from "vitest";
import { MAX_TITLE_LENGTH, pageTitle } from "../../src/lib/meta";
import { withBase } from "../../src/lib/paths";

describe("pageTitle", () => {
  const site = "Nordkoreas Soldaten in Russland";
  it("adds the site name when it fits", () => {
    expect(pageTitle("Glossar", site)).toBe("Glossar – Nordkoreas Soldaten in Russland");
  });
  it("drops the site name for a long question", () => {
    const question = "Wie reagieren Russland, Nordkorea und der Westen?";
    expect(pageTitle(question, site)).toBe(question);
  });
  it("shortens at a word boundary when the title alone is too long", () => {
    const long = "Wort ".repeat(30).trim();
    const title = pageTitle(long, site);
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(title).toMatch(/Wort…$/);
  });
});

describe("withBase", () => {
  it("joins base and path with exactly one slash", () => {
    expect(withBase("/", "quellen/")).toBe("/quellen/");
    expect(withBase("/explainer/", "/quellen/")).toBe("/explainer/quellen/");
    expect(withBase("/explainer", "data/claims.csv")).toBe("/explainer/data/claims.csv");
    expect(withBase("/explainer/", "")).toBe("/explainer/");
  });
});
