// The host snippet (embed.js) trusts a height message only from our origin, only from the window of one
// of the page's iframes, and only with a sane height in one of the three dialects. Every branch of
// listenForHeights, with a stand-in window (the unit project runs in Node, without a DOM).
import { describe, expect, it } from "vitest";
import { listenForHeights } from "../../src/client/embed-host";
import { ampMessage, datawrapperMessage, MAX_HEIGHT, MIN_HEIGHT, pymMessage } from "../../src/lib/embed/protocol";

const OURS = "https://nordkorea-soldaten.example";

/** An iframe as the host page has it: its own window, and the height the snippet sets. */
interface FakeFrame {
  contentWindow: object;
  style: { height: string };
}

/** A host page with some iframes; `post` delivers a message event as the browser would. */
function hostPage(frameCount = 2) {
  const frames: FakeFrame[] = Array.from({ length: frameCount }, () => ({ contentWindow: {}, style: { height: "" } }));
  let listener: ((event: MessageEvent) => void) | undefined;
  const win = {
    addEventListener: (type: string, fn: (event: MessageEvent) => void) => {
      expect(type).toBe("message");
      listener = fn;
    },
    document: { querySelectorAll: (selector: string) => (selector === "iframe" ? frames : []) },
  } as unknown as Window;
  listenForHeights(win, OURS);
  const post = (data: unknown, source: object | null, origin = OURS) => {
    expect(listener, "listenForHeights registered no message listener").toBeDefined();
    listener!({ data, source, origin } as unknown as MessageEvent);
  };
  return { frames, post, heights: () => frames.map((f) => f.style.height) };
}

describe("the embed host snippet", () => {
  it.each([
    ["Datawrapper", datawrapperMessage("nk-troops-chart", 640)],
    ["Pym", pymMessage("nk-troops-chart", 640)],
    ["AMP", ampMessage(640)],
  ])("resizes the sending iframe, and only it, for a %s message", (_, message) => {
    const page = hostPage(3);
    page.post(message, page.frames[1]!.contentWindow);
    expect(page.heights()).toEqual(["", "640px", ""]);
  });

  it.each([
    ["another origin", "https://evil.example"],
    ["our host with another scheme", OURS.replace("https:", "http:")],
    ["our host on another port", `${OURS}:8443`],
    ["a subdomain of ours", OURS.replace("https://", "https://x.")],
    ["the opaque origin of a sandboxed frame", "null"],
  ])("ignores a valid message from %s", (_, origin) => {
    const page = hostPage();
    page.post(ampMessage(640), page.frames[0]!.contentWindow, origin);
    expect(page.heights()).toEqual(["", ""]);
  });

  it.each([
    ["a window that is none of the page's iframes", {}],
    ["no window at all", null],
  ])("ignores a message from our origin but from %s", (_, source) => {
    const page = hostPage();
    page.post(ampMessage(640), source);
    expect(page.heights()).toEqual(["", ""]);
  });

  it.each([
    ["NaN", ampMessage(Number.NaN)],
    ["Infinity", ampMessage(Number.POSITIVE_INFINITY)],
    ["a negative height", datawrapperMessage("nk", -50)],
    ["zero", ampMessage(0)],
    ["just below the minimum", ampMessage(MIN_HEIGHT - 1)],
    ["just above the maximum", ampMessage(MAX_HEIGHT + 1)],
    ["a Pym height with a unit", "pymxPYMxnkxPYMxheightxPYMx640px"],
    ["a Pym navigateTo", "pymxPYMxnkxPYMxnavigateToxPYMxjavascript:alert(1)"],
    ["a height as a string", { sentinel: "amp", type: "embed-size", height: "640" }],
    ["an unknown shape", { height: 640 }],
  ])("ignores %s from the right origin and window", (_, message) => {
    const page = hostPage();
    page.post(message, page.frames[0]!.contentWindow);
    expect(page.heights()).toEqual(["", ""]);
  });

  it("accepts the bounds themselves and rounds a fractional height", () => {
    const page = hostPage();
    page.post(ampMessage(MIN_HEIGHT), page.frames[0]!.contentWindow);
    page.post(ampMessage(MAX_HEIGHT), page.frames[1]!.contentWindow);
    expect(page.heights()).toEqual([`${MIN_HEIGHT}px`, `${MAX_HEIGHT}px`]);
    page.post(pymMessage("nk", 640.4), page.frames[0]!.contentWindow);
    expect(page.heights()[0]).toBe("640px");
  });

  it("keeps the last sane height when a bad message follows", () => {
    const page = hostPage();
    page.post(ampMessage(700), page.frames[0]!.contentWindow);
    page.post(ampMessage(Number.NaN), page.frames[0]!.contentWindow);
    page.post(ampMessage(900), page.frames[0]!.contentWindow, "https://evil.example");
    expect(page.heights()).toEqual(["700px", ""]);
  });
});
