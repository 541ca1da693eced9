// The interactive map (browser only, loaded by loader.ts): Leaflet on the shipped Natural Earth basemap,
// markers that work by keyboard, popups that take and return focus, and the step control along the route.
import L from "leaflet";
// Leaflet's stylesheet as a file URL, linked only when the map starts: pages with the map do not
// load it before the map scrolls into view (imported plainly, Astro would put it in every page's head).
import leafletCss from "leaflet/dist/leaflet.css?url";
import { decodeBasemap, type EncodedBasemap } from "../../lib/map/basemap-codec";
import type { ClientConfig } from "../../lib/map/client-config";
import { countryClass } from "../../lib/map/countries";
import { placeLabels, type Box, type LabelRequest, type Side } from "../../lib/map/labels";
import { visibleMarkers } from "../../lib/map/declutter";

/** From this zoom on, secondary places show their names where there is room. */
const SECONDARY_LABEL_ZOOM = 4.5;
/** Marker hit areas in px (the visible dots are smaller; see the CSS). */
const HIT = { main: 28, secondary: 24 };
/** Dot sizes in px, used to keep labels off the dots. */
const DOT = { main: 16, secondary: 10 };

type Bounds = L.LatLngBoundsExpression;

/** A label that is laid out on every zoom: its element, anchor and rules. */
interface MapLabel {
  id: string;
  el: HTMLElement;
  latlng: L.LatLng;
  gap: number;
  required: boolean;
  minZoom: number;
  sides?: readonly Side[];
  size?: { width: number; height: number };
}

