// The loading card over the map: stage, a progress bar, shown only when work takes a moment.
import { STAGE_LABELS, type Progress } from "../worker/protocol.ts";
import { h } from "./dom.ts";

const SHOW_AFTER_MS = 150;

export interface ProgressOverlay {
  element: HTMLElement;
  start(what: string): void;
  update(progress: Progress): void;
  /** Compact: a small card at the top that leaves the map visible (while the layout runs). */
  compact(on: boolean): void;
  /**
   * Progress of the betweenness and closeness measured after the map is shown, on a line and
   * bar of their own under the stage's (the layout may run meanwhile).
   */
  centrality(progress: Pick<Progress, "done" | "total">): void;
  finish(): void;
}

/** Creates the overlay (hidden until `start` has run for a moment). */
export function createProgressOverlay(): ProgressOverlay {
  const title = h("div", { class: "progress-title" });
  const stage = h("div", { class: "progress-stage" });
  const fill = h("div", { class: "progress-fill" });
  const bar = h(
    "div",
    {
      class: "progress-bar",
      attrs: {
        role: "progressbar",
        "aria-valuemin": 0,
        "aria-valuemax": 100,
        "aria-label": "Loading",
      },
    },
    fill,
  );
  const laterStage = h("div", { class: "progress-stage" });
  const laterFill = h("div", { class: "progress-fill" });
  const laterBar = h(
    "div",
    {
      class: "progress-bar",
      attrs: {
        role: "progressbar",
        "aria-valuemin": 0,
        "aria-valuemax": 100,
        "aria-label": "Betweenness and closeness",
      },
    },
    laterFill,
  );
  const later = h(
    "div",
    { class: "progress-later", attrs: { hidden: true } },
    laterStage,
    laterBar,
  );
  const element = h(
    "div",
    { class: "progress-overlay", attrs: { hidden: true, "aria-live": "polite" } },
    h("div", { class: "progress-card" }, title, stage, bar, later),
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stages: Progress["stage"][] = ["parse", "graph", "metrics", "layout"];
  return {
    element,
    start(what) {
      title.textContent = what;
      stage.textContent = "Starting…";
      fill.style.width = "0%";
      bar.setAttribute("aria-valuenow", "0");
      element.classList.remove("compact");
      later.hidden = true;
      clearTimeout(timer);
      timer = setTimeout(() => (element.hidden = false), SHOW_AFTER_MS);
    },
    compact(on) {
      element.classList.toggle("compact", on);
    },
    update(progress) {
      const i = stages.indexOf(progress.stage);
      const within = progress.total > 0 ? progress.done / progress.total : 0;
      const percent = Math.round((100 * (i + within)) / stages.length);
      stage.textContent = `${STAGE_LABELS[progress.stage]}${progress.total > 1 ? ` · ${progress.done} / ${progress.total}` : ""}`;
      fill.style.width = `${percent}%`;
      bar.setAttribute("aria-valuenow", String(percent));
    },
    centrality({ done, total }) {
      const percent = total > 0 ? Math.round((100 * done) / total) : 0;
      later.hidden = false;
      laterStage.textContent = `Betweenness and closeness${total > 1 ? ` · ${done} / ${total}` : ""}`;
      laterFill.style.width = `${percent}%`;
      laterBar.setAttribute("aria-valuenow", String(percent));
    },
    finish() {
      clearTimeout(timer);
      element.hidden = true;
    },
  };
}
