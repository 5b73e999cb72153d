// Dragging an author: the force layout warms up around the pinned node, then settles and stops;
// a dropped author stays where it was dropped.
import { createLayoutKernel, type LayoutKernel } from "../layout/force-kernel.ts";
import { layoutInputFromGraph } from "../layout/layout-input.ts";
import type { Dataset } from "./dataset.ts";
import { authorValue } from "../metrics/author-table.ts";

/** Above this many authors a drag moves only the dragged author (no live simulation). */
export const LIVE_LAYOUT_LIMIT = 3000;

export interface LiveLayout {
  drag(id: string, x: number, y: number, phase: "start" | "drag" | "end"): void;
  /** Stops any running animation. */
  stop(): void;
  /** Forgets the simulation: the next drag starts from `dataset.positions` as they are then. */
  reset(): void;
}

/**
 * Creates the drag handler for a dataset. Positions are written into `dataset.positions` and
 * `onChange` is called once per animation frame while anything moves; no frame is requested
 * once the simulation has settled.
 */
export function createLiveLayout(dataset: Dataset, onChange: () => void): LiveLayout {
  const live = dataset.graph.order <= LIVE_LAYOUT_LIMIT;
  let kernel: LayoutKernel | null = null;
  let ids: string[] = [];
  let index = new Map<string, number>();
  let frame = 0;
  let buffer = new Float64Array(0);

  const ensureKernel = () => {
    if (kernel) return kernel;
    const input = layoutInputFromGraph(dataset.graph, (id) =>
      authorValue(dataset.metrics.authors, id, "community"),
    );
    ids = input.ids;
    index = new Map(ids.map((id, i) => [id, i]));
    const initial = new Float64Array(2 * ids.length);
    ids.forEach((id, i) => {
      const p = dataset.positions[id];
      initial[2 * i] = p?.x ?? 0;
      initial[2 * i + 1] = p?.y ?? 0;
    });
    buffer = new Float64Array(2 * ids.length);
    kernel = createLayoutKernel(input, { initial, iterations: 120 });
    kernel.reheat(0, 0);
    return kernel;
  };

  const step = () => {
    frame = 0;
    if (!kernel) return;
    kernel.tick();
    kernel.positions(buffer);
    ids.forEach((id, i) => (dataset.positions[id] = { x: buffer[2 * i], y: buffer[2 * i + 1] }));
    onChange();
    if (!kernel.settled()) frame = requestAnimationFrame(step);
  };

  return {
    drag(id, x, y, phase) {
      if (!live) {
        dataset.positions[id] = { x, y };
        onChange();
        return;
      }
      const k = ensureKernel();
      const i = index.get(id);
      if (i === undefined) return;
      if (phase === "end") {
        // The author stays where it was dropped (pinned); its neighbours settle around it.
        k.fix(i, x, y);
        k.reheat(0, 0);
      } else {
        k.fix(i, x, y);
        if (phase === "start") k.reheat(0.3, 0.3);
      }
      if (!frame) frame = requestAnimationFrame(step);
    },
    stop() {
      if (frame) cancelAnimationFrame(frame);
      frame = 0;
    },
    reset() {
      this.stop();
      kernel = null;
    },
  };
}
