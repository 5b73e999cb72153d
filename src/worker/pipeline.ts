// The pipeline the worker (and the in-page fallback) runs: files → parse → corpus → graph → metrics → layout.
import {
  buildCoauthorGraph,
  type CoauthorGraphology,
  type ProjectionOptions,
} from "../graph/coauthor-graph.ts";
import type { LayoutOptions } from "../layout/force-kernel.ts";
import { layoutInputFromGraph, type LayoutInput } from "../layout/layout-input.ts";
import type { BrandesRunner } from "../metrics/betweenness.ts";
import {
  computeMetrics,
  computeMetricsAsync,
  computeMetricsDeferred,
  type Centrality,
  type MetricsOptions,
  type MetricsResult,
} from "../metrics/compute-metrics.ts";
import type { Corpus, Warning } from "../model/types.ts";
import { splitThesauri } from "../parse/thesaurus.ts";
import {
  suggestMerges,
  type MergeDecision,
  type MergeSuggestion,
} from "../parse/merge-suggestions.ts";
import { corpusOfResults, parseFiles } from "../pipeline/read-corpus.ts";
import type { InputFile, Progress } from "../pipeline/types.ts";
import { fileStartPositions } from "../graph/network-nodes.ts";
import { compactNetwork, type CompactNetwork } from "./compact-network.ts";
import {
  jobStart,
  layoutJob,
  runLayoutJob,
  type LayoutHooks,
  type LayoutJob,
} from "./layout-job.ts";
import { authorValue, sameIds } from "../metrics/author-table.ts";

export interface PipelineOptions {
  projection?: Partial<ProjectionOptions>;
  metrics?: Partial<Omit<MetricsOptions, "onProgress">>;
  layout?: Partial<Omit<LayoutOptions, "initial" | "rng">>;
  /** Positions to start from (a previous layout), by author id. */
  initialPositions?: Record<string, { x: number; y: number }>;
  /** A network file's own positions (VOSviewer x/y) start the layout unless `ignore` (or initialPositions). */
  fileLayout?: "start" | "ignore";
  /** Name merges the user accepted, applied to the corpus before the graph is built. */
  decisions?: MergeDecision[];
  /**
   * From this many authors on, {@link analyse} hands the dataset over before betweenness and
   * closeness are measured (they come from its `centrality`); default
   * {@link DEFER_CENTRALITY_ABOVE}. `runPipeline` always measures them first.
   */
  deferCentralityAbove?: number;
}

/**
 * Authors from which the analysis worker shows the network before betweenness and closeness:
 * measuring them takes the longest (tens of seconds at 50k authors) and the first map needs
 * neither. Smaller networks (every real corpus the tests read) arrive with every metric.
 */
export const DEFER_CENTRALITY_ABOVE = 10_000;

export interface PipelineResult {
  corpus: Corpus;
  metrics: MetricsResult;
  /** Author ids in graph order; positions are interleaved x, y in the same order. */
  ids: readonly string[];
  positions: Float64Array;
  /** Files that could not be read at all, as warnings (line 0). */
  fileErrors: Warning[];
  /** Authors that may be one person (after `decisions` are applied), best first. */
  suggestions: MergeSuggestion[];
  /** Milliseconds per stage. */
  timings: Record<Progress["stage"], number>;
  /** The coauthor graph in compact form (nodes in `ids` order), so the page need not rebuild it. */
  network?: CompactNetwork;
  /**
   * Betweenness and closeness measured after the dataset was shown (`metrics` then has them at 0
   * and `summary.betweenness.pending`): `withCentrality(metrics, ids, centrality)` completes it.
   */
  centrality?: Centrality;
}

/** What a caller hears while the pipeline runs (positions while the layout moves). */
export interface PipelineHooks extends LayoutHooks {
  /** Network and metrics are ready; `partial.positions` are the layout's starting positions. */
  onDataset?(partial: PipelineResult): void;
}

interface Prepared {
  corpus: Corpus;
  suggestions: MergeSuggestion[];
  /** Dropped (null) once the layout input and compact network are read from it. */
  graph: CoauthorGraphology | null;
  fileErrors: Warning[];
  timings: PipelineResult["timings"];
  hooks: PipelineHooks;
}

const now = () => performance.now();

function hooksOf(hooks: PipelineHooks | ((progress: Progress) => void)): PipelineHooks {
  return typeof hooks === "function" ? { onProgress: hooks } : hooks;
}

