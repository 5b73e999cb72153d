// Every author metric of a field network on typed arrays: the metrics layer's kernels without a graph object.
import Graph from "graphology";
import type { BrandesRunner } from "../metrics/betweenness.ts";
import {
  louvainCommunities,
  rankCommunities,
  type CommunitiesResult,
} from "../metrics/communities.ts";
import { leidenCommunities } from "../metrics/leiden.ts";
import {
  planBetweenness,
  readBetweenness,
  resolveMetricsOptions,
  type MetricsOptions,
  type MetricsOptionsInput,
  type MetricsSummary,
} from "../metrics/compute-metrics.ts";
import { connectedComponents } from "../metrics/components.ts";
import { eigenvectorCentrality } from "../metrics/eigenvector.ts";
import { louvainCsr } from "../metrics/louvain-csr.ts";
import { pagerankGaussSeidel } from "../metrics/pagerank-gauss-seidel.ts";
import { pagerank } from "../metrics/pagerank.ts";
import { authorTable, type AuthorTable } from "../metrics/author-table.ts";
import type { FieldNetwork } from "./field-network.ts";

export interface FieldMetricsOptions {
  /**
   * Up to this many edges Louvain runs through graphology-communities-louvain on a weights-only
   * graph built for it (the explorer's communities, identical); above, on the CSR (louvain-csr.ts).
   */
  graphologyLouvainMaxEdges: number;
  /**
   * Sampled betweenness runs at most this much work: sources × (n + 2m) adjacency steps, so the
   * sample shrinks as the network grows (about 60 sources at 2.4M edges) and the summary states
   * the resulting `maxStandardError`.
   */
  sampleWork: number;
  /** Never fewer sources than this when sampling. */
  minSamples: number;
  /**
   * From this many authors PageRank iterates until its total L1 change is below
   * `pagerankL1` (tol = pagerankL1 / n) instead of networkx's n · 1e-6, which on a field stops
   * after two iterations, tens of percent off the exact values igraph computes; by Gauss–Seidel
   * sweeps (pagerank-gauss-seidel.ts: the same fixed point, sooner). Below, networkx's criterion
   * and power iteration (and values) are kept.
   */
  pagerankExactAbove: number;
  pagerankL1: number;
  pagerankMaxIter: number;
}

export const DEFAULT_FIELD_METRICS_OPTIONS: FieldMetricsOptions = {
  graphologyLouvainMaxEdges: 200_000,
  sampleWork: 3e8,
  minSamples: 100,
  pagerankExactAbove: 50_000,
  pagerankL1: 1e-9,
  pagerankMaxIter: 500,
};

/** Every metric by node index (node i of the network), the summary and the warnings. */
export interface FieldMetrics {
  papers: Int32Array;
  coauthors: Int32Array;
  strength: Float64Array;
  betweenness: Float64Array;
  closeness: Float64Array;
  eigenvector: Float64Array;
  pagerank: Float64Array;
  community: Int32Array;
  component: Int32Array;
  summary: MetricsSummary;
  warnings: string[];
}

/** The sources a sampled run may afford on this network (see {@link FieldMetricsOptions.sampleWork}). */
export function affordableSamples(
  network: FieldNetwork,
  requested: number,
  options: FieldMetricsOptions,
): number {
  const steps = network.csr.offsets.length - 1 + network.csr.targets.length;
  const affordable = Math.floor(options.sampleWork / Math.max(1, steps));
  return Math.max(1, Math.min(requested, Math.max(options.minSamples, affordable)));
}

function communitiesOf(
  network: FieldNetwork,
  options: MetricsOptions,
  field: FieldMetricsOptions,
): CommunitiesResult & { method: "louvain" | "leiden" | "file" } {
  const { csr } = network;
  const method = options.communities;
  if ((method === "auto" || method === "file") && network.clusters)
    return { method: "file", ...rankCommunities(network.clusters, csr, options.resolution) };
  if (method === "file")
    throw new Error(
      "coauthor-atlas/metrics: communities from the file need a cluster on every author (VOSviewer `cluster`)",
    );
  if (method === "leiden")
    return {
      method,
      ...rankCommunities(
        leidenCommunities(csr, { seed: options.seed, resolution: options.resolution }),
        csr,
        options.resolution,
      ),
    };
  return { method: "louvain", ...louvainOf(network, options, field) };
}

function louvainOf(network: FieldNetwork, options: MetricsOptions, field: FieldMetricsOptions) {
  const { csr } = network;
  const m = network.edgeSource.length;
  if (m > field.graphologyLouvainMaxEdges)
    return rankCommunities(
      louvainCsr(csr, { seed: options.seed, resolution: options.resolution }),
      csr,
      options.resolution,
    );
  const graph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  for (const id of network.ids) graph.addNode(id);
  for (let e = 0; e < m; e++)
    graph.addEdge(network.ids[network.edgeSource[e]], network.ids[network.edgeTarget[e]], {
      weight: network.edgeWeight[e],
    });
  return louvainCommunities(graph, csr, { seed: options.seed, resolution: options.resolution });
}

