/**
 * The embed page's side of the protocol: measures the figure (not the body, which can stick at the
 * iframe's height) and posts its height to the host whenever it changes.
 */
import { heightMessages } from "../lib/embed/protocol";

/** How often and how long the height is re-sent although it did not change, in ms. */
const RESEND_EVERY = 1000;
const RESEND_FOR = 10_000;

/**
 * Watches `element` and posts its height to `target` in every dialect whenever it changes. For the
 * first seconds it also re-sends the same height: the host's snippet may load after our first message.
 */
export function reportHeight(element: Element, id: string, target: Pick<Window, "postMessage">): () => void {
  let last = -1;
  const post = (height: number) => {
    // The height is not secret, and the host's origin is unknown: "*" is the target.
    for (const message of heightMessages(id, height)) target.postMessage(message, "*");
  };
  const send = () => {
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    post(height);
  };
  const observer = new ResizeObserver(send);
  observer.observe(element);
  send();
  const resend = setInterval(() => last > 0 && post(last), RESEND_EVERY);
  const stopResending = setTimeout(() => clearInterval(resend), RESEND_FOR);
  return () => {
    observer.disconnect();
    clearInterval(resend);
    clearTimeout(stopResending);
  };
}
