// Eigenvector centrality over CSR, step for step as networkx 2.8 `eigenvector_centrality` (unweighted).
import type { CsrTopology } from "./brandes.ts";
import type { IterativeResult } from "./pagerank.ts";

export interface EigenvectorOptions {
  maxIter: number;
  /** Converged when the L1 change of an iteration is below n · tol. */
  tol: number;
}

/** `nx.eigenvector_centrality(G, max_iter=1000)` (tol stays at networkx's 1e-6). */
export const DEFAULT_EIGENVECTOR_OPTIONS: EigenvectorOptions = { maxIter: 1000, tol: 1e-6 };

/**
 * Power iteration on A + I from the uniform vector 1/n, Euclidean normalization after each step,
 * as networkx 2.8 does. The shift by I removes the oscillation of bipartite components, so the
 * iteration settles on disconnected graphs too (components whose leading eigenvalue is not the
 * largest fade geometrically but keep whatever is left when the tolerance is met, as in networkx).
 * Never throws: when maxIter runs out the last iterate is returned with `converged: false`.
 */
export function eigenvectorCentrality(
  csr: CsrTopology,
  options: Partial<EigenvectorOptions> = {},
): IterativeResult {
  const { maxIter, tol } = { ...DEFAULT_EIGENVECTOR_OPTIONS, ...options };
  const { offsets, targets } = csr;
  const n = offsets.length - 1;
  if (n === 0) return { values: new Float64Array(0), iterations: 0, converged: true };
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iteration = 1; iteration <= maxIter; iteration++) {
    let squares = 0;
    for (let v = 0; v < n; v++) {
      let sum = x[v];
      for (let e = offsets[v], stop = offsets[v + 1]; e < stop; e++) sum += x[targets[e]];
      next[v] = sum;
      squares += sum * sum;
    }
    const norm = Math.sqrt(squares) || 1;
    let change = 0;
    for (let v = 0; v < n; v++) {
      next[v] /= norm;
      change += Math.abs(next[v] - x[v]);
    }
    [x, next] = [next, x];
    if (change < n * tol) return { values: x, iterations: iteration, converged: true };
  }
  return { values: x, iterations: maxIter, converged: false };
}