/**
 * Computes what `computeMetricsAsync` computes for the projection (same kernels, same CSR, so the
 * same numbers: networkx 2.8 definitions, seeded Louvain), from the network's typed arrays; from
 * `pagerankExactAbove` authors PageRank is iterated to convergence (see the option). The
 * Brandes sources go to `runner` while this thread does PageRank, eigenvector and Louvain, then
 * helps with the sources left when the runner offers it (`assist`). When
 * betweenness is sampled, sources are drawn per component in proportion to its size (small
 * components exactly, sampling.ts) and their number is capped by `sampleWork`.
 */
export async function computeFieldMetrics(
  network: FieldNetwork,
  runner: BrandesRunner,
  options: MetricsOptionsInput = {},
  fieldOptions: Partial<FieldMetricsOptions> = {},
): Promise<FieldMetrics> {
  const field = { ...DEFAULT_FIELD_METRICS_OPTIONS, ...fieldOptions };
  const requested = resolveMetricsOptions(options);
  const resolved: MetricsOptions = {
    ...requested,
    samples: affordableSamples(network, requested.samples, field),
  };
  const { csr } = network;
  const n = csr.ids.length;
  const components = connectedComponents(csr);
  const plan = planBetweenness(csr, components, resolved);
  const pending = runner(plan.job);
  pending.catch(() => undefined);
  const exactPagerank = n >= field.pagerankExactAbove;
  const pagerankOptions = exactPagerank
    ? { ...resolved.pagerank, tol: field.pagerankL1 / n, maxIter: field.pagerankMaxIter }
    : resolved.pagerank;
  const pr = exactPagerank
    ? pagerankGaussSeidel(csr, pagerankOptions)
    : pagerank(csr, pagerankOptions);
  const ev = eigenvectorCentrality(csr, resolved.eigenvector);
  const communities = communitiesOf(network, resolved, field);
  // Done with its own metrics, this thread runs the sources the workers have not claimed yet.
  pending.assist?.();
  const bc = readBetweenness(plan, await pending, components);

  const warnings: string[] = [];
  if (!pr.converged)
    warnings.push(
      `coauthor-atlas/metrics: pagerank did not converge in ${pagerankOptions.maxIter} iterations; values are the last iterate`,
    );
  if (!ev.converged)
    warnings.push(
      `coauthor-atlas/metrics: eigenvector centrality did not converge in ${resolved.eigenvector.maxIter} iterations; values are the last iterate`,
    );
  if (bc.approximate)
    warnings.push(
      `coauthor-atlas/metrics: betweenness and closeness estimated from ${bc.sources} of ${n} sources (largest standard error of betweenness ${bc.maxStandardError.toPrecision(2)})`,
    );
  if (bc.unestimated > 0)
    warnings.push(
      `coauthor-atlas/metrics: closeness of ${bc.unestimated} authors left at 0: no sampled source reached them`,
    );

  const { offsets, weights } = csr;
  const coauthors = new Int32Array(n);
  const strength = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    coauthors[v] = offsets[v + 1] - offsets[v];
    let s = 0;
    for (let e = offsets[v]; e < offsets[v + 1]; e++) s += weights[e];
    strength[v] = s;
  }
  const m = offsets[n] / 2;
  return {
    papers: network.paperCounts,
    coauthors,
    strength,
    betweenness: bc.betweenness,
    closeness: bc.closeness,
    eigenvector: ev.values,
    pagerank: pr.values,
    community: communities.community,
    component: components.component,
    summary: {
      papers: resolved.paperCount ?? countEdgePapers(network),
      authors: n,
      coauthorships: m,
      components: components.sizes.length,
      largestComponentShare: n > 0 ? components.sizes[0] / n : 0,
      density: n > 1 ? (2 * m) / (n * (n - 1)) : 0,
      meanCoauthors: n > 0 ? (2 * m) / n : 0,
      modularity: communities.modularity,
      communities: communities.sizes.length,
      communityMethod: communities.method,
      betweenness: {
        approximate: bc.approximate,
        sources: bc.sources,
        maxStandardError: bc.maxStandardError,
      },
    },
    warnings,
  };
}

/** Distinct papers on edges (the summary's count when the caller gives none). */
function countEdgePapers(network: FieldNetwork): number {
  const seen = new Set<number>();
  for (const p of network.edgePapers) seen.add(p);
  return seen.size;
}

/** The metrics as `MetricsResult.authors`: a row per node, in node order. */
export function fieldAuthorTable(network: FieldNetwork, metrics: FieldMetrics): AuthorTable {
  return authorTable(network.ids, metrics);
}
