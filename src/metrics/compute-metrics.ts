// Author metrics and graph summary of a coauthor graph: the metrics layer's one entry point.
import type Graph from "graphology";
import {
  runBrandesSync,
  scaleBetweenness,
  type BetweennessResult,
  type BrandesJob,
  type BrandesRunner,
  type ProgressCallback,
} from "./betweenness.ts";
import type { BrandesPartial } from "./brandes.ts";
import { DEFAULT_COMMUNITY_OPTIONS } from "./communities.ts";
import { detectCommunities, type CommunityMethod } from "./community-method.ts";
import { connectedComponents, type ComponentsResult } from "./components.ts";
import { toCsr, type Csr } from "./csr.ts";
import {
  eigenvectorCentrality,
  DEFAULT_EIGENVECTOR_OPTIONS,
  type EigenvectorOptions,
} from "./eigenvector.ts";
import { relabelBfs, unrelabelPartial } from "./locality.ts";
import { mulberry32 } from "./mulberry32.ts";
import { pagerank, DEFAULT_PAGERANK_OPTIONS, type PageRankOptions } from "./pagerank.ts";
import { estimateFromSample, sampleByComponent, type SamplingDesign } from "./sampling.ts";
import { twinClasses, type TwinClasses } from "./twins.ts";
import { int32Of } from "../model/typed-of.ts";
import { authorTable, sameIds, withAuthorColumns, type AuthorTable } from "./author-table.ts";

export type { AuthorMetrics } from "./author-table.ts";

export interface MetricsSummary {
  /** `options.paperCount` when given, else distinct paper ids on edges (misses solo papers). */
  papers: number;
  authors: number;
  /** Edges of the coauthor graph. */
  coauthorships: number;
  components: number;
  /** Largest component's share of authors (0 for an empty graph). */
  largestComponentShare: number;
  /** 2m / (n(n−1)); 0 when n < 2. */
  density: number;
  /** Mean degree 2m / n; 0 when n = 0. */
  meanCoauthors: number;
  /** Weighted modularity of the communities (at the resolution). */
  modularity: number;
  communities: number;
  /** The method that made the communities (`auto` resolved). */
  communityMethod?: Exclude<CommunityMethod, "auto">;
  betweenness: {
    /** True when betweenness was estimated from a sample of sources (closeness then too). */
    approximate: boolean;
    /** BFS sources run: one per twin class when exact, the drawn sample when approximate. */
    sources: number;
    /** Largest estimated standard error of one author's betweenness (0 when exact). */
    maxStandardError: number;
    /**
     * True while betweenness and closeness are still being measured (see
     * {@link computeMetricsDeferred}): every author's are 0 until {@link withCentrality}.
     */
    pending?: boolean;
  };
}

export interface MetricsResult {
  /** Every author's metrics, a row per author in the network's node order. */
  authors: AuthorTable;
  summary: MetricsSummary;
  warnings: string[];
}

export interface MetricsOptions {
  /** "auto" is exact below `sampleAbove` authors and sampled from there on. */
  betweenness: "exact" | "sampled" | "auto";
  /** Author count from which "auto" samples. */
  sampleAbove: number;
  /** Sources drawn in sampled mode. */
  samples: number;
  /** Seeds source sampling and the community detection. */
  seed: number;
  /** Modularity resolution γ of Louvain and Leiden. */
  resolution: number;
  /**
   * Community detection: Louvain, Leiden (Traag et al. 2019), the network file's clusters, or
   * `auto` (the file's clusters when every author has one, else Louvain).
   */
  communities: CommunityMethod;
  pagerank: PageRankOptions;
  eigenvector: EigenvectorOptions;
  /** Total papers for the summary (the corpus knows; edges miss single-author papers). */
  paperCount?: number;
  onProgress?: ProgressCallback;
}

/** What callers pass: any subset, nested PageRank and eigenvector options included. */
export type MetricsOptionsInput = Partial<Omit<MetricsOptions, "pagerank" | "eigenvector">> & {
  pagerank?: Partial<PageRankOptions>;
  eigenvector?: Partial<EigenvectorOptions>;
};

export const DEFAULT_METRICS_OPTIONS: MetricsOptions = {
  betweenness: "auto",
  sampleAbove: 50_000,
  samples: 2_000,
  seed: DEFAULT_COMMUNITY_OPTIONS.seed,
  resolution: DEFAULT_COMMUNITY_OPTIONS.resolution,
  communities: "auto",
  pagerank: DEFAULT_PAGERANK_OPTIONS,
  eigenvector: DEFAULT_EIGENVECTOR_OPTIONS,
};

