import { afterEach, describe, expect, it, vi } from "vitest";
import {
  ampMessage,
  datawrapperMessage,
  heightMessages,
  MAX_HEIGHT,
  MIN_HEIGHT,
  parseHeightMessage,
  pymMessage,
  embedId,
  themeFrom,
} from "../../src/lib/embed/protocol";
import { reportHeight } from "../../src/client/embed-child";
import { escapeHtml, fixedCode, imageCode, responsiveCode } from "../../src/lib/embed/code";

describe("building height messages", () => {
  it("speaks Datawrapper, Pym and AMP", () => {
    expect(datawrapperMessage("nk-troops-chart", 640)).toEqual({ "datawrapper-height": { "nk-troops-chart": 640 } });
    expect(pymMessage("nk-troops-chart", 640)).toBe("pymxPYMxnk-troops-chartxPYMxheightxPYMx640");
    expect(ampMessage(640)).toEqual({ sentinel: "amp", type: "embed-size", height: 640 });
  });
  it("rounds fractional heights up so nothing is cut off", () => {
    expect(heightMessages("x", 640.2)).toEqual([
      { "datawrapper-height": { x: 641 } },
      "pymxPYMxxxPYMxheightxPYMx641",
      { sentinel: "amp", type: "embed-size", height: 641 },
    ]);
  });
});

describe("parsing height messages", () => {
  it("reads every dialect it sends", () => {
    for (const message of heightMessages("nk", 712)) expect(parseHeightMessage(message)).toBe(712);
  });
  it.each([
    ["a plain string", "hello"],
    ["a Pym navigateTo", "pymxPYMxnkxPYMxnavigateToxPYMxjavascript:alert(1)"],
    ["a Pym height that is not a number", "pymxPYMxnkxPYMxheightxPYMx12px"],
    ["a negative height", { "datawrapper-height": { nk: -50 } }],
    ["NaN", { sentinel: "amp", type: "embed-size", height: Number.NaN }],
    ["Infinity", ampMessage(Number.POSITIVE_INFINITY)],
    ["a huge height", ampMessage(MAX_HEIGHT + 1)],
    ["a tiny height", ampMessage(MIN_HEIGHT - 1)],
    ["a height as a string", { sentinel: "amp", type: "embed-size", height: "500" }],
    ["two Datawrapper ids at once", { "datawrapper-height": { a: 300, b: 400 } }],
    ["null", null],
    ["a number", 500],
    ["an unrelated object", { height: 500 }],
    ["an AMP message of another type", { sentinel: "amp", type: "embed-ready", height: 500 }],
  ])("ignores %s", (_, message) => {
    expect(parseHeightMessage(message)).toBeNull();
  });
  it("accepts the bounds themselves", () => {
    expect(parseHeightMessage(ampMessage(MIN_HEIGHT))).toBe(MIN_HEIGHT);
    expect(parseHeightMessage(ampMessage(MAX_HEIGHT))).toBe(MAX_HEIGHT);
  });
});

describe("embed page parameters", () => {
  it("takes Pym's childId when it is a plain id", () => {
    expect(embedId("?childId=story-chart-1", "nk")).toBe("story-chart-1");
    expect(embedId("?childId=<script>", "nk")).toBe("nk");
    expect(embedId("", "nk")).toBe("nk");
  });
  it("reads the theme, defaulting to auto", () => {
    expect(themeFrom("?theme=dark")).toBe("dark");
    expect(themeFrom("?theme=light")).toBe("light");
    expect(themeFrom("?theme=purple")).toBe("auto");
    expect(themeFrom("")).toBe("auto");
  });
});

describe("embed codes", () => {
  const target = {
    src: "https://example.org/sub/embed/chart/?theme=dark",
    script: "https://example.org/sub/embed.js",
    image: "https://example.org/sub/grafik/nordkorea-soldaten.png",
    page: "https://example.org/sub/wie-viele-soldaten/",
    title: 'Grafik: "Zahlen" & Daten',
    alt: "Zahlen stiegen <stark>",
    height: 700,
  };
  it("the responsive code has a titled lazy iframe, the snippet and a noscript image", () => {
    const code = responsiveCode(target);
    expect(code).toContain(
      '<iframe src="https://example.org/sub/embed/chart/?theme=dark" title="Grafik: &quot;Zahlen&quot; &amp; Daten" loading="lazy"',
    );
    expect(code).toContain("height:700px");
    expect(code).toContain('<script src="https://example.org/sub/embed.js" async></script>');
    expect(code).toMatch(
      /<noscript><a href="https:\/\/example.org\/sub\/wie-viele-soldaten\/"><img src="[^"]+nordkorea-soldaten.png" alt="Zahlen stiegen &lt;stark&gt;"/,
    );
  });
  it("the fixed code has no script, the image code no iframe", () => {
    expect(fixedCode(target)).not.toContain("<script");
    expect(fixedCode(target)).toContain("<iframe");
    expect(imageCode(target)).not.toMatch(/<iframe|<script/);
    expect(imageCode(target)).toContain('<img src="https://example.org/sub/grafik/nordkorea-soldaten.png"');
  });
  it("escapes everything that could break out of an attribute", () => {
    expect(escapeHtml(`"><script>&`)).toBe("&quot;&gt;&lt;script&gt;&amp;");
  });
});

describe("reporting the height", () => {
  // Restored whatever happens in the test, so a failing assertion cannot leak fake timers or the stub.
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
  it("posts on change and re-sends for ten seconds, for hosts whose snippet loads late", () => {
    vi.useFakeTimers();
    let notify = () => {};
    vi.stubGlobal(
      "ResizeObserver",
      class {
        constructor(callback: () => void) {
          notify = callback;
        }
        observe() {}
        disconnect() {}
      },
    );
    let height = 400.4;
    const element = { getBoundingClientRect: () => ({ height }) } as Element;
    const posted: unknown[] = [];
    const stop = reportHeight(element, "nk", { postMessage: (m: unknown) => posted.push(m) });
    expect(posted).toEqual(heightMessages("nk", 401));
    notify(); // same height: nothing new
    expect(posted).toHaveLength(3);
    height = 500;
    notify();
    expect(posted.slice(3)).toEqual(heightMessages("nk", 500));
    vi.advanceTimersByTime(3000);
    expect(posted).toHaveLength(6 + 9);
    vi.advanceTimersByTime(20_000);
    expect(posted).toHaveLength(6 + 30); // ten re-sends, then it stops
    stop();
    vi.advanceTimersByTime(20_000);
    expect(posted).toHaveLength(6 + 30); // stopped: nothing more
  });
});
