// The troop chart's interaction, added to the complete static chart: tooltips on hover and keyboard focus
// (Escape closes), filtering by actor, and the "as of" view kept in the URL (?stand=2024-10-24).
// No framework and no d3: the tooltip text is read from the data table, which holds the same claims.
import { isShown, parseState, stateToSearch, standIndex, type ChartState } from "../../lib/chart/state";

/** Wires up every troop chart on the page. */
export function initTroopCharts(): void {
  document.querySelectorAll<HTMLElement>("[data-troop-chart]").forEach(init);
}

const $ = <T extends Element>(root: ParentNode, sel: string) => root.querySelector<T>(sel)!;
const $$ = <T extends Element>(root: ParentNode, sel: string) => [...root.querySelectorAll<T>(sel)];

function init(fig: HTMLElement): void {
  const box = $<HTMLElement>(fig, "[data-chart]");
  const tip = $<HTMLElement>(fig, "[data-tip]");
  const tipBody = $<HTMLElement>(tip, "[data-tip-body]");
  const controls = $<HTMLElement>(fig, "[data-controls]");
  const slider = $<HTMLInputElement>(controls, "input[type=range]");
  const output = $<HTMLOutputElement>(controls, "output");
  const status = $<HTMLElement>(controls, "[data-status]");
  const toggles = $$<HTMLInputElement>(controls, "[data-actor-toggle]");
  // Table cells are read by their data-field, never by position, so the table's columns can be reordered.
  const heads = new Map($$<HTMLElement>(fig, "thead th[data-field]").map((th) => [th.dataset.field!, th.textContent ?? ""]));
  const rows = new Map($$<HTMLTableRowElement>(fig, "tbody tr").map((r) => [r.dataset.claimId!, r]));
  const svgs = $$<SVGSVGElement>(fig, "svg.tc-svg");
  const days = slider.dataset.days!.split(",");
  const dayLabels = slider.dataset.labels!.split(",");
  let state: ChartState = parseState(location.search, toggles.map((t) => t.value));
  let active: SVGGElement | undefined;
  let timer = 0;

  const cell = (id: string, field: string) => {
    const found = rows.get(id)?.querySelector<HTMLElement>(`[data-field="${field}"]`);
    if (!found) throw new Error(`chart table: no ${field} cell for claim ${id}`);
    return found;
  };
  const dayText = (iso: string) => dayLabels[days.indexOf(iso)] ?? iso.split("-").reverse().join(".");
  const shownMarks = (svg: SVGSVGElement) => $$<SVGGElement>(svg, ".tc-mark:not(.tc-off)");

  for (const svg of svgs) {
    // Interactive now: the marks become focusable items of a named group.
    svg.setAttribute("role", "group");
    for (const mark of $$<SVGGElement>(svg, ".tc-mark")) {
      const [date, who, figure, measure, st] = ["date", "who", "figure", "measure", "status"].map((f) => cell(mark.dataset.claimId!, f).textContent?.trim());
      mark.setAttribute("role", "img");
      mark.setAttribute("aria-label", `${who}, ${date}: ${figure}, ${measure} (${st})`);
      mark.setAttribute("tabindex", "-1");
    }
    svg.addEventListener("pointerover", (e) => {
      const mark = (e.target as Element).closest<SVGGElement>(".tc-mark");
      if (mark) show(mark);
    });
    svg.addEventListener("pointerout", (e) => {
      if (!(e.relatedTarget instanceof Node && (tip.contains(e.relatedTarget) || active?.contains(e.relatedTarget)))) later(hide);
    });
    svg.addEventListener("focusin", (e) => {
      const mark = (e.target as Element).closest<SVGGElement>(".tc-mark");
      if (!mark) return;
      for (const m of $$<SVGGElement>(svg, ".tc-mark")) m.tabIndex = m === mark ? 0 : -1;
      show(mark);
    });
    svg.addEventListener("focusout", (e) => {
      if (!(e.relatedTarget instanceof Node && (tip.contains(e.relatedTarget) || svg.contains(e.relatedTarget)))) later(hide);
    });
    svg.addEventListener("keydown", (e) => {
      const mark = (e.target as Element).closest<SVGGElement>(".tc-mark");
      if (!mark) return;
      const list = shownMarks(svg);
      const i = list.indexOf(mark);
      const go: Record<string, number> = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: list.length - 1 };
      if (e.key in go) {
        e.preventDefault();
        list[Math.max(0, Math.min(list.length - 1, go[e.key]!))]?.focus();
      } else if (e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        if (tip.hidden) show(mark);
        else hide();
      }
    });
  }
  tip.addEventListener("pointerenter", () => clearTimeout(timer));
  tip.addEventListener("pointerleave", () => later(hide));
  tip.addEventListener("focusout", (e) => {
    if (!(e.relatedTarget instanceof Node && (tip.contains(e.relatedTarget) || active?.contains(e.relatedTarget)))) later(hide);
  });
  $<HTMLButtonElement>(tip, "[data-tip-close]").addEventListener("click", () => hide(true));
  // Escape dismisses the tooltip wherever focus is (it may have opened on hover).
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && !tip.hidden) {
      e.preventDefault();
      hide(tip.contains(document.activeElement));
    }
  });

  function later(fn: () => void): void {
    clearTimeout(timer);
    timer = window.setTimeout(fn, 250);
  }

  /** Shows who claimed what, when, what it counts, the evidence and the source: the mark's table row. */
  function show(mark: SVGGElement): void {
    clearTimeout(timer);
    const id = mark.dataset.claimId!;
    const text = (field: string) => cell(id, field).textContent!.trim();
    active?.classList.remove("is-active");
    active?.removeAttribute("aria-describedby");
    active = mark;
    mark.classList.add("is-active");
    mark.setAttribute("aria-describedby", tip.id);
    tip.dataset.claimId = id;
    const p = (cls: string, ...nodes: (Node | string)[]) => {
      const el = document.createElement("p");
      el.className = cls;
      el.append(...nodes);
      return el;
    };
    tipBody.replaceChildren(
      p("tc-tip-figure", text("figure")),
      p("", `${text("measure")} · ${text("status")}`),
      p("", `${cell(id, "who").dataset.full ?? text("who")}, ${text("date")}`),
      p("", `${heads.get("evidence")}: ${text("evidence")}`),
      p("", `${heads.get("source")}: `, ...[...cell(id, "source").childNodes].map((n) => n.cloneNode(true))),
    );
    tip.hidden = false;
    const r = mark.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    const left = Math.max(0, Math.min(b.width - tip.offsetWidth, r.left + r.width / 2 - b.left - tip.offsetWidth / 2));
    const below = r.bottom + tip.offsetHeight + 8 < window.innerHeight || r.top - tip.offsetHeight - 8 < 0;
    tip.style.left = `${left}px`;
    tip.style.top = `${below ? r.bottom - b.top + 8 : r.top - b.top - tip.offsetHeight - 8}px`;
  }

  function hide(refocus = false): void {
    clearTimeout(timer);
    tip.hidden = true;
    if (active) {
      active.classList.remove("is-active");
      active.removeAttribute("aria-describedby");
      if (refocus) active.focus();
    }
    active = undefined;
  }

  /** Shows what the state selects, in every variant and the table, and writes it to the URL. */
  function apply(): void {
    const shown = (el: HTMLElement | SVGElement) => isShown(el.dataset.actor!, el.dataset.date!, state);
    for (const svg of svgs) {
      for (const m of $$<SVGGElement>(svg, ".tc-mark")) m.classList.toggle("tc-off", !shown(m));
      for (const l of $$<SVGGElement>(svg, ".tc-label")) {
        l.classList.toggle("tc-off", $(svg, `.tc-mark[data-claim-id="${l.dataset.anchor}"]`).classList.contains("tc-off"));
      }
      for (const k of $$<SVGGElement>(svg, ".tc-keyed")) k.classList.toggle("tc-off", state.hidden.includes(k.dataset.actor!));
      for (const ev of $$<SVGGElement>(svg, "[data-event-id]")) ev.classList.toggle("tc-off", !!state.stand && ev.dataset.date! > state.stand);
      const list = shownMarks(svg);
      for (const m of $$<SVGGElement>(svg, ".tc-mark")) m.tabIndex = m === list[0] ? 0 : -1;
    }
    for (const r of rows.values()) r.hidden = !shown(r);
    if (active?.classList.contains("tc-off")) hide();
    for (const t of toggles) t.checked = !state.hidden.includes(t.value);
    slider.value = String(standIndex(days, state.stand));
    output.textContent = dayText(state.stand ?? days[days.length - 1]!);
    slider.setAttribute("aria-valuetext", output.textContent);
    const total = status.dataset.total!;
    const n = svgs[0] ? shownMarks(svgs[0]).length : 0;
    status.textContent = status.dataset.template!.replace("{n}", String(n)).replace("{total}", total);
    history.replaceState(history.state, "", location.pathname + stateToSearch(state, location.search) + location.hash);
  }

  for (const t of toggles) {
    t.addEventListener("change", () => {
      state = { ...state, hidden: toggles.filter((x) => !x.checked).map((x) => x.value) };
      apply();
    });
  }
  $<HTMLButtonElement>(controls, "[data-all]").addEventListener("click", () => {
    state = { ...state, hidden: [] };
    apply();
  });
  $<HTMLButtonElement>(controls, "[data-none]").addEventListener("click", () => {
    state = { ...state, hidden: toggles.map((t) => t.value) };
    apply();
  });
  slider.addEventListener("input", () => {
    const i = Number(slider.value);
    const { stand: _old, ...rest } = state;
    state = i >= days.length - 1 ? rest : { ...rest, stand: days[i]! };
    apply();
  });
  $<HTMLButtonElement>(controls, "[data-reset]").addEventListener("click", () => {
    state = { hidden: [] };
    apply();
  });
  apply();
}