/** Caller options → full options, with the module's error on nonsense values. */
export function resolveMetricsOptions(options: MetricsOptionsInput = {}): MetricsOptions {
  const resolved: MetricsOptions = {
    ...DEFAULT_METRICS_OPTIONS,
    ...options,
    pagerank: { ...DEFAULT_PAGERANK_OPTIONS, ...options.pagerank },
    eigenvector: { ...DEFAULT_EIGENVECTOR_OPTIONS, ...options.eigenvector },
  };
  if (!["exact", "sampled", "auto"].includes(resolved.betweenness))
    throw new Error(
      `coauthor-atlas/metrics: betweenness must be "exact", "sampled" or "auto", got ${JSON.stringify(resolved.betweenness)}`,
    );
  if (!(Number.isInteger(resolved.samples) && resolved.samples >= 1))
    throw new Error(
      `coauthor-atlas/metrics: samples must be a positive integer, got ${resolved.samples}`,
    );
  const { alpha } = resolved.pagerank;
  if (!(alpha >= 0 && alpha <= 1))
    throw new Error(`coauthor-atlas/metrics: pagerank alpha must be in [0, 1], got ${alpha}`);
  for (const [name, { maxIter, tol }] of [
    ["pagerank", resolved.pagerank],
    ["eigenvector", resolved.eigenvector],
  ] as const) {
    if (!(Number.isInteger(maxIter) && maxIter >= 1))
      throw new Error(
        `coauthor-atlas/metrics: ${name} maxIter must be a positive integer, got ${maxIter}`,
      );
    if (!(tol > 0))
      throw new Error(`coauthor-atlas/metrics: ${name} tol must be positive, got ${tol}`);
  }
  return resolved;
}

/** A Brandes job plus how to read its result back into per-node betweenness and closeness. */
export interface BetweennessPlan {
  /** Runs on a BFS-relabelled copy of the graph (locality.ts); `rank` maps node → job index. */
  job: BrandesJob;
  rank: Int32Array;
  /** Twin classes an exact job was reduced by (closeness is copied to each twin). */
  twins: TwinClasses | null;
  /** The sources a sampled job draws and what they stand for (original node indices). */
  design: SamplingDesign | null;
}

/**
 * The Brandes work `computeMetrics` needs for this graph: exact over one representative per twin
 * class (see twins.ts), or about `samples` seeded sources stratified by component (sampling.ts).
 */
export function planBetweenness(
  csr: Csr,
  components: ComponentsResult,
  options: MetricsOptions,
): BetweennessPlan {
  const n = csr.ids.length;
  const sampled =
    (options.betweenness === "sampled" ||
      (options.betweenness === "auto" && n >= options.sampleAbove)) &&
    options.samples < n;
  const { topology, rank } = relabelBfs(csr);
  const base = { csr: topology, onProgress: options.onProgress };
  const toJob = (sources: Int32Array) => int32Of(sources, (s) => rank[s]);
  if (sampled) {
    const design = sampleByComponent(components, options.samples, mulberry32(options.seed));
    const sources = toJob(design.sources);
    return {
      job: { ...base, sources, multiplicity: design.weights, sampled: true },
      rank,
      twins: null,
      design,
    };
  }
  const twins = twinClasses(csr);
  const sources = toJob(twins.sources);
  return {
    job: { ...base, sources, multiplicity: twins.multiplicity, sampled: false },
    rank,
    twins,
    design: null,
  };
}

/**
 * Turns a finished plan's partial into networkx-scaled betweenness and closeness: exact (twins get
 * their representative's closeness) or estimated from the sample (sampling.ts).
 */
export function readBetweenness(
  plan: BetweennessPlan,
  jobPartial: BrandesPartial,
  components: ComponentsResult,
): BetweennessResult {
  const partial = unrelabelPartial(jobPartial, plan.rank);
  const n = partial.betweenness.length;
  const sources = plan.job.sources === null ? n : plan.job.sources.length;
  if (plan.design) {
    const estimate = estimateFromSample(partial, plan.design, components);
    const approximate = components.sizes.some((size, c) => plan.design!.drawn[c] < size);
    return { ...estimate, approximate, sources };
  }
  const closeness = partial.closeness;
  if (plan.twins) {
    const { representative } = plan.twins;
    for (let v = 0; v < n; v++) closeness[v] = closeness[representative[v]];
  }
  return {
    betweenness: scaleBetweenness(partial),
    closeness,
    approximate: false,
    sources,
    maxStandardError: 0,
    unestimated: 0,
  };
}

/**
 * Computes every author metric and the graph summary in the current thread. Definitions are
 * networkx 2.8's (see PRODUCT.md): betweenness and closeness unweighted, eigenvector unweighted
 * with max_iter 1000, PageRank on `weight`; communities (Louvain, Leiden or the file's clusters)
 * on `weight` with a seeded rng.
 */
