// The only script a page with the map loads up front. The static SVG map is the first view: it shows the
// overview the interactive map would open on. Leaflet and the map code (a long task to evaluate and set
// up, most of a second on a slow phone) load only when the reader reaches for the map: a press on it, a
// mouse pointer over it, the "Karte bedienen" button, or a step button (whose step then opens). Until
// then, and if the import fails, the static SVG stays; the main thread stays free while the page loads.

/** The map's start-up state on its root element: waiting for the reader, loading, interactive or static. */
type State = "waiting" | "loading" | "interactive" | "static";

/** Readies every route map on the page: its step buttons and start button work, Leaflet is not loaded yet. */
export function observeRouteMaps(): void {
  for (const root of document.querySelectorAll<HTMLElement>("[data-route-map]:not([data-state])")) prepare(root);
}

function prepare(root: HTMLElement): void {
  setState(root, "waiting");
  const stage = root.querySelector<HTMLElement>("[data-map-stage]");
  const button = root.querySelector<HTMLButtonElement>("[data-map-start]");
  const panel = root.querySelector<HTMLElement>("[data-map-steps]");
  const listeners = new AbortController();
  const { signal } = listeners;

  const start = (focusMap: boolean) => {
    if (root.dataset["state"] !== "waiting") return;
    setState(root, "loading");
    if (focusMap) root.dataset["focusMap"] = "true";
    import("./leaflet-map")
      .then((m) => m.mountRouteMap(root))
      .then(() => listeners.abort())
      .catch((error: unknown) => {
        // The static map is already there: say why the interactive one is missing, but do not fail the page.
        listeners.abort();
        setState(root, "static");
        if (button) button.hidden = true;
        if (panel) panel.hidden = true;
        console.warn("Karte: interaktive Ansicht nicht geladen, statische Karte bleibt.", error);
      });
  };

  // The step buttons work at once: a step chosen before the map is there opens when it is.
  if (panel) {
    panel.hidden = false;
    panel.addEventListener(
      "click",
      (e) => {
        const b = (e.target as Element).closest<HTMLButtonElement>("button[data-step]");
        if (!b || root.dataset["state"] === "interactive") return;
        root.dataset["pendingStep"] = b.dataset["step"]!;
        for (const other of panel.querySelectorAll("button[data-step]")) other.setAttribute("aria-pressed", String(other === b));
        start(false);
      },
      { signal },
    );
  }
  if (button) {
    button.hidden = false;
    button.addEventListener("click", () => start(true), { signal });
  }
  if (stage) {
    // A tap or click on the map, or a mouse over it: the reader is about to use it. (Not a touch that
    // starts a scroll: setting the map up then would stall the scrolling.)
    stage.addEventListener("click", () => start(false), { signal });
    stage.addEventListener("pointerover", (e) => e.pointerType === "mouse" && start(false), { signal, passive: true });
  }
}

function setState(root: HTMLElement, state: State): void {
  root.dataset["state"] = state;
}
