// Louvain communities (graphology-communities-louvain, seeded) renumbered largest first, and modularity.
import type Graph from "graphology";
import louvain from "graphology-communities-louvain";
import type { Csr } from "./csr.ts";
import { mulberry32 } from "./mulberry32.ts";

export interface CommunityOptions {
  /** Seed of the rng Louvain uses to order its moves: same graph and seed, same communities. */
  seed: number;
  /** Modularity resolution γ. */
  resolution: number;
}

export const DEFAULT_COMMUNITY_OPTIONS: CommunityOptions = { seed: 1, resolution: 1 };

export interface CommunitiesResult {
  /** Community of each node by CSR index: 0 is the largest; ties go to the one holding the earliest node. */
  community: Int32Array;
  sizes: number[];
  /** Weighted modularity of this partition ({@link modularity}). */
  modularity: number;
}

/**
 * Weighted Newman–Girvan modularity of a partition (M. E. J. Newman, PNAS 103, 8577, 2006):
 * Q = Σ_c [ W_c / W − γ (D_c / 2W)² ], W the total edge weight, W_c the weight inside c, D_c the
 * summed strength of c's nodes. Same as `nx.community.modularity(G, parts, weight="weight")`;
 * 0 for a graph without edges (networkx divides by zero there).
 */
export function modularity(csr: Csr, community: Int32Array, resolution = 1): number {
  const { offsets, targets, weights } = csr;
  const n = offsets.length - 1;
  let count = 0;
  for (let v = 0; v < n; v++) count = Math.max(count, community[v] + 1);
  const inside = new Float64Array(count);
  const strength = new Float64Array(count);
  let total = 0;
  for (let v = 0; v < n; v++)
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      total += weights[e];
      strength[community[v]] += weights[e];
      if (community[targets[e]] === community[v]) inside[community[v]] += weights[e];
    }
  // Each undirected edge was seen twice: total = 2W, inside[c] = 2W_c.
  if (total === 0) return 0;
  let q = 0;
  for (let c = 0; c < count; c++)
    q += inside[c] / total - resolution * (strength[c] / total) * (strength[c] / total);
  return q;
}

/**
 * Renumbers a partition (any integer ids) by community size descending, ties by their earliest
 * node: 0 is the largest community. Returns the new ids and the sizes in that order.
 */
export function rankBySize(raw: Int32Array): { community: Int32Array; sizes: number[] } {
  const n = raw.length;
  const sizes = new Map<number, number>();
  const first = new Map<number, number>();
  for (let v = 0; v < n; v++) {
    sizes.set(raw[v], (sizes.get(raw[v]) ?? 0) + 1);
    if (!first.has(raw[v])) first.set(raw[v], v);
  }
  const order = [...sizes.keys()].sort(
    (a, b) =>
      (sizes.get(b) as number) - (sizes.get(a) as number) ||
      (first.get(a) as number) - (first.get(b) as number),
  );
  const rank = new Map<number, number>();
  order.forEach((id, position) => rank.set(id, position));
  const community = new Int32Array(n);
  for (let v = 0; v < n; v++) community[v] = rank.get(raw[v]) as number;
  return { community, sizes: order.map((id) => sizes.get(id) as number) };
}

/**
 * Louvain (Blondel et al. 2008) on the `weight` edge attribute with a seeded mulberry32 rng, then
 * communities renumbered by size descending, ties by their earliest node in CSR (graph) order.
 * `csr` must be `toCsr(graph)`.
 */
export function louvainCommunities(
  graph: Graph,
  csr: Csr,
  options: Partial<CommunityOptions> = {},
): CommunitiesResult {
  const { seed, resolution } = { ...DEFAULT_COMMUNITY_OPTIONS, ...options };
  const n = csr.ids.length;
  const raw = new Int32Array(n);
  if (graph.size > 0) {
    const mapping = louvain(graph, {
      getEdgeWeight: (_edge, attributes) =>
        typeof attributes.weight === "number" ? attributes.weight : 1,
      resolution,
      rng: mulberry32(seed),
    });
    for (let v = 0; v < n; v++) raw[v] = mapping[csr.ids[v]];
  } else for (let v = 0; v < n; v++) raw[v] = v;

  return rankCommunities(raw, csr, resolution);
}

/**
 * Renumbers raw community labels by size descending, ties by their earliest node in CSR order,
 * and measures the partition's modularity: the result every Louvain runner returns.
 */
export function rankCommunities(raw: Int32Array, csr: Csr, resolution = 1): CommunitiesResult {
  const { community, sizes } = rankBySize(raw);
  return {
    community,
    sizes,
    modularity: modularity(csr, community, resolution),
  };
}