export function computeMetrics(graph: Graph, options: MetricsOptionsInput = {}): MetricsResult {
  const resolved = resolveMetricsOptions(options);
  const csr = toCsr(graph);
  const components = connectedComponents(csr);
  const plan = planBetweenness(csr, components, resolved);
  const rest = computeRest(graph, csr, components, resolved);
  const betweenness = readBetweenness(plan, runBrandesSync(plan.job), rest.components);
  return finish(graph, csr, resolved, rest, betweenness);
}

/**
 * Same as {@link computeMetrics}, with the Brandes sources handed to `runner` (worker threads in
 * Node, Web Workers in the page) while this thread computes the other metrics, then runs the
 * sources still unclaimed when the runner lets it (`assist`).
 */
export async function computeMetricsAsync(
  graph: Graph,
  runner: BrandesRunner,
  options: MetricsOptionsInput = {},
): Promise<MetricsResult> {
  const resolved = resolveMetricsOptions(options);
  const csr = toCsr(graph);
  const components = connectedComponents(csr);
  const plan = planBetweenness(csr, components, resolved);
  const pending = runner(plan.job);
  // Keep an early rejection from being reported as unhandled while the rest is computed.
  pending.catch(() => undefined);
  const rest = computeRest(graph, csr, components, resolved);
  pending.assist?.();
  const betweenness = readBetweenness(plan, await pending, rest.components);
  return finish(graph, csr, resolved, rest, betweenness);
}

/** Betweenness and closeness measured after the other metrics, in graph (`graph.nodes()`) order. */
export interface Centrality {
  betweenness: Float64Array;
  closeness: Float64Array;
  summary: MetricsSummary["betweenness"];
  /** The betweenness warnings, which {@link computeMetrics} lists after the others. */
  warnings: string[];
}

/** Every metric now but betweenness and closeness, which are measured on demand. */
export interface DeferredMetrics {
  /** Betweenness and closeness 0, `summary.betweenness.pending`; the rest final. */
  metrics: MetricsResult;
  /**
   * Runs the Brandes sources on `runner` (once); holds only the BFS plan and the components,
   * not the graph.
   */
  centrality(runner: BrandesRunner): Promise<Centrality>;
}

/**
 * {@link computeMetrics} in two halves, for a big network whose first map needs only degree,
 * PageRank and communities: `metrics` now, betweenness and closeness from `centrality`.
 * `withCentrality(metrics, ids, await centrality(runner))` equals `computeMetrics(graph)`.
 */
export function computeMetricsDeferred(
  graph: Graph,
  options: MetricsOptionsInput = {},
): DeferredMetrics {
  const resolved = resolveMetricsOptions(options);
  const csr = toCsr(graph);
  const components = connectedComponents(csr);
  const plan = planBetweenness(csr, components, resolved);
  const rest = computeRest(graph, csr, components, resolved);
  const metrics = finish(graph, csr, resolved, rest, null);
  const n = csr.ids.length;
  return {
    metrics,
    async centrality(runner) {
      const run = runner(plan.job);
      run.assist?.();
      const result = readBetweenness(plan, await run, components);
      return {
        betweenness: result.betweenness,
        closeness: result.closeness,
        summary: {
          approximate: result.approximate,
          sources: result.sources,
          maxStandardError: result.maxStandardError,
        },
        warnings: betweennessWarnings(result, n),
      };
    },
  };
}

/**
 * `metrics` with the betweenness and closeness of `centrality` (values in `ids` order), its
 * summary and warnings: a new result, `metrics` is left as it was.
 */
