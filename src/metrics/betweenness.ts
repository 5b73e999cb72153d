// Betweenness and closeness from Brandes partials: networkx scaling, exact or sampled sources, runners.
import {
  brandesRange,
  emptyBrandesPartial,
  type BrandesPartial,
  type CsrTopology,
} from "./brandes.ts";

/** Progress of a long computation: `done` out of `total` units (BFS sources here). */
export type ProgressCallback = (done: number, total: number) => void;

/** What a runner is asked to compute: Brandes partials summed over every listed source. */
export interface BrandesJob {
  csr: CsrTopology;
  /** Sources to run, or null for every node. */
  sources: Int32Array | null;
  /** Nodes each source stands for (twin classes), aligned with `sources`; null: 1 each. */
  multiplicity: Float64Array | null;
  /** A sample of sources: also accumulate what the estimates need (see BrandesPartial). */
  sampled: boolean;
  onProgress?: ProgressCallback;
}

/**
 * A job under way. `assist`, when the runner offers it, runs sources of the job in the calling
 * thread until none is left to claim (a thread done with its own work lends a hand instead of
 * waiting); the promise's partial then includes them.
 */
export type BrandesRun = Promise<BrandesPartial> & { assist?: () => void };

/** Anything that sums Brandes partials over a job's sources: in-thread, worker threads, Web Workers. */
export type BrandesRunner = (job: BrandesJob) => BrandesRun;

export interface BetweennessResult {
  /** Normalized as `nx.betweenness_centrality(G)` (estimated when sampled), by CSR node index. */
  betweenness: Float64Array;
  /** `nx.closeness_centrality(G)` by node index (estimated when sampled). */
  closeness: Float64Array;
  approximate: boolean;
  /** BFS sources run (twin representatives when exact, drawn sources when sampled). */
  sources: number;
  /** Largest estimated standard error of a node's betweenness (0 when exact). */
  maxStandardError: number;
  /** Nodes left without a closeness estimate (sampled only; 0 by construction of the design). */
  unestimated: number;
}

/** Sources per progress report in the synchronous path. */
export const SYNC_PROGRESS_CHUNK = 64;

/**
 * Runs a Brandes job in the current thread, reporting progress every {@link SYNC_PROGRESS_CHUNK}
 * sources.
 */
export function runBrandesSync(job: BrandesJob): BrandesPartial {
  const n = job.csr.offsets.length - 1;
  const total = job.sources === null ? n : job.sources.length;
  const out = emptyBrandesPartial(n, job.sampled);
  for (let start = 0; start < total; start += SYNC_PROGRESS_CHUNK) {
    const end = Math.min(total, start + SYNC_PROGRESS_CHUNK);
    brandesRange(job.csr, start, end, {
      sources: job.sources,
      multiplicity: job.multiplicity,
      into: out,
    });
    job.onProgress?.(end, total);
  }
  if (total === 0) job.onProgress?.(0, 0);
  return out;
}

/** The in-thread runner as a {@link BrandesRunner}. */
export const syncBrandesRunner: BrandesRunner = (job) => Promise.resolve(runBrandesSync(job));

/**
 * networkx 2.8 `_rescale` for an undirected graph with normalized=True, endpoints=False:
 * 1/((n−1)(n−2)), and 1 when n ≤ 2 (all values are 0 then). networkx does not halve here: the
 * factor already is the pair count (n−1)(n−2)/2 times the double counting of each pair.
 */
export function betweennessScale(n: number): number {
  return n <= 2 ? 1 : 1 / ((n - 1) * (n - 2));
}

/** Scales an exact partial (every source counted once, or by twin multiplicity) as networkx does. */
export function scaleBetweenness(partial: BrandesPartial): Float64Array {
  const n = partial.betweenness.length;
  const scale = betweennessScale(n);
  const betweenness = new Float64Array(n);
  for (let v = 0; v < n; v++) betweenness[v] = partial.betweenness[v] * scale;
  return betweenness;
}
