// Node relabelling for cache locality: BFS order, so neighbours sit close together in the kernel's arrays.
import type { BrandesPartial, CsrTopology } from "./brandes.ts";
import { float64Of } from "../model/typed-of.ts";

/** A relabelled copy of a topology and the maps between the two numberings. */
export interface Relabelled {
  topology: CsrTopology;
  /** New index of each original node. */
  rank: Int32Array;
}

/**
 * Renumbers nodes in breadth-first order (from the highest-degree node, then from each remaining
 * unvisited node in original order), with each adjacency list sorted. Nodes that are close in the
 * graph get close indices, so a BFS touches fewer cache lines: about 10% off Brandes on a
 * 7k-author coauthor graph. The graph itself is unchanged.
 */
export function relabelBfs(csr: CsrTopology): Relabelled {
  const { offsets, targets } = csr;
  const n = offsets.length - 1;
  const rank = new Int32Array(n).fill(-1);
  const order = new Int32Array(n);
  let count = 0;
  let hub = 0;
  for (let v = 1; v < n; v++)
    if (offsets[v + 1] - offsets[v] > offsets[hub + 1] - offsets[hub]) hub = v;
  const visit = (root: number) => {
    if (rank[root] >= 0) return;
    rank[root] = count;
    order[count++] = root;
    for (let head = count - 1; head < count; head++) {
      const v = order[head];
      for (let e = offsets[v]; e < offsets[v + 1]; e++) {
        const w = targets[e];
        if (rank[w] < 0) {
          rank[w] = count;
          order[count++] = w;
        }
      }
    }
  };
  if (n > 0) visit(hub);
  for (let v = 0; v < n; v++) visit(v);
  const newOffsets = new Int32Array(n + 1);
  const newTargets = new Int32Array(targets.length);
  for (let i = 0; i < n; i++) {
    const v = order[i];
    const start = newOffsets[i];
    newOffsets[i + 1] = start + offsets[v + 1] - offsets[v];
    for (let e = offsets[v], k = start; e < offsets[v + 1]; e++, k++)
      newTargets[k] = rank[targets[e]];
    newTargets.subarray(start, newOffsets[i + 1]).sort();
  }
  return { topology: { offsets: newOffsets, targets: newTargets }, rank };
}

/** A partial computed on the relabelled topology, back in original node order. */
export function unrelabelPartial(partial: BrandesPartial, rank: Int32Array): BrandesPartial {
  const back = (array: Float64Array | null) =>
    array === null ? null : float64Of(rank, (r) => array[r]);
  return {
    betweenness: back(partial.betweenness) as Float64Array,
    closeness: back(partial.closeness) as Float64Array,
    squares: back(partial.squares),
    farness: back(partial.farness),
    reached: back(partial.reached),
  };
}
