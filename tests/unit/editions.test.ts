// Editions from the data: what each added and corrected, a chapter's last change, and the Atom document.
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/build/dataset";
import { atomFeed, editionChanges, editionInstant, lastChangedEdition } from "../../src/lib/editions";

const data = loadDataset("data");

describe("editions", () => {
  it("every claim, source, event and correction belongs to exactly one edition, newest first", () => {
    const changes = editionChanges(data);
    expect(changes.map((c) => c.edition.date)).toEqual([...data.editions.map((e) => e.date)].sort().reverse());
    const sum = (k: "claims" | "sources" | "events" | "corrections") => changes.reduce((n, c) => n + c[k].length, 0);
    expect([sum("claims"), sum("sources"), sum("events"), sum("corrections")]).toEqual([
      data.claims.length,
      data.sources.length,
      data.events.length,
      data.corrections.length,
    ]);
  });
  it("the first edition holds the rows of commit 8e8dfc7, the second the rest", () => {
    expect(data.editions.map((e) => e.date)).toEqual(["2026-11-27", "2026-12-02"]);
    expect(data.claims.find((c) => c.id === "S001-01")!.added).toBe("2026-11-27");
    expect(data.claims.find((c) => c.id === "L-073")!.added).toBe("2026-12-02");
  });
  it("a chapter's last change is the newest edition of what it cites or of its corrections", () => {
    const first = data.claims.find((c) => c.added === "2026-11-27")!;
    const second = data.claims.find((c) => c.added === "2026-12-02")!;
    const only = { ...data, corrections: [] };
    expect(lastChangedEdition({ path: "x/", ids: [first.id], sources: [] }, only)?.date).toBe("2026-11-27");
    expect(lastChangedEdition({ path: "x/", ids: [first.id, second.id], sources: [] }, only)?.date).toBe("2026-12-02");
    const corrected = data.corrections.find((k) => k.date === "2026-12-02")!;
    expect(lastChangedEdition({ path: corrected.page, ids: [first.id], sources: [] }, data)?.date).toBe("2026-12-02");
    expect(lastChangedEdition({ path: "x/", ids: [], sources: [] }, only)).toBeUndefined();
  });
  it("writes RFC 3339 instants and escapes every text", () => {
    expect(editionInstant("2026-12-02")).toBe("2026-12-02T00:00:00+01:00");
    expect(editionInstant("2026-07-01")).toBe("2026-07-01T00:00:00+02:00");
    const xml = atomFeed({
      id: "https://e.org/neu/feed.xml",
      lang: "de",
      title: "A & <b>",
      subtitle: "s",
      self: "https://e.org/neu/feed.xml",
      alternate: "https://e.org/neu/",
      author: "x",
      rights: "r",
      entries: [
        {
          id: "https://e.org/neu/#a",
          title: "<script>",
          link: "https://e.org/neu/#a",
          updated: "2026-12-02T00:00:00+01:00",
          summary: "\"'",
          html: "<p>a &amp; b</p>",
        },
      ],
    });
    expect(xml).toContain("<title>A &amp; &lt;b&gt;</title>");
    expect(xml).toContain("<title>&lt;script&gt;</title>");
    expect(xml).toContain('<content type="html">&lt;p&gt;a &amp;amp; b&lt;/p&gt;</content>');
    expect(xml).toContain("<updated>2026-12-02T00:00:00+01:00</updated>");
    expect(xml).not.toMatch(/<script>/);
  });
  it("writes the feed's language", () => {
    const feed = { id: "i", title: "t", subtitle: "s", self: "x", alternate: "a", author: "x", rights: "r", entries: [] };
    expect(atomFeed({ ...feed, lang: "de" })).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">');
    expect(atomFeed({ ...feed, lang: "en" })).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
  });
});
