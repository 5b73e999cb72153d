// Sampled betweenness and closeness: sources drawn per component, unbiased estimates, standard errors.
import { betweennessScale } from "./betweenness.ts";
import type { BrandesPartial } from "./brandes.ts";
import type { ComponentsResult } from "./components.ts";
import type { Rng } from "./mulberry32.ts";
import { float64Of } from "../model/typed-of.ts";

/** Components at most this large are run from every node (exact); larger ones get at least this many sources. */
export const DEFAULT_MIN_SAMPLES_PER_COMPONENT = 32;

/** Which sources a sampled job runs, and what each stands for. */
export interface SamplingDesign {
  /** Node indices, ascending. */
  sources: Int32Array;
  /** N_c / k_c for each source: the nodes of its component each drawn source stands for. */
  weights: Float64Array;
  /** k_c: sources drawn in each component, by component index. */
  drawn: number[];
}

/**
 * Draws about `samples` BFS sources, stratified by connected component: component c of N_c nodes
 * gets k_c = min(N_c, max(minPerComponent, round(samples · N_c / n))) sources drawn uniformly
 * without replacement (partial Fisher–Yates with `rng`). Small components are thus exact, and every
 * node of a larger one is reached by k_c ≥ minPerComponent sources, so its closeness can be estimated.
 */
export function sampleByComponent(
  components: ComponentsResult,
  samples: number,
  rng: Rng,
  minPerComponent = DEFAULT_MIN_SAMPLES_PER_COMPONENT,
): SamplingDesign {
  const { component, sizes } = components;
  const n = component.length;
  const members: number[][] = sizes.map(() => []);
  for (let v = 0; v < n; v++) members[component[v]].push(v);
  const drawn = sizes.map((size) =>
    Math.min(size, Math.max(minPerComponent, Math.round((samples * size) / n))),
  );
  const chosen: number[] = [];
  const weightOf = new Float64Array(n);
  members.forEach((pool, c) => {
    for (let i = 0; i < drawn[c]; i++) {
      const j = i + Math.floor(rng() * (pool.length - i));
      [pool[i], pool[j]] = [pool[j], pool[i]];
      chosen.push(pool[i]);
      weightOf[pool[i]] = sizes[c] / drawn[c];
    }
  });
  const sources = Int32Array.from(chosen).sort();
  const weights = float64Of(sources, (s) => weightOf[s]);
  return { sources, weights, drawn };
}

/**
 * Reads a sampled job's partial (run with `multiplicity = design.weights`, `sampled: true`).
 *
 * Betweenness: Σ_c N_c/k_c Σ_{s ∈ S_c} δ_s(v), an unbiased estimate of networkx's raw sum (only
 * sources in v's component reach v), times the networkx scale. Its standard error is
 * scale · N_c · sqrt(s²/k_c · (N_c − k_c)/(N_c − 1)), s² the sample variance of δ_s(v) over the
 * k_c sources (sampling without replacement); the largest over nodes is returned.
 *
 * Closeness: exact for drawn sources; otherwise the Eppstein–Wang estimate from the mean distance
 * to v from the drawn sources of its component, with its exact size r:
 * C(v) ≈ (1 / mean d) · (r − 1)/(n − 1).
 */
export function estimateFromSample(
  partial: BrandesPartial,
  design: SamplingDesign,
  components: ComponentsResult,
) {
  const { squares, farness, reached } = partial;
  if (!squares || !farness || !reached)
    throw new Error(
      "coauthor-atlas/metrics: a sampled estimate needs a partial run with sampled: true",
    );
  const n = partial.betweenness.length;
  const scale = betweennessScale(n);
  const betweenness = new Float64Array(n);
  const closeness = partial.closeness;
  const isSource = new Uint8Array(n);
  for (const s of design.sources) isSource[s] = 1;
  let maxStandardError = 0;
  let unestimated = 0;
  for (let v = 0; v < n; v++) {
    const c = components.component[v];
    const size = components.sizes[c];
    const k = design.drawn[c];
    betweenness[v] = partial.betweenness[v] * scale;
    if (k > 1 && k < size) {
      // The weight w = N_c/k_c multiplies both sums: Σδ = betweenness/w, Σδ² = squares/w.
      const w = size / k;
      const mean = partial.betweenness[v] / w / k;
      const variance = Math.max(0, (squares[v] / w - k * mean * mean) / (k - 1));
      const error = scale * size * Math.sqrt((variance / k) * ((size - k) / (size - 1)));
      if (error > maxStandardError) maxStandardError = error;
    }
    if (isSource[v]) continue;
    if (reached[v] > 0) closeness[v] = (reached[v] / farness[v]) * ((size - 1) / (n - 1));
    else if (size > 1) unestimated++;
  }
  return { betweenness, closeness, maxStandardError, unestimated };
}
