// The interactive map (browser only, loaded by map-loader.ts): Leaflet on the shipped Natural Earth basemap,
// markers that work by keyboard, popups that take and return focus, and the step control along the route.
import L from "leaflet";
// Leaflet's stylesheet as a file URL, linked only when the map starts: pages with the map do not
// load it before the reader starts the map (imported plainly, Astro would put it in every page's head).
import leafletCss from "leaflet/dist/leaflet.css?url";
import { decodeBasemap, polygonsOf, type EncodedBasemap } from "../lib/map/basemap-codec";
import type { ClientConfig } from "../lib/map/client-config";
import { LEAFLET_DOT } from "../lib/map/sizes";
import { COUNTRY_CLASS } from "../lib/map/countries";
import { placeMapLabels, type Box, type LabelRequest, type Side } from "../lib/map/labels";
import { visibleMarkers } from "../lib/map/declutter";
import { arcDrawn, labelCandidates, labelPriority, SECONDARY_LABEL_ZOOM, type ShownStep } from "../lib/map/label-order";
import { EARTH_RADIUS_M, project, unproject, type ProjectedBox } from "../lib/map/projection";

/** Marker hit areas in px (the visible dots are smaller; see the CSS). */
const HIT = { main: 28, secondary: 24 };

/** Metres around the globe: zoom 0 shows it in 256 px, as Leaflet's usual zoom levels do. */
const CIRCUMFERENCE = 2 * Math.PI * EARTH_RADIUS_M;

/**
 * The map's conic projection (projection.ts) as a Leaflet CRS: project and unproject with d3-geo, then
 * metres to pixels (y down). Distances stay Leaflet's spherical ones; longitudes do not wrap, so
 * Chukotka at 191° E stays east of the Bering Strait.
 */
const CONIC_CRS: L.CRS = L.extend({}, L.CRS.Earth, {
  code: "conic-85e",
  projection: {
    project: (ll: L.LatLng) => {
      const [x, y] = project([ll.lng, ll.lat]);
      return L.point(x, y);
    },
    unproject: (p: L.Point) => {
      const [lon, lat] = unproject([p.x, p.y]);
      return L.latLng(lat, lon);
    },
    bounds: L.bounds([-CIRCUMFERENCE / 2, -CIRCUMFERENCE / 2], [CIRCUMFERENCE / 2, CIRCUMFERENCE / 2]),
  },
  transformation: new L.Transformation(1 / CIRCUMFERENCE, 0.5, -1 / CIRCUMFERENCE, 0.5),
  wrapLng: undefined,
  infinite: true,
}) as L.CRS;

/** Room kept around a fitted view, in px (labels sit beside their places). */
const FIT_PADDING = 28;

/** Zoom levels: Leaflet's quarter steps; a step's fitted view never zooms past FIT_MAX (a close-up of one city
 * would lose the route), the reader may go one level further. */
const ZOOM = { snap: 0.25, delta: 0.5, fitMax: 6, max: 7 };

/**
 * The popup's size in px: at most 300 wide, 8 px from the map's edges when panned into view; on small maps
 * it leaves 80 px of the width (pan padding and its own margins) and 64 of the height (its tip and close
 * button), but keeps 140 px of height to scroll in.
 */
const POPUP = { maxWidth: 300, panPadding: 8, sideRoom: 80, topRoom: 64, minHeight: 140 };

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
  /** Other anchors (a distance along its arc) and the marker to move there. */
  alternatives?: L.LatLng[];
  anchor?: L.Marker;
}

