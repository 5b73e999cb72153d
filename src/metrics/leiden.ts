// Leiden communities (Traag, Waltman & van Eck 2019) maximizing modularity, seeded, over CSR arrays.
import type { Csr } from "./csr.ts";
import { mulberry32, type Rng } from "./mulberry32.ts";

export interface LeidenOptions {
  /** Modularity resolution γ: higher gives more, smaller communities. */
  resolution: number;
  /** Seed of the rng that orders the moves and picks refinement merges. */
  seed: number;
  /**
   * Randomness θ of the refinement (igraph's `beta`): a node joins a sub-community with
   * probability ∝ exp(ΔQ / θ), ΔQ in edge-weight units.
   */
  randomness: number;
  /** Leiden iterations at most; they stop earlier once an iteration changes nothing. */
  maxIterations: number;
  /** Starting community of each node (CSR order), e.g. a previous result; singletons when absent. */
  initial?: Int32Array;
}

export const DEFAULT_LEIDEN_OPTIONS: LeidenOptions = {
  resolution: 1,
  seed: 1,
  randomness: 0.01,
  maxIterations: 50,
};

/** A weighted graph level: CSR without self-loops, node weights (strengths) carried apart. */
interface Level {
  n: number;
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  /** Node weight: the summed strength of the original nodes it stands for. */
  k: Float64Array;
}

/**
 * Per-visit accumulators: `weightTo[c]` is valid while `seen[c]` holds the visit's stamp (a
 * counter that grows with every visit, so nothing needs clearing).
 */
interface Scratch {
  weightTo: Float64Array;
  seen: Int32Array;
  list: Int32Array;
  stamp: number;
}

function shuffled(n: number, rng: Rng): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
  return order;
}

/** Renumbers community ids to 0 … c−1 in order of first appearance; returns c. */
function compact(community: Int32Array): number {
  const map = new Map<number, number>();
  for (let v = 0; v < community.length; v++) {
    let c = map.get(community[v]);
    if (c === undefined) {
      c = map.size;
      map.set(community[v], c);
    }
    community[v] = c;
  }
  return map.size;
}

/**
 * Fast local moving (Traag et al. 2019, Algorithm A.2): nodes are visited from a queue, each
 * moved to the neighbouring (or an empty) community of largest modularity gain
 * ΔQ ∝ E(v, C) − γ k_v K_C / 2m; neighbours outside the new community are queued again.
 * `community` is changed in place (ids < n). Returns whether any node moved.
 */
function moveNodesFast(
  g: Level,
  community: Int32Array,
  gamma2m: number,
  rng: Rng,
  scratch: Scratch,
): boolean {
  const { n, offsets, targets, weights, k } = g;
  const total = new Float64Array(n);
  const size = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    total[community[v]] += k[v];
    size[community[v]]++;
  }
  const empty: number[] = [];
  for (let c = n - 1; c >= 0; c--) if (size[c] === 0) empty.push(c);
  const queue = new Int32Array(n);
  const queued = new Uint8Array(n);
  const order = shuffled(n, rng);
  for (let i = 0; i < n; i++) {
    queue[i] = order[i];
    queued[order[i]] = 1;
  }
  let head = 0;
  let length = n;
  let moved = false;
  const { weightTo, seen, list } = scratch;
  while (length > 0) {
    const v = queue[head];
    head = (head + 1) % n;
    length--;
    queued[v] = 0;
    const own = community[v];
    const stamp = ++scratch.stamp;
    let count = 0;
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      const c = community[targets[e]];
      if (seen[c] !== stamp) {
        seen[c] = stamp;
        weightTo[c] = 0;
        list[count++] = c;
      }
      weightTo[c] += weights[e];
    }
    const kv = k[v];
    total[own] -= kv;
    size[own]--;
    // Staying (or an empty community, whose gain is 0) is the baseline.
    const ownWeight = seen[own] === stamp ? weightTo[own] : 0;
    let best = own;
    let bestGain = ownWeight - gamma2m * kv * total[own];
    if (size[own] > 0 && bestGain < 0) {
      best = -1;
      bestGain = 0;
    }
    for (let i = 0; i < count; i++) {
      const c = list[i];
      if (c === own) continue;
      const gain = weightTo[c] - gamma2m * kv * total[c];
      if (gain > bestGain) {
        best = c;
        bestGain = gain;
      }
    }
    if (best === -1) best = empty.pop() as number;
    if (size[own] === 0 && best !== own) empty.push(own);
    total[best] += kv;
    size[best]++;
    if (best !== own) {
      community[v] = best;
      moved = true;
      for (let e = offsets[v]; e < offsets[v + 1]; e++) {
        const u = targets[e];
        if (!queued[u] && community[u] !== best) {
          queued[u] = 1;
          queue[(head + length) % n] = u;
          length++;
        }
      }
    }
  }
  return moved;
}

