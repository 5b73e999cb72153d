// Structurally equivalent nodes (twins): BFS sources whose Brandes dependencies are identical.
import type { CsrTopology } from "./brandes.ts";

/** Classes of twins: nodes with the same open neighbourhood N(v), or the same closed one N[v]. */
export interface TwinClasses {
  /** Representative of each node's class (itself when the node has no twin). */
  representative: Int32Array;
  /** The representatives, ascending: the only BFS sources exact betweenness needs. */
  sources: Int32Array;
  /** Class size of each representative, aligned with `sources`. */
  multiplicity: Float64Array;
}

/** 32-bit integer mix (Murmur3's finalizer) so neighbour sums make a good set hash. */
function mix(x: number, salt: number): number {
  let h = (x ^ salt) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Finds twin classes. Two twins u, v (N(u) = N(v), or N[u] = N[v]) have the same distances and
 * shortest-path counts to every other node, and neither lies inside a shortest path from the other,
 * so δ_u(x) = δ_v(x) for every x and their closeness is equal (Sariyüce et al., "Shattering and
 * compressing networks for betweenness centrality", SDM 2013, identical vertices). A node with a
 * closed twin cannot have an open one. Candidates are grouped by degree and two order-independent
 * neighbourhood hashes, then checked exactly. O(n + m) expected.
 */
export function twinClasses(csr: CsrTopology): TwinClasses {
  const { offsets, targets } = csr;
  const n = offsets.length - 1;
  const openA = new Uint32Array(n);
  const openB = new Uint32Array(n);
  for (let v = 0; v < n; v++) {
    let a = 0;
    let b = 0;
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      a = (a + mix(targets[e], 0x9e3779b9)) >>> 0;
      b = (b + mix(targets[e], 0x7f4a7c15)) >>> 0;
    }
    openA[v] = a;
    openB[v] = b;
  }
  const representative = new Int32Array(n).fill(-1);
  const mark = new Int32Array(n).fill(-1);
  const group = (closed: boolean) => {
    const buckets = new Map<string, number[]>();
    for (let v = 0; v < n; v++) {
      if (representative[v] >= 0) continue;
      const a = closed ? (openA[v] + mix(v, 0x9e3779b9)) >>> 0 : openA[v];
      const b = closed ? (openB[v] + mix(v, 0x7f4a7c15)) >>> 0 : openB[v];
      const key = `${offsets[v + 1] - offsets[v]}:${a}:${b}`;
      const bucket = buckets.get(key);
      if (bucket) bucket.push(v);
      else buckets.set(key, [v]);
    }
    for (const bucket of buckets.values()) {
      if (bucket.length < 2) continue;
      for (let i = 0; i < bucket.length; i++) {
        const r = bucket[i];
        if (representative[r] >= 0) continue;
        // Marks hold the representative they belong to, so stale marks never need clearing.
        for (let e = offsets[r]; e < offsets[r + 1]; e++) mark[targets[e]] = r;
        if (closed) mark[r] = r;
        let found = false;
        for (let j = i + 1; j < bucket.length; j++) {
          const u = bucket[j];
          // Same degree, so N(u) ⊆ N(r) means equal; closed twins are also adjacent (u ∈ N(r)).
          if (representative[u] >= 0 || (closed && mark[u] !== r)) continue;
          let same = true;
          for (let e = offsets[u]; e < offsets[u + 1] && same; e++) same = mark[targets[e]] === r;
          if (same) {
            representative[u] = r;
            found = true;
          }
        }
        if (found) representative[r] = r;
      }
    }
  };
  group(false);
  group(true);
  let count = 0;
  for (let v = 0; v < n; v++) {
    if (representative[v] < 0) representative[v] = v;
    if (representative[v] === v) count++;
  }
  const sources = new Int32Array(count);
  const position = new Int32Array(n);
  for (let v = 0, i = 0; v < n; v++)
    if (representative[v] === v) {
      position[v] = i;
      sources[i++] = v;
    }
  const multiplicity = new Float64Array(count);
  for (let v = 0; v < n; v++) multiplicity[position[representative[v]]]++;
  return { representative, sources, multiplicity };
}