/** Lets the browser paint and handle input between the map's start-up tasks (keeps each one short). */
function yieldToMain(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
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
  // Built hidden, over the static map, in several short tasks; shown whole once the land is drawn.
  container.classList.add("rm-leaflet--building");
  stage.append(container);

  const map = createMap(container, reduceMotion);
  const fit = fitter(map, root, reduceMotion);
  fit(config.overview, false);
  // Zooming out further than the whole route would only show the basemap's cut edges.
  map.setMinZoom(Math.max(1, map.getZoom() - 0.5));
  root.dataset["zoom"] = String(map.getZoom());

  const arcs = addArcs(map, config);
  const labels = addTextLabels(map, config);
  const markers = new Map<string, L.Marker>();
  const openPopup = setUpPopups(map, container, config.strings.close, root, markers);
  labels.push(...addMarkers(map, config, markers, openPopup));

  // The markers are in: let the browser paint and take input before the labels are laid out.
  await yieldToMain();

  let step: ShownStep | undefined;
  const layoutLabels = labelLayout(map, root, config, labels, markers, arcs, () => step);
  // Sizes come from the text itself (canvas measureText with each kind's computed font), not from the
  // laid-out labels: reading offsetWidth would force a layout of the whole map in the start-up task.
  const labelFonts = measureLabels(labels);
  await yieldToMain();
  // After every move, not only after a zoom: a step at the same zoom pans, and its places need names there.
  map.on("moveend resize", layoutLabels);
  // While the view moves, say so on the figure (tests and embeds can wait for the map to settle).
  map.on("movestart zoomstart", () => (root.dataset["moving"] = "true"));
  map.on("moveend", () => delete root.dataset["moving"]);
  layoutLabels();
  // Canvas measures with the faces loaded at that moment. A label face that arrives later (a slow
  // connection, a busy machine) sets the labels wider than measured, and they overlap: once every label
  // font has loaded, measure again and lay out where a size changed.
  if ("fonts" in document)
    void Promise.all(labelFonts.map((f) => document.fonts.load(f))).then(() => {
      const before = labels.map((l) => `${l.size?.width}×${l.size?.height}`).join();
      measureLabels(labels);
      const changed = labels.map((l) => `${l.size?.width}×${l.size?.height}`).join() !== before;
      // Where the faces were there already nothing moved: no second layout on start-up.
      if (changed && !root.dataset["moving"]) layoutLabels();
    });

  const showStep = setUpSteps(root, config, map, arcs, markers, fit, (s) => {
    step = s;
    // Without animation the view is there already (its moveend laid the labels out for the old step);
    // with animation the moveend at the end lays them out.
    if (!root.dataset["moving"]) layoutLabels();
  });
  root.dataset["state"] = "interactive";
  // The reader asked for the map: a step chosen while it loaded opens now; the start button hands the
  // focus to the map (it disappears).
  const pending = root.dataset["pendingStep"];
  delete root.dataset["pendingStep"];
  if (pending !== undefined && showStep) showStep(Number(pending));

  await addBasemap(map, root, config.basemapUrl);
  // The interactive map replaces the static one in one step; the start button hands the focus to it.
  container.classList.remove("rm-leaflet--building");
  root.classList.add("rm-is-live");
  if (root.dataset["focusMap"]) {
    delete root.dataset["focusMap"];
    container.focus({ preventScroll: true });
  }
}

/** The Leaflet map on the conic CRS, without zoom buttons or attribution, still when the reader asks for less motion. */
function createMap(container: HTMLElement, reduceMotion: boolean): L.Map {
  const map = L.map(container, {
    crs: CONIC_CRS,
    // No zoom buttons: on a story map they cover the route and add nothing the step control, the
    // keyboard (+/−, arrows), pinch, double click and the focused scroll wheel do not already offer.
    zoomControl: false,
    attributionControl: false,
    zoomSnap: ZOOM.snap,
    zoomDelta: ZOOM.delta,
    // The page scrolls under the map: the wheel zooms only once the reader has clicked or tabbed into it.
    scrollWheelZoom: false,
    maxZoom: ZOOM.max,
    zoomAnimation: !reduceMotion,
    fadeAnimation: !reduceMotion,
    markerZoomAnimation: !reduceMotion,
    inertia: !reduceMotion,
  });
  map.on("focus", () => map.scrollWheelZoom.enable());
  map.on("blur", () => map.scrollWheelZoom.disable());
  return map;
}

