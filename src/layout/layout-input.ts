// The layout's input: a coauthor graph reduced to node ids and indexed, weighted edges.
import type { CoauthorGraph } from "../graph/coauthor-graph.ts";

/** Nodes and edges as typed arrays; edge `e` joins `ids[sources[e]]` and `ids[targets[e]]`. */
export interface LayoutInput {
  ids: string[];
  sources: Uint32Array;
  targets: Uint32Array;
  /** Shared papers (or link weight) per edge. */
  weights: Float64Array;
}

/** Reads a coauthor graph into a {@link LayoutInput}; node order is `graph.nodes()` order. */
export function layoutInputFromGraph(graph: CoauthorGraph): LayoutInput {
  const ids = graph.nodes();
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  const m = graph.size;
  const sources = new Uint32Array(m);
  const targets = new Uint32Array(m);
  const weights = new Float64Array(m);
  let e = 0;
  graph.forEachEdge((_key, attributes, source, target) => {
    sources[e] = index.get(source) as number;
    targets[e] = index.get(target) as number;
    weights[e] = attributes.weight > 0 ? attributes.weight : 1;
    e++;
  });
  return { ids, sources, targets, weights };
}
