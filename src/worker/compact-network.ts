// The coauthor graph as typed arrays: cheap to post from the worker and to rebuild on the page.
import Graph from "graphology";
import {
  edgeKey,
  networkNodeAttributes,
  type CoauthorEdge,
  type CoauthorGraph,
} from "../graph/coauthor-graph.ts";
import type { Corpus } from "../model/types.ts";

/**
 * A coauthor graph whose nodes are the pipeline's `ids` (graph order). Edge `e` joins
 * `ids[sources[e]]` and `ids[targets[e]]`; its papers are
 * `corpus.papers[paperIndex[paperOffsets[e] .. paperOffsets[e + 1]]]`.
 */
export interface CompactNetwork {
  /** Papers per node (the node's `papers` attribute). */
  nodePapers: Int32Array;
  /** 1 for a profile owner. */
  owners: Uint8Array;
  sources: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  paperOffsets: Int32Array;
  paperIndex: Int32Array;
}

/** Reads `graph` (nodes in `graph.nodes()` order) into a {@link CompactNetwork}. */
export function compactNetwork(graph: CoauthorGraph, corpus: Corpus): CompactNetwork {
  const index = new Map<string, number>();
  graph.forEachNode((id) => index.set(id, index.size));
  const paperIndexOf = new Map<string, number>();
  corpus.papers.forEach((p, i) => paperIndexOf.set(p.id, i));
  const n = graph.order;
  const m = graph.size;
  const nodePapers = new Int32Array(n);
  const owners = new Uint8Array(n);
  graph.forEachNode((id, a) => {
    const i = index.get(id) as number;
    nodePapers[i] = a.papers;
    owners[i] = a.owner ? 1 : 0;
  });
  const sources = new Int32Array(m);
  const targets = new Int32Array(m);
  const weights = new Float64Array(m);
  const paperOffsets = new Int32Array(m + 1);
  let total = 0;
  graph.forEachEdge((_key, a) => (total += a.papers.length));
  const paperIndex = new Int32Array(total);
  let e = 0;
  let k = 0;
  graph.forEachEdge((_key, a, source, target) => {
    sources[e] = index.get(source) as number;
    targets[e] = index.get(target) as number;
    weights[e] = a.weight;
    for (const id of a.papers) paperIndex[k++] = paperIndexOf.get(id) ?? -1;
    paperOffsets[++e] = k;
  });
  return { nodePapers, owners, sources, targets, weights, paperOffsets, paperIndex };
}

/** The buffers of a network, for a transfer list. */
export function networkBuffers(network: CompactNetwork): ArrayBuffer[] {
  return [
    network.nodePapers,
    network.owners,
    network.sources,
    network.targets,
    network.weights,
    network.paperOffsets,
    network.paperIndex,
  ].map((a) => a.buffer as ArrayBuffer);
}

/** Edges added between two pauses when a graph is rebuilt step by step. */
export const DEFAULT_EDGE_CHUNK = 5000;

/**
 * Rebuilds the graphology graph of a {@link CompactNetwork} step by step: yields every `chunk`
 * edges (a caller may pause there) and returns the graph, equal to the worker's (same node and edge
 * order, keys and attributes).
 */
export function* expandNetworkSteps(
  network: CompactNetwork,
  ids: readonly string[],
  corpus: Corpus,
  chunk = DEFAULT_EDGE_CHUNK,
): Generator<void, CoauthorGraph> {
  const graph: CoauthorGraph = new Graph({
    type: "undirected",
    multi: false,
    allowSelfLoops: false,
  });
  const names = new Map(corpus.authors.map((a) => [a.id, a.name]));
  ids.forEach((id, i) =>
    graph.addNode(id, {
      name: names.get(id) ?? id,
      owner: network.owners[i] === 1,
      ...networkNodeAttributes(corpus.networkAuthors?.[id], network.nodePapers[i]),
    }),
  );
  const { sources, targets, weights } = network;
  const Edge = networkEdgeClass(network, corpus);
  for (let e = 0; e < sources.length; e++) {
    if (e > 0 && e % chunk === 0) yield;
    const source = ids[sources[e]];
    const target = ids[targets[e]];
    graph.addEdgeWithKey(edgeKey(source, target), source, target, new Edge(weights[e], e));
  }
  return graph;
}

/**
 * Edge attributes over a {@link CompactNetwork}: the weight, and the edge's index, from which
 * `papers` is read when asked for (a fresh array each time). A 300k-edge graph then holds no
 * paper array per edge: the page's heap, and its collector's pauses, stay smaller.
 */
function networkEdgeClass(network: CompactNetwork, corpus: Corpus) {
  const { paperOffsets, paperIndex } = network;
  const papers = corpus.papers;
  return class NetworkEdge implements CoauthorEdge {
    constructor(
      public weight: number,
      private readonly edge: number,
    ) {}

    get papers(): string[] {
      const list: string[] = [];
      for (let k = paperOffsets[this.edge]; k < paperOffsets[this.edge + 1]; k++) {
        const p = papers[paperIndex[k]];
        if (p) list.push(p.id);
      }
      return list;
    }
  };
}

/** Rebuilds the graphology graph of a {@link CompactNetwork} in one go. */
export function expandNetwork(
  network: CompactNetwork,
  ids: readonly string[],
  corpus: Corpus,
): CoauthorGraph {
  const steps = expandNetworkSteps(network, ids, corpus);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