/** Parse every file (a file that fails becomes a warning), merge, project. */
function prepare(
  files: readonly InputFile[],
  options: PipelineOptions,
  hooks: PipelineHooks,
): Prepared {
  const timings = { parse: 0, graph: 0, metrics: 0, layout: 0 };
  let start = now();
  // A VOSviewer thesaurus loaded alongside is applied to the others, not read as a bibliography.
  const { thesauri, others } = splitThesauri(files);
  const { results, fileErrors } = parseFiles(others, hooks.onProgress);
  if (results.length === 0)
    throw new Error(
      fileErrors.map((w) => w.message).join("\n") || "coauthor-atlas/worker: no file to read",
    );
  const corpus = corpusOfResults(results, options.decisions, thesauri);
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
  // The progress callback outlives the corpus when betweenness is deferred: it holds the hooks only.
  const { hooks } = p;
  return {
    paperCount: p.corpus.papers.length,
    ...options.metrics,
    onProgress: (done, total) => hooks.onProgress?.({ stage: "metrics", done, total }),
  };
}

/**
 * Reads the layout input and compact network from the graph and drops the graph, so that what
 * follows does not keep it (the biggest structure of a large load) alive.
 */
function takeGraph(
  p: Prepared,
  metrics: MetricsResult,
): { input: LayoutInput; network: CompactNetwork } {
  const graph = p.graph as CoauthorGraphology;
  p.graph = null;
  // The layout draws the metrics' communities apart.
  const input = layoutInputFromGraph(graph, (id) => authorValue(metrics.authors, id, "community"));
  return { input, network: compactNetwork(graph, p.corpus) };
}

/** A load up to its layout: the dataset to announce (at the starting positions) and the layout to run. */
export interface LayoutHandoff {
  dataset: PipelineResult;
  job: LayoutJob;
  /**
   * Present when the dataset came before betweenness and closeness (`summary.betweenness.pending`):
   * measures them, in `dataset.ids` order. It holds the BFS plan, not the corpus or graph.
   */
  centrality?: () => Promise<Centrality>;
}

/** The dataset (with the starting positions) and the layout job, from the prepared graph. */
function startLayout(p: Prepared, metrics: MetricsResult, options: PipelineOptions): LayoutHandoff {
  const { corpus, suggestions, fileErrors, timings } = p;
  const { input, network } = takeGraph(p, metrics);
  const job = layoutJob(
    input,
    options.layout,
    options.initialPositions ?? fileStartPositions(corpus, input.ids, options.fileLayout),
  );
  const dataset: PipelineResult = {
    corpus,
    metrics,
    // One array when the orders agree (they do: both are the graph's node order): the message
    // then carries the ids once, and the page tells them equal by identity.
    ids: sameIds(input.ids, metrics.authors.ids) ? metrics.authors.ids : input.ids,
    positions: jobStart(job),
    fileErrors,
    suggestions,
    timings: { ...timings },
    network,
  };
  return { dataset, job };
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
  const h = hooksOf(hooks);
  const p = prepare(files, options, h);
  let start = now();
  const metrics = computeMetrics(p.graph as CoauthorGraphology, metricsOptions(p, options));
  p.timings.metrics = now() - start;
  start = now();
  const { dataset, job } = startLayout(p, metrics, options);
  h.onDataset?.(dataset);
  const positions = runLayoutJob(job, h);
  p.timings.layout = now() - start;
  return { ...dataset, positions, timings: p.timings };
}

/**
 * Everything up to the layout, betweenness on `runner`, for the analysis worker: the dataset to
 * post and the layout job to hand to the layout worker. The files' texts are emptied once parsed.
 */
export async function analyse(
  files: InputFile[],
  runner: BrandesRunner,
  options: PipelineOptions = {},
  hooks: PipelineHooks = {},
): Promise<LayoutHandoff> {
  const p = prepare(files, options, hooks);
  // The texts are parsed: this thread need not hold them while the metrics run.
  for (const file of files) file.text = "";
  const start = now();
  const graph = p.graph as CoauthorGraphology;
  if (graph.order >= (options.deferCentralityAbove ?? DEFER_CENTRALITY_ABOVE)) {
    const deferred = computeMetricsDeferred(graph, metricsOptions(p, options));
    p.timings.metrics = now() - start;
    const handoff = startLayout(p, deferred.metrics, options);
    return { ...handoff, centrality: () => deferred.centrality(runner) };
  }
  const metrics = await computeMetricsAsync(graph, runner, metricsOptions(p, options));
  p.timings.metrics = now() - start;
  return startLayout(p, metrics, options);
}
