// The layout half of a load as plain, transferable data, and the loop that runs it: what the
// layout worker receives once the analysis worker has posted the network and its metrics.
import {
  createLayoutKernel,
  layoutOptionsForSize,
  startingPositions,
  type LayoutOptions,
} from "../layout/force-kernel.ts";
import type { LayoutInput } from "../layout/layout-input.ts";
import type { Progress } from "./protocol.ts";

export interface LayoutJob {
  input: LayoutInput;
  /** Options for the graph's size, with the tick budget and the starting positions. */
  options: Partial<LayoutOptions> & { iterations: number; initial?: Float64Array };
}

/** What the layout loop reports: progress, and positions (a fresh array each call) as they move. */
export interface LayoutHooks {
  onProgress?(progress: Progress): void;
  onPositions?(positions: Float64Array): void;
  /** Milliseconds between two `onPositions` calls (default 250). */
  positionsEvery?: number;
}

/**
 * The job for `input`: options sized to the graph under the caller's, and starting positions
 * from `initialPositions` (by author id; the others start on d3's spiral).
 */
export function layoutJob(
  input: LayoutInput,
  options: Partial<Omit<LayoutOptions, "initial" | "rng">> = {},
  initialPositions?: Record<string, { x: number; y: number }>,
): LayoutJob {
  const n = input.ids.length;
  let initial: Float64Array | undefined;
  if (initialPositions) {
    initial = new Float64Array(2 * n).fill(NaN);
    for (let i = 0; i < n; i++) {
      const q = initialPositions[input.ids[i]];
      if (q) {
        initial[2 * i] = q.x;
        initial[2 * i + 1] = q.y;
      }
    }
  }
  const sized = { ...layoutOptionsForSize(n), ...options };
  return { input, options: { ...sized, iterations: sized.iterations ?? 300, initial } };
}

/** Where the job's layout starts (what the map shows before the first tick). */
export function jobStart(job: LayoutJob): Float64Array {
  return startingPositions(job.input.ids.length, job.options.initial);
}

/** The buffers of a job, for a transfer list. */
export function jobBuffers(job: LayoutJob): ArrayBuffer[] {
  const { sources, targets, weights } = job.input;
  const buffers = [sources.buffer, targets.buffer, weights.buffer];
  if (job.options.initial) buffers.push(job.options.initial.buffer);
  return buffers as ArrayBuffer[];
}

const now = () => performance.now();

/** Runs the layout to rest, reporting progress and positions as they move; the final positions. */
export function runLayoutJob(job: LayoutJob, hooks: LayoutHooks = {}): Float64Array {
  const kernel = createLayoutKernel(job.input, job.options);
  const { iterations } = job.options;
  hooks.onProgress?.({ stage: "layout", done: 0, total: iterations });
  const step = Math.max(1, Math.round(iterations / 50));
  let lastPositions = now();
  while (kernel.size > 0 && !kernel.settled() && kernel.ticks() < 10 * iterations) {
    kernel.tick(step);
    hooks.onProgress?.({
      stage: "layout",
      done: Math.min(kernel.ticks(), iterations),
      total: iterations,
    });
    if (hooks.onPositions && now() - lastPositions >= (hooks.positionsEvery ?? 250)) {
      lastPositions = now();
      hooks.onPositions(kernel.positions());
    }
  }
  return kernel.positions();
}