/**
 * Refinement (Algorithm A.3, MergeNodesSubset): inside each community S of `community`, nodes
 * start as singletons; each node well connected to S (E(v, S−v) ≥ γ k_v (K_S − k_v) / 2m) and
 * still alone joins a well-connected sub-community r of S with ΔQ ≥ 0, chosen with probability
 * ∝ exp(ΔQ / θ). Sub-communities grow only along edges, so each is connected.
 */
function refine(
  g: Level,
  community: Int32Array,
  gamma2m: number,
  theta: number,
  rng: Rng,
  scratch: Scratch,
): Int32Array {
  const { n, offsets, targets, weights, k } = g;
  const refined = new Int32Array(n);
  const total = new Float64Array(n);
  /** E(r, S − r): weight from sub-community r to the rest of its community. */
  const external = new Float64Array(n);
  const alone = new Uint8Array(n).fill(1);
  const communityTotal = new Float64Array(n);
  for (let v = 0; v < n; v++) communityTotal[community[v]] += k[v];
  for (let v = 0; v < n; v++) {
    refined[v] = v;
    total[v] = k[v];
    let inside = 0;
    for (let e = offsets[v]; e < offsets[v + 1]; e++)
      if (community[targets[e]] === community[v]) inside += weights[e];
    external[v] = inside;
  }
  const { weightTo, seen, list } = scratch;
  const gains = new Float64Array(n);
  const order = shuffled(n, rng);
  for (let i = 0; i < n; i++) {
    const v = order[i];
    if (!alone[v]) continue;
    const s = community[v];
    const kv = k[v];
    const ks = communityTotal[s];
    if (external[v] < gamma2m * kv * (ks - kv)) continue; // v not well connected to S
    const stamp = ++scratch.stamp;
    let count = 0;
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      const u = targets[e];
      if (community[u] !== s) continue;
      const r = refined[u];
      if (seen[r] !== stamp) {
        seen[r] = stamp;
        weightTo[r] = 0;
        list[count++] = r;
      }
      weightTo[r] += weights[e];
    }
    // Candidates: well-connected sub-communities with ΔQ ≥ 0 (staying alone is ΔQ = 0).
    const own = refined[v];
    total[own] -= kv;
    let best = 0;
    let candidates = 0;
    for (let j = 0; j < count; j++) {
      const r = list[j];
      if (r === own) continue;
      const gain = weightTo[r] - gamma2m * kv * total[r];
      if (gain < 0 || external[r] < gamma2m * total[r] * (ks - total[r])) {
        list[j] = -1;
        continue;
      }
      gains[candidates] = gain;
      list[candidates++] = r;
      if (gain > best) best = gain;
    }
    let chosen = own;
    if (candidates > 0) {
      // Staying alone has gain 0; weights exp((ΔQ − max) / θ) avoid overflow.
      let sum = Math.exp((0 - best) / theta);
      for (let j = 0; j < candidates; j++) sum += Math.exp((gains[j] - best) / theta);
      let pick = rng() * sum - Math.exp((0 - best) / theta);
      if (pick >= 0)
        for (let j = 0; j < candidates; j++) {
          chosen = list[j];
          pick -= Math.exp((gains[j] - best) / theta);
          if (pick < 0) break;
        }
    }
    if (chosen === own) {
      total[own] += kv;
      continue;
    }
    // v joins `chosen`: E(r', S − r') = E(r, S − r) + E(v, S − v) − 2 E(v, r).
    const toChosen = seen[chosen] === stamp ? weightTo[chosen] : 0;
    external[chosen] += external[v] - 2 * toChosen;
    total[chosen] += kv;
    refined[v] = chosen;
    alone[v] = 0;
    alone[chosen] = 0;
  }
  return refined;
}

/** The level whose nodes are the groups of `group` (ids 0 … count−1), edge weights summed. */
function aggregate(g: Level, group: Int32Array, count: number): Level {
  const k = new Float64Array(count);
  for (let v = 0; v < g.n; v++) k[group[v]] += g.k[v];
  const members = new Int32Array(g.n);
  const start = new Int32Array(count + 1);
  for (let v = 0; v < g.n; v++) start[group[v] + 1]++;
  for (let c = 0; c < count; c++) start[c + 1] += start[c];
  const cursor = start.slice(0, count);
  for (let v = 0; v < g.n; v++) members[cursor[group[v]]++] = v;
  const offsets = new Int32Array(count + 1);
  const targets: number[] = [];
  const weights: number[] = [];
  const slot = new Int32Array(count).fill(-1);
  for (let c = 0; c < count; c++) {
    const first = targets.length;
    for (let i = start[c]; i < start[c + 1]; i++) {
      const v = members[i];
      for (let e = g.offsets[v]; e < g.offsets[v + 1]; e++) {
        const d = group[g.targets[e]];
        if (d === c) continue;
        if (slot[d] < first) {
          slot[d] = targets.length;
          targets.push(d);
          weights.push(0);
        }
        weights[slot[d]] += g.weights[e];
      }
    }
    offsets[c + 1] = targets.length;
  }
  return {
    n: count,
    offsets,
    targets: Int32Array.from(targets),
    weights: Float64Array.from(weights),
    k,
  };
}

