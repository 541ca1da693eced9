/**
 * The host snippet (served as embed.js): resizes our iframes on any page. It trusts a message only
 * from the origin the snippet itself was served from, only from an iframe's own window, and only
 * with a sane height. It does nothing else.
 */
import { parseHeightMessage } from "../lib/embed/protocol";

/** Listens for height messages from `origin` and resizes the iframe that sent them. */
export function listenForHeights(win: Window, origin: string): void {
  win.addEventListener("message", (event: MessageEvent) => {
    if (event.origin !== origin) return;
    const height = parseHeightMessage(event.data);
    if (height === null) return;
    for (const frame of win.document.querySelectorAll("iframe")) {
      if (frame.contentWindow === event.source) frame.style.height = `${height}px`;
    }
  });
}

const script = typeof document !== "undefined" ? (document.currentScript as HTMLScriptElement | null) : null;
// Our origin is wherever this file was loaded from, so the snippet works on any host.
if (script?.src) listenForHeights(window, new URL(script.src).origin);
