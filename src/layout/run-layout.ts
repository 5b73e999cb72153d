// The synchronous layout runner (tests, CLI): tick the kernel until it settles.
import type { CoauthorGraph } from "../graph/coauthor-graph.ts";
import {
  createLayoutKernel,
  DEFAULT_LAYOUT_OPTIONS,
  sizedLayoutOptions,
  type LayoutKernel,
  type LayoutOptions,
} from "./force-kernel.ts";
import { layoutInputFromGraph, type CommunityOf, type LayoutInput } from "./layout-input.ts";

/** A position in layout (world) coordinates. */
export interface Point {
  x: number;
  y: number;
}

/**
 * Ticks `kernel` until it settles (at most ten times its budget of `iterations` ticks), `step`
 * ticks at a time without passing the budget, calling `onStep(done)` after each; returns the
 * final positions.
 */
export function settle(
  kernel: LayoutKernel,
  iterations: number,
  step: number,
  onStep?: (done: number) => void,
): Float64Array {
  if (kernel.size > 0)
    while (!kernel.settled() && kernel.ticks() < 10 * iterations) {
      kernel.tick(Math.min(step, Math.max(1, iterations - kernel.ticks())));
      onStep?.(Math.min(kernel.ticks(), iterations));
    }
  return kernel.positions();
}

/**
 * Runs the layout to completion and returns positions interleaved `x0, y0, x1, y1, …` in
 * `input.ids` order. `onProgress(done, total)` is called every `progressEvery` ticks.
 */
export function runLayout(
  input: LayoutInput,
  options: Partial<LayoutOptions> = {},
  onProgress?: (done: number, total: number) => void,
  progressEvery = 10,
): Float64Array {
  const total = options.iterations ?? DEFAULT_LAYOUT_OPTIONS.iterations;
  return settle(createLayoutKernel(input, options), total, progressEvery, (done) =>
    onProgress?.(done, total),
  );
}

/** Turns interleaved positions into a record keyed by node id. */
export function positionsById(ids: string[], xy: Float64Array): Record<string, Point> {
  const out: Record<string, Point> = {};
  ids.forEach((id, i) => (out[id] = { x: xy[2 * i], y: xy[2 * i + 1] }));
  return out;
}

/**
 * Lays out a coauthor graph synchronously: `{authorId: {x, y}}`, with {@link layoutOptionsForSize}
 * under the given options (the app's worker uses the same), communities drawn apart when
 * `communityOf` gives them (the metrics' `community`). Deterministic for a seed.
 */
export function computeLayout(
  graph: CoauthorGraph,
  options: Partial<LayoutOptions> = {},
  communityOf?: CommunityOf,
): Record<string, Point> {
  const input = layoutInputFromGraph(graph, communityOf);
  return positionsById(input.ids, runLayout(input, sizedLayoutOptions(input.ids.length, options)));
}
