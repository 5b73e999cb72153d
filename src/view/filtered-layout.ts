// "Lay out the filtered network": the force layout run again on what the filters show, then a fit;
// the whole network's positions come back as soon as the shown authors change.
import type { FilterResult } from "../graph/filters.ts";
import { createLayoutKernel, type LayoutKernel } from "../layout/force-kernel.ts";
import { layoutInputOfShown } from "../layout/layout-input.ts";
import { layoutJob } from "../worker/layout-job.ts";
import { networkKey, type Dataset } from "./dataset.ts";
import { h } from "./dom.ts";
import type { MapView } from "./map-view.ts";
import { selectVisible } from "./store/selectors.ts";
import type { AppState } from "./store/state.ts";
import { authorValue } from "../metrics/author-table.ts";

/** Milliseconds of layout ticks per animation frame. */
const FRAME_BUDGET = 12;

export interface FilteredLayout {
  /** The button, for the filters panel. */
  button: HTMLButtonElement;
  /**
   * Brings the layout in step with `state`, before the map's scene is rebuilt: when the shown
   * authors (or the dataset) changed, the whole network's positions are put back.
   */
  update(state: AppState): void;
  /** Whether the map shows a layout of the filtered network right now. */
  active(): boolean;
}

export interface FilteredLayoutDeps {
  state(): AppState;
  map: MapView;
  /** Rebuilds the map's scene from the dataset's positions. */
  redraw(): void;
  /** Called when positions are replaced (the drag simulation must start afresh). */
  onPositionsReplaced(): void;
}

/** Creates the button and its controller; the layout runs in animation frames on the page. */
export function createFilteredLayout(deps: FilteredLayoutDeps): FilteredLayout {
  let laidOut: { dataset: Dataset; visible: FilterResult; saved: Dataset["positions"] } | null =
    null;
  let frame = 0;
  let shown: { dataset: Dataset; visible: FilterResult } | null = null;

  const stop = () => {
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
  };

  const restore = () => {
    stop();
    if (!laidOut) return;
    Object.assign(laidOut.dataset.positions, laidOut.saved);
    laidOut = null;
    deps.onPositionsReplaced();
  };

  const write = (dataset: Dataset, ids: readonly string[], kernel: LayoutKernel) => {
    const xy = kernel.positions();
    ids.forEach((id, i) => (dataset.positions[id] = { x: xy[2 * i], y: xy[2 * i + 1] }));
  };

  const run = () => {
    const state = deps.state();
    const dataset = state.dataset;
    const visible = selectVisible(state);
    if (!dataset || !visible || visible.nodes.size === 0) return;
    restore();
    const input = layoutInputOfShown(dataset.graph, visible, (id) =>
      authorValue(dataset.metrics.authors, id, "community"),
    );
    const saved: Dataset["positions"] = {};
    for (const id of input.ids) {
      const p = dataset.positions[id];
      if (p) saved[id] = p;
    }
    laidOut = { dataset, visible, saved };
    deps.onPositionsReplaced();
    const job = layoutJob(input);
    const kernel = createLayoutKernel(job.input, job.options);
    const budget = 10 * job.options.iterations;
    const step = () => {
      frame = 0;
      const start = performance.now();
      while (
        !kernel.settled() &&
        kernel.ticks() < budget &&
        performance.now() - start < FRAME_BUDGET
      )
        kernel.tick();
      write(dataset, input.ids, kernel);
      const share = Math.min(1, kernel.ticks() / job.options.iterations);
      button.textContent = `Laying out… ${Math.round(100 * share)}%`;
      const done = kernel.settled() || kernel.ticks() >= budget;
      if (!deps.map.updatePositions(dataset.positions) || done) deps.redraw();
      if (done) {
        button.disabled = false;
        deps.map.fit(true);
        sync();
      } else frame = requestAnimationFrame(step);
    };
    button.disabled = true;
    button.textContent = "Laying out…";
    frame = requestAnimationFrame(step);
  };

  const button = h(
    "button",
    {
      class: "button",
      attrs: {
        type: "button",
        title:
          "Runs the layout again on the authors shown, then fits the map; the whole network's " +
          "layout comes back when the filters change.",
      },
      on: { click: () => (laidOut && !frame ? (restoreAndDraw(), sync()) : run()) },
    },
    "Lay out the filtered network",
  );

  const restoreAndDraw = () => {
    restore();
    deps.redraw();
    deps.map.fit(true);
  };

  /** The button's text and state for what is shown. */
  const sync = () => {
    if (frame) return;
    const whole =
      !shown ||
      (shown.visible.nodes.size === shown.dataset.graph.order &&
        shown.visible.edges.size === shown.dataset.graph.size);
    button.hidden = whole && !laidOut;
    button.disabled = false;
    button.textContent = laidOut ? "Restore the full layout" : "Lay out the filtered network";
  };

  return {
    button,
    update(state) {
      const visible = selectVisible(state);
      // A dataset with centrality merged in is the same network, with the same positions.
      const sameNetwork =
        laidOut !== null &&
        state.dataset !== null &&
        networkKey(state.dataset) === networkKey(laidOut.dataset);
      if (laidOut && (!sameNetwork || visible !== laidOut.visible)) {
        // The positions belong to the old network when it changed: only the current one is restored.
        if (!sameNetwork) {
          stop();
          laidOut = null;
        } else restore();
      }
      shown = state.dataset && visible ? { dataset: state.dataset, visible } : null;
      sync();
    },
    active: () => laidOut !== null,
  };
}
