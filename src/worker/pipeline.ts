// The analysis pipeline the worker runs: files → parse → corpus → graph → metrics → layout.
import { buildCoauthorGraph, type ProjectionOptions } from "../graph/coauthor-graph.ts";
import { createLayoutKernel, type LayoutOptions } from "../layout/force-kernel.ts";
import { layoutInputFromGraph } from "../layout/layout-input.ts";
import {
  computeMetrics,
  type MetricsOptions,
  type MetricsResult,
} from "../metrics/compute-metrics.ts";
import type { Corpus, ParseResult, Warning } from "../model/types.ts";
import { buildCorpus } from "../parse/corpus.ts";
import { parseFile } from "../parse/detect.ts";
import type { InputFile, Progress } from "./protocol.ts";

export interface PipelineOptions {
  projection?: Partial<ProjectionOptions>;
  metrics?: Partial<Omit<MetricsOptions, "onProgress">>;
  layout?: Partial<Omit<LayoutOptions, "initial" | "rng">>;
  /** Positions to start from (a previous layout), by author id. */
  initialPositions?: Record<string, { x: number; y: number }>;
}

export interface PipelineResult {
  corpus: Corpus;
  metrics: MetricsResult;
  /** Author ids in graph order; positions are interleaved x, y in the same order. */
  ids: string[];
  positions: Float64Array;
  /** Files that could not be read at all, as warnings (line 0). */
  fileErrors: Warning[];
  /** Milliseconds per stage. */
  timings: Record<Progress["stage"], number>;
}

/** Layout ticks for a graph of n authors: fewer for big graphs, which settle coarsely anyway. */
export function defaultIterations(n: number): number {
  return n > 20_000 ? 120 : n > 5_000 ? 200 : 300;
}

/**
 * Runs the whole analysis synchronously, reporting progress. A file that cannot be parsed is
 * reported in `fileErrors` and the others go on; when no file can be read the error is thrown.
 */
export function runPipeline(
  files: readonly InputFile[],
  options: PipelineOptions = {},
  onProgress: (progress: Progress) => void = () => undefined,
): PipelineResult {
  const now = () => performance.now();
  const timings = { parse: 0, graph: 0, metrics: 0, layout: 0 };
  let start = now();

  const results: ParseResult[] = [];
  const fileErrors: Warning[] = [];
  files.forEach((file, i) => {
    onProgress({ stage: "parse", done: i, total: files.length });
    try {
      results.push(parseFile(file.text, file.name));
    } catch (error) {
      fileErrors.push({ file: file.name, line: 0, message: (error as Error).message });
    }
  });
  if (results.length === 0)
    throw new Error(
      fileErrors.map((w) => w.message).join("\n") || "coauthor-atlas/worker: no file to read",
    );
  const corpus = buildCorpus(results);
  timings.parse = now() - start;

  start = now();
  onProgress({ stage: "graph", done: 0, total: 1 });
  const graph = buildCoauthorGraph(corpus, options.projection);
  timings.graph = now() - start;

  start = now();
  onProgress({ stage: "metrics", done: 0, total: 1 });
  const metrics = computeMetrics(graph, {
    paperCount: corpus.papers.length,
    ...options.metrics,
    onProgress: (done, total) => onProgress({ stage: "metrics", done, total }),
  });
  timings.metrics = now() - start;

  start = now();
  const input = layoutInputFromGraph(graph);
  const n = input.ids.length;
  let initial: Float64Array | undefined;
  if (options.initialPositions) {
    initial = new Float64Array(2 * n).fill(NaN);
    input.ids.forEach((id, i) => {
      const p = options.initialPositions?.[id];
      if (p) {
        (initial as Float64Array)[2 * i] = p.x;
        (initial as Float64Array)[2 * i + 1] = p.y;
      }
    });
  }
  const iterations = options.layout?.iterations ?? defaultIterations(n);
  const kernel = createLayoutKernel(input, { ...options.layout, iterations, initial });
  const step = Math.max(1, Math.round(iterations / 50));
  onProgress({ stage: "layout", done: 0, total: iterations });
  while (n > 0 && !kernel.settled() && kernel.ticks() < 10 * iterations) {
    kernel.tick(step);
    onProgress({ stage: "layout", done: Math.min(kernel.ticks(), iterations), total: iterations });
  }
  timings.layout = now() - start;

  return { corpus, metrics, ids: input.ids, positions: kernel.positions(), fileErrors, timings };
}
