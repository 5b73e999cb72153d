// The analysis pipeline the worker runs: files → parse → corpus → graph → metrics → layout.
import {
  buildCoauthorGraph,
  type CoauthorGraph,
  type ProjectionOptions,
} from "../graph/coauthor-graph.ts";
import {
  createLayoutKernel,
  layoutOptionsForSize,
  type LayoutKernel,
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

/**
 * A file's name, length and a 53-bit hash of its text: what the parse cache compares, so it need
 * not keep the texts themselves alive.
 */
export function fileFingerprint(file: InputFile): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const text = file.text;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return `${file.name}\u0000${text.length}\u0000${hash}`;
}

/** The last files parsed (fingerprints) and their results: a merge decision re-runs without parsing. */
let parsed: { keys: string[]; results: ParseResult[]; fileErrors: Warning[] } | null = null;

const sameKeys = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((k, i) => k === b[i]);

/** Parses every file (a file that fails becomes a warning), reusing the last parse of the same files. */
function parseAll(
  files: readonly InputFile[],
  hooks: PipelineHooks,
): { results: ParseResult[]; fileErrors: Warning[] } {
  const keys = files.map(fileFingerprint);
  if (parsed && sameKeys(parsed.keys, keys))
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
  parsed = { keys, results, fileErrors };
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

/** A layout ready to run: the dataset to announce and the kernel that moves its positions. */
interface StartedLayout {
  dataset: PipelineResult;
  kernel: LayoutKernel;
  iterations: number;
  start: number;
}

/** Builds the layout kernel and the dataset (with the starting positions) from the prepared graph. */
function startLayout(p: Prepared, metrics: MetricsResult, options: PipelineOptions): StartedLayout {
  const { corpus, suggestions, fileErrors, timings } = p;
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
  const dataset: PipelineResult = {
    corpus,
    metrics,
    ids: input.ids,
    positions: kernel.positions(),
    fileErrors,
    suggestions,
    timings: { ...timings },
    network,
  };
  return { dataset, kernel, iterations, start };
}

/** Runs the layout to rest, reporting progress and positions as they move; the final positions. */
function runLayout(kernel: LayoutKernel, iterations: number, h: PipelineHooks): Float64Array {
  h.onProgress?.({ stage: "layout", done: 0, total: iterations });
  const step = Math.max(1, Math.round(iterations / 50));
  let lastPositions = now();
  while (kernel.size > 0 && !kernel.settled() && kernel.ticks() < 10 * iterations) {
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
  return kernel.positions();
}

/** Lays the graph out, announcing the dataset first and positions as they move. */
function layout(p: Prepared, metrics: MetricsResult, options: PipelineOptions): PipelineResult {
  const { dataset, kernel, iterations, start } = startLayout(p, metrics, options);
  p.hooks.onDataset?.(dataset);
  const positions = runLayout(kernel, iterations, p.hooks);
  p.timings.layout = now() - start;
  return { ...dataset, positions, timings: p.timings };
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

/** Everything up to the layout; the dataset goes to `hooks.onDataset` and only the kernel is returned. */
async function analyseLean(
  files: InputFile[],
  runner: BrandesRunner,
  options: PipelineOptions,
  hooks: PipelineHooks,
): Promise<Omit<StartedLayout, "dataset"> & { timings: PipelineResult["timings"] }> {
  const p = prepare(files, options, hooks);
  // The texts are parsed (and their results cached): this thread need not hold them any more.
  for (const file of files) file.text = "";
  const start = now();
  const metrics = await computeMetricsAsync(
    p.graph as CoauthorGraph,
    runner,
    metricsOptions(p, options),
  );
  p.timings.metrics = now() - start;
  const { dataset, kernel, iterations, start: layoutStart } = startLayout(p, metrics, options);
  hooks.onDataset?.(dataset);
  return { kernel, iterations, start: layoutStart, timings: p.timings };
}

/**
 * {@link runPipeline} for the worker, betweenness on `runner`: hands the dataset to
 * `hooks.onDataset`, then keeps only the layout, so corpus, metrics and network (and the files' texts, emptied once parsed)
 * are not alive in this thread while the long layout runs. Returns the final positions and timings.
 */
export async function runPipelineLean(
  files: InputFile[],
  runner: BrandesRunner,
  options: PipelineOptions = {},
  hooks: PipelineHooks = {},
): Promise<Pick<PipelineResult, "positions" | "timings">> {
  const { kernel, iterations, start, timings } = await analyseLean(files, runner, options, hooks);
  const positions = runLayout(kernel, iterations, hooks);
  timings.layout = now() - start;
  return { positions, timings };
}
