// Graphology coauthor graph → compressed sparse rows: the typed-array form every kernel reads.
import type Graph from "graphology";

/** Undirected adjacency in compressed sparse rows; each edge is stored in both directions. */
export interface Csr {
  /** Node ids, in `graph.nodes()` order; node `i` of every array is `ids[i]`. */
  ids: string[];
  /** Neighbours of node `i` are `targets[offsets[i]] … targets[offsets[i + 1] - 1]`. */
  offsets: Int32Array;
  targets: Int32Array;
  /** Edge weight for each entry of `targets` (the `weight` attribute, 1 when absent). */
  weights: Float64Array;
}

/**
 * Converts an undirected simple graph (a coauthor projection) to CSR. Neighbour order follows
 * edge insertion order. Self-loops are ignored: coauthor graphs have none and no metric here
 * counts them.
 */
export function toCsr(graph: Graph): Csr {
  const ids = graph.nodes();
  const n = ids.length;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) index.set(ids[i], i);
  const degree = new Int32Array(n);
  const sources: number[] = [];
  const ends: number[] = [];
  const edgeWeights: number[] = [];
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (source === target) return;
    const s = index.get(source) as number;
    const t = index.get(target) as number;
    const weight = attributes.weight;
    sources.push(s);
    ends.push(t);
    edgeWeights.push(typeof weight === "number" ? weight : 1);
    degree[s]++;
    degree[t]++;
  });
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i] + degree[i];
  const cursor = offsets.slice(0, n);
  const targets = new Int32Array(offsets[n]);
  const weights = new Float64Array(offsets[n]);
  for (let e = 0; e < sources.length; e++) {
    const s = sources[e];
    const t = ends[e];
    targets[cursor[s]] = t;
    weights[cursor[s]++] = edgeWeights[e];
    targets[cursor[t]] = s;
    weights[cursor[t]++] = edgeWeights[e];
  }
  return { ids, offsets, targets, weights };
}
