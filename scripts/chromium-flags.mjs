// Chromium flags that work in this sandbox and keep the browser off the network: one list for the
// browser tests, the bench and the screenshot script.
/** Flags for Debian's headless Chromium (add "--headless=new" where the launcher does not). */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
