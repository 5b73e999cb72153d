// Corpus → coauthor projection: author–author edges weighted by shared papers, each knowing its papers.
import Graph from "graphology";
import type { Corpus, NetworkAuthor } from "../model/types.ts";
import { documentsOf } from "./network-nodes.ts";

export interface CoauthorNode {
  name: string;
  /**
   * Number of papers the author is on; for an author of a network file without papers, the
   * file's document count (VOSviewer's `Documents` weight), else 0.
   */
  papers: number;
  /** True for the owner of a loaded profile. */
  owner: boolean;
  /** True for an author read from a network file: no papers filter hides it. */
  network?: boolean;
  /** The network file's cluster of the author (VOSviewer `cluster`), when it gives one. */
  cluster?: number;
}

/**
 * The node attributes a network file gives an author besides its name: the `network` flag, its
 * document count as `papers` when it has no paper of its own, and its cluster.
 */
export function networkNodeAttributes(
  node: NetworkAuthor | undefined,
  papers: number,
): Pick<CoauthorNode, "papers" | "network" | "cluster"> {
  if (node === undefined) return { papers };
  const out: Pick<CoauthorNode, "papers" | "network" | "cluster"> = {
    papers: papers > 0 ? papers : (documentsOf(node) ?? 0),
    network: true,
  };
  if (node.cluster !== undefined) out.cluster = node.cluster;
  return out;
}

export interface CoauthorEdge {
  /** Full counting: number of shared papers; fractional: Σ 1/(n−1) over them (Newman 2001). */
  weight: number;
  /** Ids of the shared papers, in corpus order. */
  papers: string[];
}

/** The coauthor graph as built here (and in the worker and the CLI): a graphology graph. */
export type CoauthorGraphology = Graph<CoauthorNode, CoauthorEdge>;

/** A visit of one edge: its key, attributes and ends (graphology's edge callback, shortened). */
export type CoauthorEdgeCallback<T = void> = (
  edge: string,
  attributes: CoauthorEdge,
  source: string,
  target: string,
) => T;

/**
 * What reading a coauthor graph needs: the part of graphology's API that filters, scenes, paths
 * and exports use. A graphology graph is one; the page holds an index-based one
 * (`IndexedCoauthorGraph`) that keeps no string per edge. Edge keys are {@link edgeKey}s.
 */
export interface CoauthorGraph {
  readonly order: number;
  readonly size: number;
  nodes(): string[];
  edges(): string[];
  hasNode(id: string): boolean;
  hasEdge(a: string, b: string): boolean;
  /** Key of the edge between two authors, if any. */
  edge(a: string, b: string): string | undefined;
  source(edge: string): string;
  target(edge: string): string;
  getNodeAttributes(id: string): CoauthorNode;
  getNodeAttribute<K extends keyof CoauthorNode>(id: string, name: K): CoauthorNode[K];
  getEdgeAttributes(edge: string): CoauthorEdge;
  getEdgeAttribute<K extends keyof CoauthorEdge>(edge: string, name: K): CoauthorEdge[K];
  getEdgeAttribute<K extends keyof CoauthorEdge>(a: string, b: string, name: K): CoauthorEdge[K];
  forEachNode(callback: (id: string, attributes: CoauthorNode) => void): void;
  mapNodes<T>(callback: (id: string, attributes: CoauthorNode) => T): T[];
  filterNodes(callback: (id: string, attributes: CoauthorNode) => boolean): string[];
  forEachNeighbor(id: string, callback: (other: string, attributes: CoauthorNode) => void): void;
  forEachEdge(callback: CoauthorEdgeCallback): void;
  forEachEdge(id: string, callback: CoauthorEdgeCallback): void;
  mapEdges<T>(callback: CoauthorEdgeCallback<T>): T[];
  edgeEntries(): IterableIterator<{
    edge: string;
    attributes: CoauthorEdge;
    source: string;
    target: string;
  }>;
  /**
   * An empty set of this graph's edge keys. An index-based graph gives one that keeps a bit per
   * edge instead of a string; without it, a `Set`.
   */
  createEdgeKeySet?(): EdgeKeySet;
  /** An empty map from this graph's edge keys, of the same kind as its edge key sets. */
  createEdgeKeyMap?<V>(): EdgeKeyMap<V>;
}

