// Louvain communities on CSR typed arrays (no graph object): local moves, then aggregation, level by level.
import type { Csr } from "./csr.ts";
import { mulberry32 } from "./mulberry32.ts";

export interface CsrLouvainOptions {
  /** Seeds the order nodes are visited in. */
  seed: number;
  /** Modularity resolution γ. */
  resolution: number;
  /** A move must gain more than this (in ΔQ · 2W units) to be made; ends the levels on ties. */
  epsilon: number;
  /** Local-move sweeps per level at most. */
  maxSweeps: number;
}

export const DEFAULT_CSR_LOUVAIN_OPTIONS: CsrLouvainOptions = {
  seed: 1,
  resolution: 1,
  epsilon: 1e-10,
  maxSweeps: 50,
};

/** One level's weighted graph: adjacency without self-loops, plus each node's inner weight. */
interface Level {
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  /** Weight inside each (super)node, counted twice, as adjacency entries count an edge. */
  inner: Float64Array;
}

/**
 * Local moves (Blondel et al. 2008): each node, in a seeded random order, joins the neighbouring
 * community with the best modularity gain k_i,c − γ·Σ_c·k_i / 2W, until a sweep moves nothing.
 * Returns the community of each node, numbered 0…count−1 in first-node order, and the count;
 * `moved` tells whether any node changed community.
 */
function localMoves(level: Level, options: CsrLouvainOptions, rng: () => number) {
  const { offsets, targets, weights, inner } = level;
  const n = offsets.length - 1;
  const strength = new Float64Array(n);
  let total = 0;
  for (let v = 0; v < n; v++) {
    let s = inner[v];
    for (let e = offsets[v]; e < offsets[v + 1]; e++) s += weights[e];
    strength[v] = s;
    total += s;
  }
  const community = new Int32Array(n);
  const sum = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    community[v] = v;
    sum[v] = strength[v];
  }
  const order = new Int32Array(n);
  for (let v = 0; v < n; v++) order[v] = v;
  const toCommunity = new Float64Array(n);
  const touched = new Int32Array(n);
  const gamma = options.resolution;
  let moved = false;
  if (total > 0)
    for (let sweep = 0; sweep < options.maxSweeps; sweep++) {
      for (let i = n - 1; i > 0; i--) {
        const j = Math.floor(rng() * (i + 1));
        const t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      let moves = 0;
      for (let position = 0; position < n; position++) {
        const v = order[position];
        const own = community[v];
        const k = strength[v];
        let count = 0;
        for (let e = offsets[v]; e < offsets[v + 1]; e++) {
          const c = community[targets[e]];
          if (toCommunity[c] === 0) touched[count++] = c;
          toCommunity[c] += weights[e];
        }
        sum[own] -= k;
        let best = own;
        let bestGain = toCommunity[own] - (gamma * sum[own] * k) / total;
        for (let t = 0; t < count; t++) {
          const c = touched[t];
          const gain = toCommunity[c] - (gamma * sum[c] * k) / total;
          if (gain > bestGain + options.epsilon) {
            best = c;
            bestGain = gain;
          }
        }
        for (let t = 0; t < count; t++) toCommunity[touched[t]] = 0;
        sum[best] += k;
        if (best !== own) {
          community[v] = best;
          moves++;
        }
      }
      if (moves === 0) break;
      moved = true;
    }
  // Renumber densely, in order of each community's first node.
  const dense = new Int32Array(n).fill(-1);
  let count = 0;
  for (let v = 0; v < n; v++) {
    const c = community[v];
    if (dense[c] < 0) dense[c] = count++;
    community[v] = dense[c];
  }
  return { community, count, moved };
}

/** The graph of communities: one node per community, edge weights summed, inner weights kept. */
function aggregate(level: Level, community: Int32Array, count: number): Level {
  const { offsets, targets, weights, inner } = level;
  const n = offsets.length - 1;
  // Members of each community, grouped (counting sort).
  const start = new Int32Array(count + 1);
  for (let v = 0; v < n; v++) start[community[v] + 1]++;
  for (let c = 0; c < count; c++) start[c + 1] += start[c];
  const cursor = start.slice(0, count);
  const members = new Int32Array(n);
  for (let v = 0; v < n; v++) members[cursor[community[v]]++] = v;

  const newInner = new Float64Array(count);
  const newOffsets = new Int32Array(count + 1);
  const rowTargets: number[] = [];
  const rowWeights: number[] = [];
  const toCommunity = new Float64Array(count);
  const touched = new Int32Array(count);
  for (let c = 0; c < count; c++) {
    let touchedCount = 0;
    for (let m = start[c]; m < start[c + 1]; m++) {
      const v = members[m];
      newInner[c] += inner[v];
      for (let e = offsets[v]; e < offsets[v + 1]; e++) {
        const d = community[targets[e]];
        if (d === c) newInner[c] += weights[e];
        else {
          if (toCommunity[d] === 0) touched[touchedCount++] = d;
          toCommunity[d] += weights[e];
        }
      }
    }
    for (let t = 0; t < touchedCount; t++) {
      const d = touched[t];
      rowTargets.push(d);
      rowWeights.push(toCommunity[d]);
      toCommunity[d] = 0;
    }
    newOffsets[c + 1] = rowTargets.length;
  }
  return {
    offsets: newOffsets,
    targets: Int32Array.from(rowTargets),
    weights: Float64Array.from(rowWeights),
    inner: newInner,
  };
}

/**
 * Louvain on the CSR's `weights` (V. D. Blondel et al., "Fast unfolding of communities in large
 * networks", 2008), all in typed arrays, so it runs where a graphology graph would not fit:
 * local moves in seeded random order, then the graph of communities, until a level moves no
 * node. Returns a community number per node (0…count−1, in first-node order, not by size).
 * Isolated nodes stay alone. Same seed, same result.
 */
export function louvainCsr(csr: Csr, options: Partial<CsrLouvainOptions> = {}): Int32Array {
  const o = { ...DEFAULT_CSR_LOUVAIN_OPTIONS, ...options };
  const rng = mulberry32(o.seed);
  const n = csr.offsets.length - 1;
  const assignment = new Int32Array(n);
  for (let v = 0; v < n; v++) assignment[v] = v;
  let level: Level = {
    offsets: csr.offsets,
    targets: csr.targets,
    weights: csr.weights,
    inner: new Float64Array(n),
  };
  for (;;) {
    const { community, count, moved } = localMoves(level, o, rng);
    if (!moved) break;
    for (let v = 0; v < n; v++) assignment[v] = community[assignment[v]];
    if (count === level.offsets.length - 1) break;
    level = aggregate(level, community, count);
  }
  return assignment;
}
