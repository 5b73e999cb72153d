// PageRank over CSR, step for step as networkx 2.8 `pagerank` (its scipy power iteration).
import type { Csr } from "./csr.ts";

export interface PageRankOptions {
  /** Damping factor. */
  alpha: number;
  maxIter: number;
  /** Converged when the L1 change of an iteration is below n · tol. */
  tol: number;
}

/** networkx 2.8 defaults. */
export const DEFAULT_PAGERANK_OPTIONS: PageRankOptions = { alpha: 0.85, maxIter: 100, tol: 1e-6 };

export interface IterativeResult {
  values: Float64Array;
  iterations: number;
  /** False when maxIter ran out: `values` is then the last iterate (networkx would raise). */
  converged: boolean;
}

/** 1 / (sum of edge weights) of each node, 0 for a node without weight (dangling). */
export function inverseStrengths({ offsets, weights }: Csr): Float64Array {
  const n = offsets.length - 1;
  const inverse = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    let strength = 0;
    for (let e = offsets[v]; e < offsets[v + 1]; e++) strength += weights[e];
    inverse[v] = strength !== 0 ? 1 / strength : 0;
  }
  return inverse;
}

/**
 * Weighted PageRank of an undirected graph, as `nx.pagerank(G, alpha, weight="weight")`:
 * x ← α (x P + (Σ_dangling x) / n) + (1 − α)/n, P the row-normalized weight matrix, starting from
 * the uniform vector. Dangling (isolated or zero-strength) nodes spread their rank uniformly.
 */
export function pagerank(csr: Csr, options: Partial<PageRankOptions> = {}): IterativeResult {
  const { alpha, maxIter, tol } = { ...DEFAULT_PAGERANK_OPTIONS, ...options };
  const { offsets, targets, weights } = csr;
  const n = offsets.length - 1;
  if (n === 0) return { values: new Float64Array(0), iterations: 0, converged: true };
  const inverseStrength = inverseStrengths(csr);
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  const share = new Float64Array(n);
  for (let iteration = 1; iteration <= maxIter; iteration++) {
    let dangling = 0;
    for (let v = 0; v < n; v++) {
      if (inverseStrength[v] === 0) dangling += x[v];
      share[v] = x[v] * inverseStrength[v];
    }
    const base = alpha * (dangling / n) + (1 - alpha) / n;
    let change = 0;
    for (let v = 0; v < n; v++) {
      let sum = 0;
      for (let e = offsets[v], stop = offsets[v + 1]; e < stop; e++)
        sum += share[targets[e]] * weights[e];
      next[v] = alpha * sum + base;
      change += Math.abs(next[v] - x[v]);
    }
    [x, next] = [next, x];
    if (change < n * tol) return { values: x, iterations: iteration, converged: true };
  }
  return { values: x, iterations: maxIter, converged: false };
}
