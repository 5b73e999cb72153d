// The analysis pipeline the worker runs: files → parse → corpus → graph → metrics → layout.
import {
  buildCoauthorGraph,
  type CoauthorGraph,
  type ProjectionOptions,
} from "../graph/coauthor-graph.ts";
import {
  createLayoutKernel,
  layoutOptionsForSize,
  type LayoutOptions,
} from "../layout/force-kernel.ts";
import { layoutInputFromGraph, type LayoutInput } from "../layout/layout-input.ts";
import type { BrandesRunner } from "../metrics/betweenness.ts";
import {
  computeMetrics,
  computeMetricsAsync,
  type MetricsOptions,
  type MetricsResult,
} from "../metrics/compute-metrics.ts";
import type { Corpus, ParseResult, Warning } from "../model/types.ts";
import { buildCorpus } from "../parse/corpus.ts";
import { parseFile } from "../parse/detect.ts";
import {
  applyMerges,
  suggestMerges,
  type MergeDecision,
  type MergeSuggestion,
} from "../parse/merge-suggestions.ts";
import { compactNetwork, type CompactNetwork } from "./compact-network.ts";
import type { InputFile, Progress } from "./protocol.ts";

export interface PipelineOptions {
  projection?: Partial<ProjectionOptions>;
  metrics?: Partial<Omit<MetricsOptions, "onProgress">>;
  layout?: Partial<Omit<LayoutOptions, "initial" | "rng">>;
  /** Positions to start from (a previous layout), by author id. */
  initialPositions?: Record<string, { x: number; y: number }>;
  /** Name merges the user accepted, applied to the corpus before the graph is built. */
  decisions?: MergeDecision[];
}

export interface PipelineResult {
  corpus: Corpus;
  metrics: MetricsResult;
  /** Author ids in graph order; positions are interleaved x, y in the same order. */
  ids: string[];
  positions: Float64Array;
  /** Files that could not be read at all, as warnings (line 0). */
  fileErrors: Warning[];
  /** Authors that may be one person (after `decisions` are applied), best first. */
  suggestions: MergeSuggestion[];
  /** Milliseconds per stage. */
  timings: Record<Progress["stage"], number>;
  /** The coauthor graph in compact form (nodes in `ids` order), so the page need not rebuild it. */
  network?: CompactNetwork;
}

/** What a caller hears while the pipeline runs. */
export interface PipelineHooks {
  onProgress?(progress: Progress): void;
  /** Network and metrics are ready; `partial.positions` are the layout's starting positions. */
  onDataset?(partial: PipelineResult): void;
  /** Positions while the layout runs (a fresh array each call), about every `positionsEvery` ms. */
  onPositions?(positions: Float64Array): void;
  positionsEvery?: number;
}

interface Prepared {
  corpus: Corpus;
  suggestions: MergeSuggestion[];
  /** Dropped (null) once the layout input and compact network are read from it. */
  graph: CoauthorGraph | null;
  fileErrors: Warning[];
  timings: PipelineResult["timings"];
  hooks: PipelineHooks;
}

const now = () => performance.now();

function hooksOf(hooks: PipelineHooks | ((progress: Progress) => void)): PipelineHooks {
  return typeof hooks === "function" ? { onProgress: hooks } : hooks;
}

/** The last files parsed and their results: a merge decision re-runs the pipeline without parsing. */
let parsed: { files: InputFile[]; results: ParseResult[]; fileErrors: Warning[] } | null = null;

const sameFiles = (a: readonly InputFile[], b: readonly InputFile[]) =>
  a.length === b.length && a.every((f, i) => f.name === b[i].name && f.text === b[i].text);

/** Parses every file (a file that fails becomes a warning), reusing the last parse of the same files. */
function parseAll(
  files: readonly InputFile[],
  hooks: PipelineHooks,
): { results: ParseResult[]; fileErrors: Warning[] } {
  if (parsed && sameFiles(parsed.files, files))
    return { results: parsed.results, fileErrors: [...parsed.fileErrors] };
  const results: ParseResult[] = [];
  const fileErrors: Warning[] = [];
  files.forEach((file, i) => {
    hooks.onProgress?.({ stage: "parse", done: i, total: files.length });
    try {
      results.push(parseFile(file.text, file.name));
    } catch (error) {
      fileErrors.push({ file: file.name, line: 0, message: (error as Error).message });
    }
  });
  parsed = { files: [...files], results, fileErrors };
  return { results, fileErrors: [...fileErrors] };
}