/** A function that fits a box of the projection into the map (Leaflet's fitBounds would fit a longitude/latitude box). */
function fitter(map: L.Map, root: HTMLElement, reduceMotion: boolean): (box: ProjectedBox, animate: boolean) => void {
  return ([[x0, y0], [x1, y1]], animate) => {
    const size = map.getSize();
    const pxPerMetre = Math.min((size.x - 2 * FIT_PADDING) / Math.max(x1 - x0, 1), (size.y - 2 * FIT_PADDING) / Math.max(y1 - y0, 1));
    const exact = Math.log2((Math.max(pxPerMetre, 1e-9) * CIRCUMFERENCE) / 256);
    const zoom = Math.min(ZOOM.fitMax, Math.floor(exact / ZOOM.snap) * ZOOM.snap);
    const [lon, lat] = unproject([(x0 + x1) / 2, (y0 + y1) / 2]);
    // A view still on its way (a step clicked during another's animation) would end in between. (Only
    // then: stop() also resets the zoom, a move of its own.)
    if (root.dataset["moving"]) map.stop();
    map.setView([lat, lon], zoom, { animate: animate && !reduceMotion });
  };
}

/** An arc on the map: its config, its layer, and whether its step is on show. */
type DrawnArc = ClientConfig["arcs"][number] & { active: boolean; layer: L.Polyline };

/** The route arcs under the markers, decorative for assistive technology (the list below the map has them); main arcs drawn at once, a leg's arcs only in its step (labelLayout). */
function addArcs(map: L.Map, config: ClientConfig): DrawnArc[] {
  const arcs = config.arcs.map((a) => ({
    ...a,
    active: false,
    layer: L.polyline(a.points, {
      className: a.main >= 0 ? "rm-arc rm-arc--main" : "rm-arc rm-arc--leg",
      interactive: false,
    }),
  }));
  for (const a of arcs) if (a.main >= 0) a.layer.addTo(map);
  map.getPane("overlayPane")?.setAttribute("aria-hidden", "true");
  return arcs;
}

/** The country names and the main arcs' distances: decorative markers (the text twin has both), laid out with the places. */
function addTextLabels(map: L.Map, config: ClientConfig): MapLabel[] {
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
    const anchor = decorative(el, [d.lat, d.lon], "rm-distance-label");
    labels.push({
      id: `km-${d.main}`,
      el,
      latlng: L.latLng(d.lat, d.lon),
      gap: 4,
      required: false,
      minZoom: 0,
      sides: ["top", "bottom", "top-right", "bottom-left", "top-left", "bottom-right"],
      alternatives: d.along.map(([lat, lon]) => L.latLng(lat, lon)),
      anchor,
    });
  }
  return labels;
}

/**
 * One popup for all markers, with the place's text from the list below the map. It takes the focus and
 * gives it back to the marker that opened it, on Escape or close. Returns the function that opens it for
 * a place id (`markers` is filled by addMarkers).
 */