/** Builds the interactive map inside a route-map figure (see RouteMap.astro). */
export async function mountRouteMap(root: HTMLElement): Promise<void> {
  // An attribute, not a <script> data block: the browser unescapes it, and no script element carries data.
  const config = JSON.parse(root.dataset["mapConfig"]!) as ClientConfig;
  const stage = root.querySelector<HTMLElement>("[data-map-stage]")!;
  const reduceMotion = matchMedia("(prefers-reduced-motion: reduce)").matches;

  await loadStylesheet(leafletCss);
  const container = document.createElement("div");
  container.className = "rm-leaflet";
  container.setAttribute("role", "region");
  container.setAttribute("aria-label", config.strings.region);
  container.setAttribute("aria-roledescription", config.strings.roleDescription);
  stage.append(container);

  const map = L.map(container, {
    zoomControl: false,
    attributionControl: false,
    zoomSnap: 0.25,
    zoomDelta: 0.5,
    // The page scrolls under the map; zooming stays with buttons, keys, pinch and double click.
    scrollWheelZoom: false,
    // No maxBounds: Leaflet's bounds enforcement pulls popups near the basemap's edge (Kursk) back
    // under the zoom buttons. The minimum zoom below and the "Überblick" button keep readers oriented.
    maxZoom: 7,
    zoomAnimation: !reduceMotion,
    fadeAnimation: !reduceMotion,
    markerZoomAnimation: !reduceMotion,
    inertia: !reduceMotion,
  });
  const fit = (bounds: Bounds, animate: boolean) =>
    // The zoom buttons sit top left: keep places out from under them.
    map.fitBounds(bounds, { paddingTopLeft: [64, 24], paddingBottomRight: [24, 24], animate: animate && !reduceMotion, maxZoom: 6 });
  fit(config.overview, false);
  // Zooming out further than the whole route would only show the basemap's cut edges.
  map.setMinZoom(Math.max(1, map.getZoom() - 0.5));

  L.control.zoom({ position: "topleft", zoomInTitle: config.strings.zoomIn, zoomOutTitle: config.strings.zoomOut }).addTo(map);
  // Leaflet's zoom links are "+" and "−" text; the German titles above become their names.
  container.querySelectorAll(".leaflet-control-zoom a").forEach((a) => a.setAttribute("aria-label", a.getAttribute("title") ?? ""));

  // Route arcs under the markers; decorative for assistive technology (the list below the map has them).
  const arcs = config.arcs.map((a) => ({
    ...a,
    layer: L.polyline(a.points, {
      className: a.main >= 0 ? "rm-arc rm-arc--main" : "rm-arc rm-arc--leg",
      interactive: false,
    }).addTo(map),
  }));
  map.getPane("overlayPane")?.setAttribute("aria-hidden", "true");

  const labels: MapLabel[] = [];
  const decorative = (html: HTMLElement, latlng: L.LatLngExpression, className: string) => {
    const m = L.marker(latlng, {
      icon: L.divIcon({ className, html, iconSize: [0, 0] }),
      interactive: false,
      keyboard: false,
    }).addTo(map);
    m.getElement()?.setAttribute("aria-hidden", "true");
    return m;
  };
  for (const c of config.countries) {
    const el = textEl("span", "rm-label rm-label--country", c.name);
    decorative(el, [c.lat, c.lon], "rm-country-label");
    labels.push({ id: `country-${c.id}`, el, latlng: L.latLng(c.lat, c.lon), gap: 0, required: false, minZoom: 0, sides: ["center"] });
  }
  for (const d of config.distances) {
    const el = textEl("span", "rm-label rm-label--distance", d.text);
    decorative(el, [d.lat, d.lon], "rm-distance-label");
    labels.push({ id: `km-${d.main}`, el, latlng: L.latLng(d.lat, d.lon), gap: 4, required: false, minZoom: 0, sides: ["top", "bottom", "right", "left"] });
  }

  // Markers: focusable buttons named after their place; Enter or Space opens the popup.
  const markers = new Map<string, L.Marker>();
  // Popups keep clear of the zoom buttons (top left), like the fitted views.
  const popup = L.popup({ maxWidth: 300, autoPanPaddingTopLeft: [64, 8], autoPanPaddingBottomRight: [8, 8], className: "rm-popup-wrap" });
  let opener: L.Marker | undefined;
  const openPopup = (id: string) => {
    const marker = markers.get(id)!;
    const source = root.querySelector<HTMLElement>(`[data-popup-for="${id}"]`);
    if (!source) return;
    const content = source.firstElementChild!.cloneNode(true) as HTMLElement;
    const size = map.getSize();
    // Small maps get a popup that fits and scrolls inside, rather than one cut off by the map's edge.
    // Content width: the map minus the pan padding (72 px) and the popup's own margins (about 56 px).
    popup.options.maxWidth = Math.min(300, size.x - 130);
    popup.options.maxHeight = Math.max(140, size.y - 64);
    opener = marker;
    popup.setLatLng(marker.getLatLng()).setContent(content).openOn(map);
  };
  for (const m of config.markers) {
    const kind = m.main ? "main" : "secondary";
    const html = document.createElement("span");
    html.className = "rm-marker-inner";
    html.append(textEl("span", "rm-dot", ""));
    const label = textEl("span", `rm-label rm-label--${kind}`, m.name);
    html.append(label);
    const marker = L.marker([m.lat, m.lon], {
      icon: L.divIcon({ className: `rm-marker rm-marker--${kind}`, html, iconSize: [HIT[kind], HIT[kind]] }),
      keyboard: true,
      title: m.name,
      zIndexOffset: m.main ? 1000 : 0,
      riseOnHover: true,
    }).addTo(map);
    const el = marker.getElement()!;
    el.setAttribute("aria-label", m.name);
    el.dataset["placeId"] = m.id;
    el.addEventListener("keydown", (e) => {
      if (e.key !== "Enter" && e.key !== " ") return;
      e.preventDefault();
      openPopup(m.id);
    });
    marker.on("click", () => openPopup(m.id));
    markers.set(m.id, marker);
    labels.push({
      id: m.id,
      el: label,
      latlng: marker.getLatLng(),
      gap: DOT[kind] / 2 + 3,
      required: m.main,
      minZoom: m.main ? 0 : SECONDARY_LABEL_ZOOM,
    });
  }

  // Popups take the focus and give it back: to the marker that opened them, on Escape or close.
  map.on("popupopen", (e) => {
    const el = e.popup.getElement();
    const close = el?.querySelector<HTMLElement>(".leaflet-popup-close-button");
    if (close) {
      close.setAttribute("aria-label", config.strings.close);
      close.setAttribute("title", config.strings.close);
    }
    el?.querySelector<HTMLElement>("[data-popup-body]")?.focus();
  });
  map.on("popupclose", () => {
    const active = document.activeElement;
    const popupEl = popup.getElement();
    // Only when focus was in the popup (or fell to the page when its close button vanished).
    if (!active || active === document.body || (popupEl && popupEl.contains(active))) opener?.getElement()?.focus({ preventScroll: true });
  });
  container.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && map.hasLayer(popup)) {
      e.preventDefault();
      e.stopPropagation();
      map.closePopup(popup);
    }
  });

  // Labels: main names always, the rest where there is room, laid out anew on every zoom. Places of
  // the active step get their names at any zoom (where they fit), the others only when zoomed in.
  let stepPlaces = new Set<string>();
  const layoutLabels = () => {
    const zoom = map.getZoom();
    const size = map.getSize();
    // Markers whose hit areas would overlap give way to more important ones (main places and the
    // active step's places always show, the rest in route order); hidden ones come back when zoomed in.
    const shown = visibleMarkers(
      config.markers.map((m, i) => {
        const p = map.latLngToContainerPoint([m.lat, m.lon]);
        return { id: m.id, x: p.x, y: p.y, size: HIT[m.main ? "main" : "secondary"], rank: i, required: m.main || stepPlaces.has(m.id) };
      }),
    );
    for (const [id, marker] of markers) {
      const el = marker.getElement();
      // Inline display through the CSSOM: Leaflet's stylesheet would outrank the hidden attribute.
      if (el) el.style.display = shown.has(id) ? "" : "none";
    }
    const obstacles: Box[] = config.markers.filter((m) => shown.has(m.id)).map((m) => {
      const p = map.latLngToContainerPoint([m.lat, m.lon]);
      const d = m.main ? DOT.main : DOT.secondary;
      return { x: p.x - d / 2, y: p.y - d / 2, width: d, height: d };
    });
    const placeIds = new Set(config.markers.map((m) => m.id));
    const active = labels.filter((l) => (!placeIds.has(l.id) || shown.has(l.id)) && (zoom >= l.minZoom || stepPlaces.has(l.id)));
    // Required first, then place names, then distances, then countries: the order is the priority.
    const order = (l: MapLabel) => (l.required ? 0 : l.id.startsWith("km-") ? 1 : l.id.startsWith("country-") ? 3 : 2);
    const requests: LabelRequest[] = active
      .sort((a, b) => order(a) - order(b))
      .map((l) => {
        const p = map.latLngToContainerPoint(l.latlng);
        return { id: l.id, x: p.x, y: p.y, ...l.size!, gap: l.gap, required: l.required, ...(l.sides ? { sides: l.sides } : {}) };
      });
    const placed = placeLabels(requests, obstacles, { x: 0, y: 0, width: size.x, height: size.y });
    for (const l of labels) {
      const p = placed.get(l.id);
      l.el.hidden = !p;
      if (p) l.el.dataset["side"] = p.side;
    }
  };
  // Sizes are measured once, while every label is still visible (a hidden one measures 0).
  labels.forEach((l) => (l.size = { width: l.el.offsetWidth, height: l.el.offsetHeight }));
  map.on("zoomend resize", layoutLabels);
  // While the view moves, say so on the figure (tests and embeds can wait for the map to settle).
  map.on("movestart zoomstart", () => (root.dataset["moving"] = "true"));
  map.on("moveend", () => delete root.dataset["moving"]);
  layoutLabels();

  // The basemap arrives after the markers: the route is readable while it loads.
  fetch(config.basemapUrl)
    .then((r) => {
      if (!r.ok) throw new Error(`${r.status} ${config.basemapUrl}`);
      return r.json() as Promise<EncodedBasemap>;
    })
    .then((encoded) => {
      L.geoJSON(decodeBasemap(encoded), {
        interactive: false,
        style: (f) => ({ className: countryClass(f?.id) }),
      })
        .addTo(map)
        .bringToBack();
      root.dataset["basemap"] = "loaded";
    })
    .catch((error: unknown) => {
      root.dataset["basemap"] = "failed";
      console.warn("Karte: Grundkarte nicht geladen.", error);
    });

  setUpSteps(root, config, map, arcs, markers, fit, (places) => {
    stepPlaces = new Set(places);
    layoutLabels();
  });
  root.dataset["state"] = "interactive";
}