export function withCentrality(
  metrics: MetricsResult,
  ids: readonly string[],
  centrality: Centrality,
): MetricsResult {
  const steps = withCentralitySteps(metrics, ids, centrality, Infinity);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** {@link withCentrality}, yielding every `chunk` authors (a caller may pause there). */
export function* withCentralitySteps(
  metrics: MetricsResult,
  ids: readonly string[],
  centrality: Centrality,
  chunk = 5000,
): Generator<void, MetricsResult> {
  const { betweenness, closeness } = centrality;
  if (betweenness.length !== ids.length || closeness.length !== ids.length)
    throw new Error(
      `coauthor-atlas/metrics: centrality has ${betweenness.length} values, expected ${ids.length}`,
    );
  const table = metrics.authors;
  let authors: AuthorTable;
  if (sameIds(table.ids, ids)) authors = withAuthorColumns(table, { betweenness, closeness });
  else {
    // Authors in another order than the centrality's: each row looks its author up.
    const position = new Map<string, number>();
    for (let i = 0; i < ids.length; i++) {
      if ((i + 1) % chunk === 0) yield;
      position.set(ids[i], i);
    }
    const b = Float64Array.from(table.columns.betweenness);
    const c = Float64Array.from(table.columns.closeness);
    for (let row = 0; row < table.ids.length; row++) {
      if ((row + 1) % chunk === 0) yield;
      const i = position.get(table.ids[row]);
      if (i === undefined) continue;
      b[row] = betweenness[i];
      c[row] = closeness[i];
    }
    authors = withAuthorColumns(table, { betweenness: b, closeness: c });
  }
  return {
    authors,
    summary: { ...metrics.summary, betweenness: { ...centrality.summary } },
    warnings: [...metrics.warnings, ...centrality.warnings],
  };
}

function computeRest(
  graph: Graph,
  csr: Csr,
  components: ComponentsResult,
  options: MetricsOptions,
) {
  return {
    pagerank: pagerank(csr, options.pagerank),
    eigenvector: eigenvectorCentrality(csr, options.eigenvector),
    components,
    communities: detectCommunities(graph, csr, {
      method: options.communities,
      seed: options.seed,
      resolution: options.resolution,
    }),
  };
}

/** What a betweenness result warns about: an estimate, and authors no sampled source reached. */
function betweennessWarnings(betweenness: BetweennessResult, n: number): string[] {
  const warnings: string[] = [];
  if (betweenness.approximate)
    warnings.push(
      `coauthor-atlas/metrics: betweenness and closeness estimated from ${betweenness.sources} of ${n} sources (largest standard error of betweenness ${betweenness.maxStandardError.toPrecision(2)})`,
    );
  if (betweenness.unestimated > 0)
    warnings.push(
      `coauthor-atlas/metrics: closeness of ${betweenness.unestimated} authors left at 0: no sampled source reached them`,
    );
  return warnings;
}

/** The result; with `betweenness` null, betweenness and closeness are 0 and marked pending. */
function finish(
  graph: Graph,
  csr: Csr,
  options: MetricsOptions,
  rest: ReturnType<typeof computeRest>,
  betweenness: BetweennessResult | null,
): MetricsResult {
  const { ids, offsets, weights } = csr;
  const n = ids.length;
  const warnings: string[] = [];
  if (!rest.pagerank.converged)
    warnings.push(
      `coauthor-atlas/metrics: pagerank did not converge in ${options.pagerank.maxIter} iterations; values are the last iterate`,
    );
  if (!rest.eigenvector.converged)
    warnings.push(
      `coauthor-atlas/metrics: eigenvector centrality did not converge in ${options.eigenvector.maxIter} iterations; values are the last iterate`,
    );
  if (betweenness) warnings.push(...betweennessWarnings(betweenness, n));

  const papers = new Float64Array(n);
  const coauthors = new Float64Array(n);
  const strength = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    let s = 0;
    for (let e = offsets[v]; e < offsets[v + 1]; e++) s += weights[e];
    const p = graph.getNodeAttribute(ids[v], "papers");
    papers[v] = typeof p === "number" ? p : 0;
    coauthors[v] = offsets[v + 1] - offsets[v];
    strength[v] = s;
  }
  const authors = authorTable(ids, {
    papers,
    coauthors,
    strength,
    betweenness: betweenness?.betweenness,
    closeness: betweenness?.closeness,
    eigenvector: rest.eigenvector.values,
    pagerank: rest.pagerank.values,
    community: rest.communities.community,
    component: rest.components.component,
  });
  const m = offsets[n] / 2;
  return {
    authors,
    summary: {
      papers: options.paperCount ?? countEdgePapers(graph),
      authors: n,
      coauthorships: m,
      components: rest.components.sizes.length,
      largestComponentShare: n > 0 ? rest.components.sizes[0] / n : 0,
      density: n > 1 ? (2 * m) / (n * (n - 1)) : 0,
      meanCoauthors: n > 0 ? (2 * m) / n : 0,
      modularity: rest.communities.modularity,
      communities: rest.communities.sizes.length,
      communityMethod: rest.communities.method,
      betweenness: betweenness
        ? {
            approximate: betweenness.approximate,
            sources: betweenness.sources,
            maxStandardError: betweenness.maxStandardError,
          }
        : { approximate: false, sources: 0, maxStandardError: 0, pending: true },
    },
    warnings,
  };
}

function countEdgePapers(graph: Graph): number {
  const seen = new Set<string>();
  graph.forEachEdge((_edge, attributes) => {
    if (Array.isArray(attributes.papers)) for (const id of attributes.papers) seen.add(String(id));
  });
  return seen.size;
}
