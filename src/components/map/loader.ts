// The only script a page with the map loads up front: it waits until a map is about to scroll into view,
// then imports Leaflet and the map code. Until then, and if that import fails, the static SVG stays.

/** Starts the interactive map of every route map on the page once it nears the viewport. */
export function observeRouteMaps(): void {
  const roots = [...document.querySelectorAll<HTMLElement>("[data-route-map]:not([data-state])")];
  const start = (root: HTMLElement) => {
    if (root.dataset["state"]) return;
    root.dataset["state"] = "loading";
    import("./leaflet-map")
      .then((m) => m.mountRouteMap(root))
      .catch((error: unknown) => {
        // The static map is already there: say why the interactive one is missing, but do not fail the page.
        root.dataset["state"] = "static";
        console.warn("Karte: interaktive Ansicht nicht geladen, statische Karte bleibt.", error);
      });
  };
  if (!("IntersectionObserver" in window)) {
    roots.forEach(start);
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        observer.unobserve(e.target);
        start(e.target as HTMLElement);
      }
    },
    { rootMargin: "300px 0px" },
  );
  roots.forEach((r) => observer.observe(r));
}