/** A set of edge keys of one graph, to read (a `ReadonlySet<string>` is one). */
export interface ReadonlyEdgeKeySet extends Iterable<string> {
  readonly size: number;
  has(edge: string): boolean;
}

/** A set of edge keys of one graph (a `Set<string>` is one). */
export interface EdgeKeySet extends ReadonlyEdgeKeySet {
  add(edge: string): unknown;
  delete(edge: string): boolean;
}

/** A map from edge keys of one graph (a `Map<string, V>` is one). */
export interface EdgeKeyMap<V> extends Iterable<[string, V]> {
  readonly size: number;
  get(edge: string): V | undefined;
  set(edge: string, value: V): unknown;
  values(): Iterable<V>;
  /** An empty set of the same graph's edge keys (a `Set` when absent). */
  createKeySet?(): EdgeKeySet;
}

/** An empty set of `graph`'s edge keys: the graph's own kind when it has one. */
export function createEdgeKeySet(graph: CoauthorGraph): EdgeKeySet {
  return graph.createEdgeKeySet?.() ?? new Set<string>();
}

/** Every edge key of `graph`, as a set of its kind. */
export function allEdgeKeys(graph: CoauthorGraph): EdgeKeySet {
  const all = createEdgeKeySet(graph);
  graph.forEachEdge((edge) => all.add(edge));
  return all;
}

/** An empty map from `graph`'s edge keys: the graph's own kind when it has one. */
export function createEdgeKeyMap<V>(graph: CoauthorGraph): EdgeKeyMap<V> {
  return graph.createEdgeKeyMap?.<V>() ?? new Map<string, V>();
}

/** An empty set of the edge keys of the graph `map` is over. */
export function createKeySetLike(map: EdgeKeyMap<unknown>): EdgeKeySet {
  return map.createKeySet?.() ?? new Set<string>();
}

export interface ProjectionOptions {
  counting: "full" | "fractional";
  /** Papers with more authors than this stay in paper lists but add no edges. */
  maxAuthors: number;
}

export const DEFAULT_PROJECTION_OPTIONS: ProjectionOptions = { counting: "full", maxAuthors: 50 };

/** Key of the undirected edge between two author ids, independent of their order. */
export function edgeKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/**
 * Builds the coauthor projection of a corpus. Nodes are all authors in corpus order; an edge joins
 * two authors who share a paper (or a link from a network file, which adds its weight and no paper).
 */
export function buildCoauthorGraph(
  corpus: Corpus,
  options: Partial<ProjectionOptions> = {},
): CoauthorGraphology {
  const { counting, maxAuthors } = { ...DEFAULT_PROJECTION_OPTIONS, ...options };
  const graph: CoauthorGraphology = new Graph({
    type: "undirected",
    multi: false,
    allowSelfLoops: false,
  });
  const owners = new Set(corpus.owners);
  const paperCount = new Map<string, number>();
  for (const paper of corpus.papers)
    for (const id of paper.authors) paperCount.set(id, (paperCount.get(id) ?? 0) + 1);
  for (const author of corpus.authors)
    graph.addNode(author.id, {
      name: author.name,
      owner: owners.has(author.id),
      ...networkNodeAttributes(corpus.networkAuthors?.[author.id], paperCount.get(author.id) ?? 0),
    });

  for (const paper of corpus.papers) {
    const ids = paper.authors;
    if (ids.length < 2 || ids.length > maxAuthors) continue;
    const increment = counting === "full" ? 1 : 1 / (ids.length - 1);
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const key = edgeKey(ids[i], ids[j]);
        if (graph.hasEdge(key)) {
          const edge = graph.getEdgeAttributes(key);
          edge.weight += increment;
          edge.papers.push(paper.id);
        } else graph.addEdgeWithKey(key, ids[i], ids[j], { weight: increment, papers: [paper.id] });
      }
  }
  for (const link of corpus.links) {
    if (link.source === link.target) continue;
    const key = edgeKey(link.source, link.target);
    if (graph.hasEdge(key)) graph.getEdgeAttributes(key).weight += link.weight;
    else graph.addEdgeWithKey(key, link.source, link.target, { weight: link.weight, papers: [] });
  }
  return graph;
}
