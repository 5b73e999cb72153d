// The layout half of a load as plain, transferable data, and the loop that runs it: what the
// layout worker receives once the analysis worker has posted the network and its metrics.
import {
  createLayoutKernel,
  sizedLayoutOptions,
  type LayoutOptions,
} from "../layout/force-kernel.ts";
import { settle } from "../layout/run-layout.ts";
import type { LayoutInput } from "../layout/layout-input.ts";
import type { Progress } from "../pipeline/types.ts";

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
  return { input, options: { ...sizedLayoutOptions(n, options), initial } };
}

/** Where the job's layout starts (what the map shows before the first tick). */
export function jobStart(job: LayoutJob): Float64Array {
  return createLayoutKernel(job.input, job.options).positions();
}

/** The buffers of a job, for a transfer list. */
export function jobBuffers(job: LayoutJob): ArrayBuffer[] {
  const { sources, targets, weights, community } = job.input;
  const buffers = [sources.buffer, targets.buffer, weights.buffer];
  if (community) buffers.push(community.buffer);
  if (job.options.initial) buffers.push(job.options.initial.buffer);
  return buffers as ArrayBuffer[];
}

/** Runs the layout to rest, reporting progress and positions as they move; the final positions. */
export function runLayoutJob(job: LayoutJob, hooks: LayoutHooks = {}): Float64Array {
  const kernel = createLayoutKernel(job.input, job.options);
  const { iterations } = job.options;
  hooks.onProgress?.({ stage: "layout", done: 0, total: iterations });
  let lastPositions = performance.now();
  return settle(kernel, iterations, Math.max(1, Math.round(iterations / 50)), (done) => {
    hooks.onProgress?.({ stage: "layout", done, total: iterations });
    if (hooks.onPositions && performance.now() - lastPositions >= (hooks.positionsEvery ?? 250)) {
      lastPositions = performance.now();
      hooks.onPositions(kernel.positions());
    }
  });
}