function setUpPopups(
  map: L.Map,
  container: HTMLElement,
  closeLabel: string,
  root: HTMLElement,
  markers: Map<string, L.Marker>,
): (id: string) => void {
  const pad = L.point(POPUP.panPadding, POPUP.panPadding);
  const popup = L.popup({
    maxWidth: POPUP.maxWidth,
    autoPanPaddingTopLeft: pad,
    autoPanPaddingBottomRight: pad,
    className: "rm-popup-wrap",
  });
  let opener: L.Marker | undefined;
  map.on("popupopen", (e) => {
    const el = e.popup.getElement();
    const close = el?.querySelector<HTMLElement>(".leaflet-popup-close-button");
    if (close) {
      close.setAttribute("aria-label", closeLabel);
      close.setAttribute("title", closeLabel);
    }
    el?.querySelector<HTMLElement>("[data-popup-body]")?.focus();
  });
  map.on("popupclose", () => {
    const active = document.activeElement;
    const popupEl = popup.getElement();
    // Only when focus was in the popup (or fell to the page when its close button vanished).
    if (!active || active === document.body || popupEl?.contains(active)) opener?.getElement()?.focus({ preventScroll: true });
  });
  container.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && map.hasLayer(popup)) {
      e.preventDefault();
      e.stopPropagation();
      map.closePopup(popup);
    }
  });
  return (id) => {
    const marker = markers.get(id)!;
    const source = root.querySelector<HTMLElement>(`[data-popup-for="${id}"]`);
    if (!source) return;
    const content = source.firstElementChild!.cloneNode(true) as HTMLElement;
    const size = map.getSize();
    // Small maps get a popup that fits and scrolls inside, rather than one cut off by the map's edge.
    popup.options.maxWidth = Math.min(POPUP.maxWidth, size.x - POPUP.sideRoom);
    popup.options.maxHeight = Math.max(POPUP.minHeight, size.y - POPUP.topRoom);
    opener = marker;
    popup.setLatLng(marker.getLatLng()).setContent(content).openOn(map);
  };
}

/** The place markers: focusable buttons named after their place, Enter or Space opening the popup. Returns their name labels. */
function addMarkers(map: L.Map, config: ClientConfig, markers: Map<string, L.Marker>, openPopup: (id: string) => void): MapLabel[] {
  const labels: MapLabel[] = [];
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
      gap: LEAFLET_DOT[kind] / 2 + 3,
      required: m.main,
      minZoom: m.main ? 0 : SECONDARY_LABEL_ZOOM,
    });
  }
  return labels;
}

/**
 * The label layout for the current view, run on every move. Every mark is named or not drawn: the main
 * places always show with their names; a secondary place shows only where its name fits, in its step (any
 * zoom) or elsewhere once the reader zooms in (lib/map/label-order.ts has the rules). A leg's arcs show in
 * its step, between places that are on the map.
 */
function labelLayout(
  map: L.Map,
  root: HTMLElement,
  config: ClientConfig,
  labels: MapLabel[],
  markers: Map<string, L.Marker>,
  arcs: DrawnArc[],
  currentStep: () => ShownStep | undefined,
): () => void {
  const byId = new Map(labels.map((l) => [l.id, l]));
  return () => {
    const step = currentStep();
    const zoom = map.getZoom();
    const size = map.getSize();
    const stepPlaces = new Set(step?.places ?? []);
    // Markers whose hit areas would overlap give way to more important ones (main places and the
    // active step's places first, the rest in route order).
    const declutter = visibleMarkers(
      labelCandidates(config.markers, step, zoom).map(({ marker: m, rank }) => {
        const p = map.latLngToContainerPoint([m.lat, m.lon]);
        return { id: m.id, x: p.x, y: p.y, size: HIT[m.main ? "main" : "secondary"], rank, required: m.main || stepPlaces.has(m.id) };
      }),
    );
    const obstacles: Box[] = config.markers
      .filter((m) => declutter.has(m.id))
      .map((m) => {
        const p = map.latLngToContainerPoint([m.lat, m.lon]);
        const d = m.main ? LEAFLET_DOT.main : LEAFLET_DOT.secondary;
        return { x: p.x - d / 2, y: p.y - d / 2, width: d, height: d };
      });
    const requests: LabelRequest[] = labelPriority(config, step, declutter).map((id) => {
      const l = byId.get(id)!;
      const p = map.latLngToContainerPoint(l.latlng);
      const alternatives = l.alternatives?.map((a) => map.latLngToContainerPoint(a));
      return {
        id,
        x: p.x,
        y: p.y,
        ...l.size!,
        gap: l.gap,
        required: l.required,
        ...(l.sides ? { sides: l.sides } : {}),
        ...(alternatives ? { alternatives } : {}),
      };
    });
    const placed = placeMapLabels(requests, obstacles, { x: 0, y: 0, width: size.x, height: size.y });
    for (const l of labels) {
      const p = placed.get(l.id);
      l.el.hidden = !p;
      if (p) l.el.dataset["side"] = p.side;
      if (p && l.anchor) l.anchor.setLatLng(p.at === 0 ? l.latlng : l.alternatives![p.at - 1]!);
    }
    const shown = new Set(config.markers.filter((m) => m.main || placed.get(m.id)).map((m) => m.id));
    for (const [id, marker] of markers) {
      const el = marker.getElement();
      // Inline display through the CSSOM: Leaflet's stylesheet would outrank the hidden attribute.
      if (el) el.style.display = shown.has(id) ? "" : "none";
    }
    for (const a of arcs) {
      const on = arcDrawn(a, step, shown);
      if (on && !map.hasLayer(a.layer)) a.layer.addTo(map);
      if (!on && map.hasLayer(a.layer)) a.layer.remove();
      if (on) a.layer.getElement()?.classList.toggle("is-active", a.active);
    }
    root.dataset["zoom"] = String(zoom);
  };
}