/**
 * Splits every community that is not connected into its connected components (each split
 * raises modularity: the parts share no edge). Returns the number of communities.
 */
export function splitDisconnected(csr: Csr, community: Int32Array): number {
  const n = community.length;
  const out = new Int32Array(n).fill(-1);
  const stack: number[] = [];
  let next = 0;
  for (let s = 0; s < n; s++) {
    if (out[s] !== -1) continue;
    out[s] = next;
    stack.push(s);
    while (stack.length > 0) {
      const v = stack.pop() as number;
      for (let e = csr.offsets[v]; e < csr.offsets[v + 1]; e++) {
        const u = csr.targets[e];
        if (out[u] === -1 && community[u] === community[s]) {
          out[u] = next;
          stack.push(u);
        }
      }
    }
    next++;
  }
  community.set(out);
  return next;
}

/**
 * Leiden community detection maximizing modularity Q = Σ_c [W_c / W − γ (D_c / 2W)²] (V. A.
 * Traag, L. Waltman, N. J. van Eck, "From Louvain to Leiden: guaranteeing well-connected
 * communities", Sci. Rep. 9, 5233, 2019): fast local moving, refinement inside each community,
 * aggregation on the refined partition (started from the unrefined one), repeated until a level
 * moves nothing; iterations restart from the last partition until one changes nothing. Every
 * community returned is connected. Returns each node's community (CSR order), ids in order of
 * first appearance (callers renumber by size). Deterministic for a seed.
 */
export function leidenCommunities(csr: Csr, options: Partial<LeidenOptions> = {}): Int32Array {
  const o: LeidenOptions = { ...DEFAULT_LEIDEN_OPTIONS, ...options };
  if (!(o.resolution >= 0))
    throw new Error(`coauthor-atlas/metrics: leiden resolution must be ≥ 0, got ${o.resolution}`);
  if (!(o.randomness > 0))
    throw new Error(`coauthor-atlas/metrics: leiden randomness must be > 0, got ${o.randomness}`);
  const n = csr.ids.length;
  const k = new Float64Array(n);
  for (let v = 0; v < n; v++)
    for (let e = csr.offsets[v]; e < csr.offsets[v + 1]; e++) k[v] += csr.weights[e];
  let twoM = 0;
  for (let v = 0; v < n; v++) twoM += k[v];
  const partition = new Int32Array(n);
  if (o.initial) partition.set(o.initial);
  else for (let v = 0; v < n; v++) partition[v] = v;
  compact(partition);
  if (twoM === 0) return partition;
  const gamma2m = o.resolution / twoM;
  const rng = mulberry32(o.seed);
  const scratch: Scratch = {
    weightTo: new Float64Array(n),
    seen: new Int32Array(n),
    list: new Int32Array(n),
    stamp: 0,
  };
  const base: Level = { n, offsets: csr.offsets, targets: csr.targets, weights: csr.weights, k };

  for (let iteration = 0; iteration < o.maxIterations; iteration++) {
    const before = partition.slice();
    let g = base;
    /** Level node of each original node. */
    const node = new Int32Array(n);
    for (let v = 0; v < n; v++) node[v] = v;
    let community = partition.slice();
    for (;;) {
      moveNodesFast(g, community, gamma2m, rng, scratch);
      const count = compact(community);
      if (count === g.n) break;
      const refined = refine(g, community, gamma2m, o.randomness, rng, scratch);
      let groups = compact(refined);
      // No sub-community merged: aggregate by the communities themselves.
      const group = groups === g.n ? community : refined;
      if (groups === g.n) groups = count;
      const next = aggregate(g, group, groups);
      const lifted = new Int32Array(groups);
      for (let v = 0; v < g.n; v++) lifted[group[v]] = community[v];
      for (let v = 0; v < n; v++) node[v] = group[node[v]];
      g = next;
      community = lifted;
    }
    for (let v = 0; v < n; v++) partition[v] = community[node[v]];
    compact(partition);
    let same = true;
    for (let v = 0; v < n && same; v++) same = partition[v] === before[v];
    if (same) break;
  }
  splitDisconnected(csr, partition);
  return partition;
}
