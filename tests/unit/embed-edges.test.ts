// Embed codes and the height protocol at their edges: exact markup of each code, fractional and boundary heights.
import { describe, expect, it } from "vitest";
import { escapeHtml, fixedCode, IMAGE_STYLE, iframeStyle, imageCode, responsiveCode } from "../../src/lib/embed/code";
import { heightMessages, isSaneHeight, parseHeightMessage, pymMessage } from "../../src/lib/embed/protocol";

const t = {
  src: "https://e.org/embed/?a=1&b=2",
  script: "https://e.org/embed.js",
  image: "https://e.org/f.png",
  page: "https://e.org/p/",
  title: "T",
  alt: "A",
  height: 480,
};

describe("embed codes, exactly", () => {
  const iframe =
    `<iframe src="https://e.org/embed/?a=1&amp;b=2" title="T" loading="lazy" referrerpolicy="strict-origin-when-cross-origin" ` +
    `scrolling="no" style="width:100%;min-width:100%;border:0;height:480px"></iframe>`;
  it("the fixed code is the iframe alone, full width, borderless, at the initial height", () => {
    expect(iframeStyle(480)).toBe("width:100%;min-width:100%;border:0;height:480px");
    expect(fixedCode(t)).toBe(iframe);
  });
  it("the responsive code is iframe, async snippet and noscript image, one per line", () => {
    expect(responsiveCode(t)).toBe(
      `${iframe}\n<script src="https://e.org/embed.js" async></script>\n` +
        `<noscript><a href="https://e.org/p/"><img src="https://e.org/f.png" alt="A" style="width:100%;height:auto"></a></noscript>`,
    );
  });
  it("the image code links the page and gives the 1200 px image full width", () => {
    expect(IMAGE_STYLE).toBe("width:100%;height:auto");
    expect(imageCode(t)).toBe(
      `<a href="https://e.org/p/"><img src="https://e.org/f.png" alt="A" width="1200" style="width:100%;height:auto"></a>`,
    );
  });
  it("escapes & first, so an entity in the text is shown, not interpreted", () => {
    expect(escapeHtml("&lt;")).toBe("&amp;lt;");
    expect(escapeHtml('a<b>c"d')).toBe("a&lt;b&gt;c&quot;d");
    expect(escapeHtml("<<>>")).toBe("&lt;&lt;&gt;&gt;");
  });
});

describe("height protocol edges", () => {
  it("sends whole pixels, rounded up", () => {
    expect(heightMessages("x", 500)).toEqual([
      { "datawrapper-height": { x: 500 } },
      "pymxPYMxxxPYMxheightxPYMx500",
      { sentinel: "amp", type: "embed-size", height: 500 },
    ]);
    expect(heightMessages("x", 500.01)[2]).toEqual({ sentinel: "amp", type: "embed-size", height: 501 });
  });
  it("reads a decimal Pym height and rounds it to whole pixels", () => {
    expect(parseHeightMessage("pymxPYMxnkxPYMxheightxPYMx450.6")).toBe(451);
    expect(parseHeightMessage("pymxPYMxnkxPYMxheightxPYMx450.4")).toBe(450);
    expect(parseHeightMessage({ "datawrapper-height": { nk: 300.5 } })).toBe(301);
    expect(parseHeightMessage("pymxPYMxnkxPYMxheightxPYMx450.66")).toBe(451);
  });
  it("wants exactly four Pym parts, the verb height and only digits", () => {
    expect(parseHeightMessage(`${pymMessage("nk", 500)}xPYMxextra`)).toBeNull();
    expect(parseHeightMessage("notpymxPYMxnkxPYMxheightxPYMx500")).toBeNull();
    expect(parseHeightMessage("pymxPYMxnkxPYMxwidthxPYMx500")).toBeNull();
    expect(parseHeightMessage("pymxPYMxnkxPYMxheightxPYMx500.")).toBeNull();
    expect(parseHeightMessage("pymxPYMxnkxPYMxheightxPYMx 500")).toBeNull();
    expect(parseHeightMessage("pymxPYMxnkxPYMxheightxPYMx-500")).toBeNull();
  });
  it("ignores undefined and other non-objects without throwing", () => {
    expect(parseHeightMessage(undefined)).toBeNull();
    expect(parseHeightMessage(true)).toBeNull();
  });
  it("ignores a Datawrapper message without ids, or with null", () => {
    expect(parseHeightMessage({ "datawrapper-height": {} })).toBeNull();
    expect(parseHeightMessage({ "datawrapper-height": null, sentinel: "amp", type: "embed-size", height: 400 })).toBe(400);
    expect(parseHeightMessage({ sentinel: "other", type: "embed-size", height: 400 })).toBeNull();
  });
  it("a sane height is a finite number from 100 to 10,000 px", () => {
    expect(isSaneHeight(100)).toBe(true);
    expect(isSaneHeight(10_000)).toBe(true);
    expect(isSaneHeight(99.9)).toBe(false);
    expect(isSaneHeight(10_000.1)).toBe(false);
    expect(isSaneHeight("500")).toBe(false);
    expect(isSaneHeight(Number.NaN)).toBe(false);
    expect(isSaneHeight(undefined)).toBe(false);
  });
});