/** Parse every file (a file that fails becomes a warning), merge, project. */
function prepare(
  files: readonly InputFile[],
  options: PipelineOptions,
  hooks: PipelineHooks,
): Prepared {
  const timings = { parse: 0, graph: 0, metrics: 0, layout: 0 };
  let start = now();
  const { results, fileErrors } = parseAll(files, hooks);
  if (results.length === 0)
    throw new Error(
      fileErrors.map((w) => w.message).join("\n") || "coauthor-atlas/worker: no file to read",
    );
  const merged = buildCorpus(results);
  const corpus = options.decisions?.length ? applyMerges(merged, options.decisions) : merged;
  const suggestions = suggestMerges(corpus, { sources: results });
  timings.parse = now() - start;

  start = now();
  hooks.onProgress?.({ stage: "graph", done: 0, total: 1 });
  const graph = buildCoauthorGraph(corpus, options.projection);
  timings.graph = now() - start;
  hooks.onProgress?.({ stage: "metrics", done: 0, total: 1 });
  return { corpus, suggestions, graph, fileErrors, timings, hooks };
}

function metricsOptions(p: Prepared, options: PipelineOptions): Partial<MetricsOptions> {
  return {
    paperCount: p.corpus.papers.length,
    ...options.metrics,
    onProgress: (done, total) => p.hooks.onProgress?.({ stage: "metrics", done, total }),
  };
}

/**
 * Reads the layout input and compact network from the graph and drops the graph, so the long
 * layout does not keep it (the biggest structure of a large load) alive.
 */
function takeGraph(p: Prepared): { input: LayoutInput; network: CompactNetwork } {
  const graph = p.graph as CoauthorGraph;
  p.graph = null;
  return { input: layoutInputFromGraph(graph), network: compactNetwork(graph, p.corpus) };
}

/** Lays the graph out, announcing the dataset first and positions as they move. */
function layout(p: Prepared, metrics: MetricsResult, options: PipelineOptions): PipelineResult {
  const { corpus, suggestions, fileErrors, timings, hooks: h } = p;
  const start = now();
  const { input, network } = takeGraph(p);
  const n = input.ids.length;
  let initial: Float64Array | undefined;
  if (options.initialPositions) {
    initial = new Float64Array(2 * n).fill(NaN);
    input.ids.forEach((id, i) => {
      const q = options.initialPositions?.[id];
      if (q) {
        (initial as Float64Array)[2 * i] = q.x;
        (initial as Float64Array)[2 * i + 1] = q.y;
      }
    });
  }
  const sized = { ...layoutOptionsForSize(n), ...options.layout };
  const iterations = sized.iterations ?? 300;
  const kernel = createLayoutKernel(input, { ...sized, iterations, initial });
  const step = Math.max(1, Math.round(iterations / 50));
  h.onDataset?.({
    corpus,
    metrics,
    ids: input.ids,
    positions: kernel.positions(),
    fileErrors,
    suggestions,
    timings: { ...timings },
    network,
  });
  h.onProgress?.({ stage: "layout", done: 0, total: iterations });
  let lastPositions = now();
  while (n > 0 && !kernel.settled() && kernel.ticks() < 10 * iterations) {
    kernel.tick(step);
    h.onProgress?.({
      stage: "layout",
      done: Math.min(kernel.ticks(), iterations),
      total: iterations,
    });
    if (h.onPositions && now() - lastPositions >= (h.positionsEvery ?? 250)) {
      lastPositions = now();
      h.onPositions(kernel.positions());
    }
  }
  timings.layout = now() - start;
  return {
    corpus,
    metrics,
    ids: input.ids,
    positions: kernel.positions(),
    fileErrors,
    suggestions,
    timings,
    network,
  };
}

/**
 * Runs the whole analysis synchronously, reporting progress. A file that cannot be parsed is
 * reported in `fileErrors` and the others go on; when no file can be read the error is thrown.
 */
export function runPipeline(
  files: readonly InputFile[],
  options: PipelineOptions = {},
  hooks: PipelineHooks | ((progress: Progress) => void) = {},
): PipelineResult {
  const p = prepare(files, options, hooksOf(hooks));
  const start = now();
  const metrics = computeMetrics(p.graph as CoauthorGraph, metricsOptions(p, options));
  p.timings.metrics = now() - start;
  return layout(p, metrics, options);
}

/**
 * Same as {@link runPipeline}, with betweenness and closeness computed by `runner` (the page's
 * worker pool) while this thread computes the other metrics.
 */
export async function runPipelineAsync(
  files: readonly InputFile[],
  runner: BrandesRunner,
  options: PipelineOptions = {},
  hooks: PipelineHooks | ((progress: Progress) => void) = {},
): Promise<PipelineResult> {
  const p = prepare(files, options, hooksOf(hooks));
  const start = now();
  const metrics = await computeMetricsAsync(
    p.graph as CoauthorGraph,
    runner,
    metricsOptions(p, options),
  );
  p.timings.metrics = now() - start;
  return layout(p, metrics, options);
}
