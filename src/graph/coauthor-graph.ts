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

export type CoauthorGraph = Graph<CoauthorNode, CoauthorEdge>;

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
): CoauthorGraph {
  const { counting, maxAuthors } = { ...DEFAULT_PROJECTION_OPTIONS, ...options };
  const graph: CoauthorGraph = new Graph({
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
