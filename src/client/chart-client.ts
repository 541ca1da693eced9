// The figures' interaction, added to the complete static SVGs: tooltips on hover and keyboard focus (Escape
// closes), and for the troop chart the source filter and the "as of" view kept in the URL (?stand=2024-10-24).
// No framework and no d3: the tooltip text is read from the figure's data table, field by field by name.
import { isShown, parseState, stateToSearch, standIndex, type ChartState } from "../lib/chart/state";
import { fill } from "../lib/template";
import { markAfterKey, TIP_HIDE_DELAY_MS, tooltipPosition } from "../lib/chart/interaction";

/** Wires up every figure on the page (once, however many components include this script). */
export function initCharts(): void {
  document.querySelectorAll<HTMLElement>("[data-tc]:not([data-ready])").forEach((fig) => {
    fig.dataset.ready = "";
    init(fig);
  });
}

const $ = <T extends Element>(root: ParentNode, sel: string) => root.querySelector<T>(sel);
const $$ = <T extends Element>(root: ParentNode, sel: string) => [...root.querySelectorAll<T>(sel)];

function init(fig: HTMLElement): void {
  const box = $<HTMLElement>(fig, "[data-chart]")!;
  const tip = $<HTMLElement>(fig, "[data-tip]")!;
  const tipBody = $<HTMLElement>(tip, "[data-tip-body]")!;
  const heads = new Map($$<HTMLElement>(fig, "thead th").map((th, i) => [i, th.textContent ?? ""]));
  const rows = new Map($$<HTMLTableRowElement>(fig, "tbody tr").map((r) => [r.dataset.claimId!, r]));
  const svgs = $$<SVGSVGElement>(fig, "svg.tc-svg");
  const hint = $<HTMLElement>(fig, ".tc-hint");
  let active: SVGGElement | undefined;
  let timer = 0;

  /** A field of a claim's table row, by name. */
  const field = (id: string, name: string) => rows.get(id)?.querySelector<HTMLTableCellElement>(`[data-field="${name}"]`);
  const text = (id: string, name: string) => field(id, name)?.textContent?.trim() ?? "";
  const head = (id: string, name: string) => {
    const cell = field(id, name);
    return cell ? (heads.get(cell.cellIndex) ?? "") : "";
  };
  const shownMarks = (svg: SVGSVGElement) => $$<SVGGElement>(svg, ".tc-mark:not(.tc-off)");

  for (const svg of svgs) {
    // Interactive now: the marks become focusable items of a named group.
    svg.setAttribute("role", "group");
    if (hint?.id) svg.setAttribute("aria-describedby", hint.id);
    const marks = $$<SVGGElement>(svg, ".tc-mark");
    for (const mark of marks) {
      const id = mark.dataset.claimId!;
      mark.setAttribute("role", "img");
      mark.setAttribute(
        "aria-label",
        `${text(id, "who")}, ${text(id, "date")}: ${text(id, "figure")}, ${text(id, "measure")} (${text(id, "status")})`,
      );
      mark.setAttribute("tabindex", mark === marks[0] ? "0" : "-1");
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
      const next = markAfterKey(e.key, list.indexOf(mark), list.length);
      if (next !== undefined) {
        e.preventDefault();
        list[next]?.focus();
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
  $<HTMLButtonElement>(tip, "[data-tip-close]")!.addEventListener("click", () => hide(true));
  // Escape dismisses the tooltip wherever focus is (it may have opened on hover).
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && !tip.hidden) {
      e.preventDefault();
      hide(tip.contains(document.activeElement));
    }
  });

  function later(fn: () => void): void {
    clearTimeout(timer);
    timer = window.setTimeout(fn, TIP_HIDE_DELAY_MS);
  }

  /** Shows who claimed what, when, what it counts, how sure it is, the evidence and the source: the mark's table row. */
  function show(mark: SVGGElement): void {
    clearTimeout(timer);
    const id = mark.dataset.claimId!;
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
    const source = field(id, "source");
    tipBody.replaceChildren(
      p("tc-tip-figure", text(id, "figure")),
      p("", `${text(id, "measure")} · ${text(id, "status")}`),
      p("", `${field(id, "who")?.dataset.full ?? text(id, "who")}, ${text(id, "date")}`),
      p("", `${head(id, "evidence")}: ${text(id, "evidence")}`),
      p("", `${head(id, "source")}: `, ...[...(source?.childNodes ?? [])].map((n) => n.cloneNode(true))),
    );
    tip.hidden = false;
    const at = tooltipPosition(
      mark.getBoundingClientRect(),
      box.getBoundingClientRect(),
      { width: tip.offsetWidth, height: tip.offsetHeight },
      window.innerHeight,
    );
    tip.style.left = `${at.left}px`;
    tip.style.top = `${at.top}px`;
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

  const controls = $<HTMLDetailsElement>(fig, "[data-controls]");
  if (controls) initControls(controls);

  /** The source filter and the "as of" slider, open on wide screens and folded on phones. */
  function initControls(controls: HTMLDetailsElement): void {
    if (matchMedia("(min-width: 48em)").matches) controls.open = true;
    const slider = $<HTMLInputElement>(controls, "input[type=range]")!;
    const output = $<HTMLOutputElement>(controls, "output")!;
    const status = $<HTMLElement>(controls, "[data-status]")!;
    const toggles = $$<HTMLInputElement>(controls, "[data-actor-toggle]");
    // JSON, not a comma-joined list: an English day label may itself contain a comma.
    const days = JSON.parse(slider.dataset.days!) as string[];
    const dayLabels = JSON.parse(slider.dataset.labels!) as string[];
    // A ?stand= day on which nobody made a claim has no label from the page: it shows as the ISO day, which
    // reads the same in both editions (the German-only "23.10.2024" did not).
    const dayText = (iso: string) => dayLabels[days.indexOf(iso)] ?? iso;
    let state: ChartState = parseState(
      location.search,
      toggles.map((t) => t.value),
    );
    // A link with a view opens the controls, so the reader sees why marks are missing.
    if (state.stand || state.hidden.length) controls.open = true;

    /** Shows what the state selects, in every SVG and the table, and writes it to the URL. */
    function apply(): void {
      const shown = (el: HTMLElement | SVGElement) => isShown(el.dataset.actor!, el.dataset.date!, state);
      for (const svg of svgs) {
        for (const m of $$<SVGGElement>(svg, ".tc-mark")) m.classList.toggle("tc-off", !shown(m));
        for (const a of $$<SVGGElement>(svg, ".tc-ann"))
          a.classList.toggle("tc-off", !!$(svg, `.tc-mark[data-claim-id="${a.dataset.anchor}"]`)?.classList.contains("tc-off"));
        for (const ev of $$<SVGGElement>(svg, ".tc-ev")) ev.classList.toggle("tc-off", !!state.stand && ev.dataset.date! > state.stand);
        const list = shownMarks(svg);
        for (const m of $$<SVGGElement>(svg, ".tc-mark")) m.tabIndex = m === list[0] ? 0 : -1;
      }
      let n = 0;
      for (const r of rows.values()) {
        r.hidden = !shown(r);
        if (!r.hidden) n++;
      }
      if (active?.classList.contains("tc-off")) hide();
      for (const t of toggles) t.checked = !state.hidden.includes(t.value);
      slider.value = String(standIndex(days, state.stand));
      output.textContent = dayText(state.stand ?? days[days.length - 1]!);
      slider.setAttribute("aria-valuetext", output.textContent);
      status.textContent = fill(status.dataset.template!, { n: String(n), total: status.dataset.total! });
      history.replaceState(history.state, "", location.pathname + stateToSearch(state, location.search) + location.hash);
    }

    for (const t of toggles) {
      t.addEventListener("change", () => {
        state = { ...state, hidden: toggles.filter((x) => !x.checked).map((x) => x.value) };
        apply();
      });
    }
    $<HTMLButtonElement>(controls, "[data-all]")!.addEventListener("click", () => {
      state = { ...state, hidden: [] };
      apply();
    });
    $<HTMLButtonElement>(controls, "[data-none]")!.addEventListener("click", () => {
      state = { ...state, hidden: toggles.map((t) => t.value) };
      apply();
    });
    slider.addEventListener("input", () => {
      const i = Number(slider.value);
      const { stand: _old, ...rest } = state;
      state = i >= days.length - 1 ? rest : { ...rest, stand: days[i]! };
      apply();
    });
    $<HTMLButtonElement>(controls, "[data-reset]")!.addEventListener("click", () => {
      state = { hidden: [] };
      apply();
    });
    apply();
  }
}