/**
 * The basemap, after the markers: the route is readable while it loads. All land is one neutral path,
 * projected once into an SVG of its own (in km of the projection) that Leaflet places and scales as an
 * overlay: zooming and panning then move and rescale one element, where a Leaflet polygon would
 * reproject, reclip and redraw thousands of points after every move. A failure leaves the route on the sea colour.
 */
async function addBasemap(map: L.Map, root: HTMLElement, url: string): Promise<void> {
  try {
    const r = await fetch(url);
    if (!r.ok) throw new Error(`${r.status} ${url}`);
    const encoded = (await r.json()) as EncodedBasemap;
    await yieldToMain();
    const land = landOverlay(decodeBasemap(encoded));
    if (land) land.addTo(map).bringToBack();
    root.dataset["basemap"] = "loaded";
  } catch (error: unknown) {
    root.dataset["basemap"] = "failed";
    console.warn("Karte: Grundkarte nicht geladen.", error);
  }
}

/**
 * The basemap's land as one SVG path in projected km (y down), in an overlay whose corners are the
 * projected box's corners: the CRS maps them back onto the same pixels, so the land lines up with the
 * markers and arcs at every zoom. Its stroke keeps its width in screen pixels (non-scaling-stroke).
 */
function landOverlay(basemap: ReturnType<typeof decodeBasemap>): L.SVGOverlay | undefined {
  const KM = 1000;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  const parts: string[] = [];
  for (const f of basemap.features)
    for (const poly of polygonsOf(f.geometry))
      for (const ring of poly) {
        let d = "";
        for (let i = 0; i < ring.length; i++) {
          const [x, y] = project([ring[i]![0]!, ring[i]![1]!]);
          const [kx, ky] = [Math.round(x / KM), Math.round(-y / KM)];
          if (kx < x0) x0 = kx;
          if (kx > x1) x1 = kx;
          if (ky < y0) y0 = ky;
          if (ky > y1) y1 = ky;
          d += `${(i === 0 ? "M" : "L") + kx} ${ky}`;
        }
        if (d) parts.push(`${d}Z`);
      }
  if (!parts.length) return undefined;
  const NS = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(NS, "svg");
  svg.setAttribute("viewBox", `${x0} ${y0} ${x1 - x0} ${y1 - y0}`);
  svg.setAttribute("preserveAspectRatio", "none");
  svg.setAttribute("class", "rm-land");
  const path = document.createElementNS(NS, "path");
  path.setAttribute("class", COUNTRY_CLASS);
  path.setAttribute("d", parts.join(""));
  path.setAttribute("vector-effect", "non-scaling-stroke");
  svg.append(path);
  // Top left and bottom right of the box as positions: Leaflet takes their latitudes and longitudes as
  // the overlay's north-west and south-east corners (on this map the top-left corner lies north and
  // west of the bottom-right one).
  const [lonA, latA] = unproject([x0 * KM, -y0 * KM]);
  const [lonB, latB] = unproject([x1 * KM, -y1 * KM]);
  return L.svgOverlay(svg, L.latLngBounds(L.latLng(latB, lonA), L.latLng(latA, lonB)), { interactive: false });
}

