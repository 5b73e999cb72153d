// Corpus → bipartite author–paper graph (`authored` edges from author to paper).
import Graph from "graphology";
import type { Corpus } from "../model/types.ts";

export type BipartiteNode =
  { kind: "author"; name: string } | { kind: "paper"; title: string; year?: number };

export type AuthorPaperGraph = Graph<BipartiteNode, { kind: "authored"; position: number }>;

/** Builds the bipartite graph; node keys are `a:<author id>` and `p:<paper id>`. */
export function buildAuthorPaperGraph(corpus: Corpus): AuthorPaperGraph {
  const graph: AuthorPaperGraph = new Graph({ type: "undirected" });
  for (const author of corpus.authors)
    graph.addNode(`a:${author.id}`, { kind: "author", name: author.name });
  for (const paper of corpus.papers) {
    graph.addNode(`p:${paper.id}`, { kind: "paper", title: paper.title, year: paper.year });
    paper.authors.forEach((id, position) =>
      graph.addEdge(`a:${id}`, `p:${paper.id}`, { kind: "authored", position }),
    );
  }
  return graph;
}
