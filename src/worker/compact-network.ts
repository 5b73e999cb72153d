// The coauthor graph as typed arrays: cheap to post from the worker, and the page's graph over them.
import {
  networkNodeAttributes,
  type CoauthorGraphology,
  type CoauthorNode,
} from "../graph/coauthor-graph.ts";
import { IndexedCoauthorGraph } from "../graph/indexed-coauthor-graph.ts";
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
export function compactNetwork(graph: CoauthorGraphology, corpus: Corpus): CompactNetwork {
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

/**
 * The page's graph of a {@link CompactNetwork}: answers as the worker's graphology graph does
 * (same nodes, edges, order, keys and attributes) over the network's arrays.
 */
export function indexedGraphOf(
  network: CompactNetwork,
  ids: readonly string[],
  corpus: Corpus,
): IndexedCoauthorGraph {
  const names = new Map(corpus.authors.map((a) => [a.id, a.name]));
  const nodes = ids.map((id, i): CoauthorNode => ({
    name: names.get(id) ?? id,
    owner: network.owners[i] === 1,
    ...networkNodeAttributes(corpus.networkAuthors?.[id], network.nodePapers[i]),
  }));
  return new IndexedCoauthorGraph({
    ids,
    nodes,
    sources: network.sources,
    targets: network.targets,
    weights: network.weights,
    paperOffsets: network.paperOffsets,
    paperIndex: network.paperIndex,
    paperIds: corpus.papers.map((p) => p.id),
  });
}