/** The step control: each button shows one leg of the route, highlights it and says what happened. */
function setUpSteps(
  root: HTMLElement,
  config: ClientConfig,
  map: L.Map,
  arcs: { leg: number; main: number; active: boolean }[],
  markers: Map<string, L.Marker>,
  fit: (b: ProjectedBox, animate: boolean) => void,
  onStep: (step: { leg: number; places: string[] } | undefined) => void,
): ((n: number) => void) | undefined {
  const panel = root.querySelector<HTMLElement>("[data-map-steps]");
  if (!panel) return undefined;
  const text = panel.querySelector<HTMLElement>("[data-step-text]")!;
  const buttons = [...panel.querySelectorAll<HTMLButtonElement>("button[data-step]")];
  // The markup starts on the overview (its button pressed, its text shown), so nothing runs on load
  // and the live region announces only what the reader asked for.
  const show = (n: number) => {
    const step = config.steps.find((s) => s.number === n);
    buttons.forEach((b) => b.setAttribute("aria-pressed", String(Number(b.dataset["step"]) === n)));
    root.classList.toggle("rm-has-step", step !== undefined);
    for (const a of arcs) a.active = step !== undefined && (a.leg === step.number || step.main.includes(a.main));
    for (const [id, m] of markers) m.getElement()?.classList.toggle("is-active", step?.places.includes(id) ?? false);
    if (step)
      text.replaceChildren(
        textEl("strong", "", `${step.number} ${step.label}: `),
        `${step.text} `,
        textEl("span", "rm-step-km", step.distances),
      );
    else text.replaceChildren(config.overviewText);
    map.closePopup();
    // The view, then the labels for it: at once without animation (the move ends within setView), at the
    // move's end with it.
    fit(step ? step.view : config.overview, true);
    onStep(step ? { leg: step.number, places: step.places } : undefined);
  };
  buttons.forEach((b) => b.addEventListener("click", () => show(Number(b.dataset["step"]))));
  panel.hidden = false;
  return show;
}

/**
 * Sizes every label from its text and its kind's computed font (one style lookup per kind, no layout):
 * canvas measureText for the width plus letter spacing and padding, the line height for the height.
 * Returns the CSS fonts it measured with, so the caller can wait for their faces.
 */
function measureLabels(labels: MapLabel[]): string[] {
  const ctx = document.createElement("canvas").getContext("2d");
  const fonts = new Map<string, { font: string; spacing: number; upper: boolean; pad: number; height: number }>();
  for (const l of labels) {
    let f = fonts.get(l.el.className);
    if (!f) {
      const cs = getComputedStyle(l.el);
      const size = parseFloat(cs.fontSize);
      const lineHeight = parseFloat(cs.lineHeight);
      f = {
        font: `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`,
        spacing: parseFloat(cs.letterSpacing) || 0,
        upper: cs.textTransform === "uppercase",
        pad: (parseFloat(cs.paddingLeft) || 0) + (parseFloat(cs.paddingRight) || 0),
        height: Number.isFinite(lineHeight) ? lineHeight : size * 1.2,
      };
      fonts.set(l.el.className, f);
    }
    const text = f.upper ? (l.el.textContent ?? "").toUpperCase() : (l.el.textContent ?? "");
    let width = text.length * parseFloat(f.font.split(" ")[2] ?? "12") * 0.6;
    if (ctx) {
      ctx.font = f.font;
      width = ctx.measureText(text).width;
    }
    l.size = { width: Math.ceil(width + f.spacing * [...text].length + f.pad), height: Math.ceil(f.height) };
  }
  return [...fonts.values()].map((f) => f.font);
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