/** The step control: each button shows one leg of the route, highlights it and says what happened. */
function setUpSteps(
  root: HTMLElement,
  config: ClientConfig,
  map: L.Map,
  arcs: { leg: number; main: number; layer: L.Polyline }[],
  markers: Map<string, L.Marker>,
  fit: (b: Bounds, animate: boolean) => void,
  onStep: (places: string[]) => void,
): void {
  const panel = root.querySelector<HTMLElement>("[data-map-steps]");
  if (!panel) return;
  const text = panel.querySelector<HTMLElement>("[data-step-text]")!;
  const buttons = [...panel.querySelectorAll<HTMLButtonElement>("button[data-step]")];
  // The markup starts on the overview (its button pressed, its text shown), so nothing runs on load
  // and the live region announces only what the reader asked for.
  const show = (n: number) => {
    const step = config.steps.find((s) => s.number === n);
    buttons.forEach((b) => b.setAttribute("aria-pressed", String(Number(b.dataset["step"]) === n)));
    root.classList.toggle("rm-has-step", step !== undefined);
    for (const a of arcs) {
      const on = step !== undefined && (a.leg === step.leg || step.main.includes(a.main));
      a.layer.getElement()?.classList.toggle("is-active", on);
    }
    for (const [id, m] of markers) m.getElement()?.classList.toggle("is-active", step?.places.includes(id) ?? false);
    if (step) text.replaceChildren(textEl("strong", "", `${step.number} ${step.label}: `), `${step.text} `, textEl("span", "rm-step-km", step.distances));
    else text.replaceChildren(config.overviewText);
    map.closePopup();
    onStep(step?.places ?? []);
    fit(step ? step.bounds : config.overview, true);
  };
  buttons.forEach((b) => b.addEventListener("click", () => show(Number(b.dataset["step"]))));
  panel.hidden = false;
}

/** Adds a stylesheet once and waits until it applies (Leaflet measures its panes on start). */
function loadStylesheet(href: string): Promise<void> {
  if (document.querySelector(`link[href="${href}"]`)) return Promise.resolve();
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = href;
  const loaded = new Promise<void>((resolve, reject) => {
    link.addEventListener("load", () => resolve());
    link.addEventListener("error", () => reject(new Error(`stylesheet ${href} did not load`)));
  });
  document.head.append(link);
  return loaded;
}

/** An element with text (never HTML: place names come from the data). */
function textEl(tag: string, className: string, text: string): HTMLElement {
  const el = document.createElement(tag);
  if (className) el.className = className;
  el.textContent = text;
  return el;
}
