import { describe, expect, it } from "vitest";
import { buildAuthorPaperGraph } from "../../src/graph/author-paper-graph.ts";
import type { Corpus } from "../../src/model/types.ts";

const corpus: Corpus = {
  papers: [
    { id: "p1", title: "One", year: 2020, authors: ["a", "b"], file: "f", line: 2 },
    { id: "p2", title: "Two", authors: ["b", "c", "a"], file: "f", line: 5 },
    { id: "p3", title: "Solo", authors: ["c"], file: "f", line: 8 },
  ],
  authors: [
    { id: "a", name: "Ann A", variants: [] },
    { id: "b", name: "Bob B", variants: [] },
    { id: "c", name: "Cy C", variants: [] },
  ],
  links: [],
  owners: [],
  files: [{ file: "f", format: "profile" }],
  warnings: [],
};

describe("buildAuthorPaperGraph", () => {
  const graph = buildAuthorPaperGraph(corpus);

  it("has one node per author and per paper and one edge per authorship", () => {
    expect(graph.order).toBe(6);
    expect(graph.size).toBe(6); // 2 + 3 + 1 authorships
    expect(graph.getNodeAttributes("a:b")).toEqual({ kind: "author", name: "Bob B" });
    expect(graph.getNodeAttributes("p:p1")).toEqual({ kind: "paper", title: "One", year: 2020 });
  });

  it("is bipartite: every edge joins an author and a paper, with the byline position", () => {
    graph.forEachEdge((_e, attrs, source, target) => {
      expect(source.startsWith("a:")).toBe(true);
      expect(target.startsWith("p:")).toBe(true);
      expect(attrs.kind).toBe("authored");
    });
    expect(graph.getEdgeAttributes(graph.edge("a:a", "p:p2")!).position).toBe(2);
    expect(graph.neighbors("a:c").sort()).toEqual(["p:p2", "p:p3"]);
    expect(graph.degree("p:p2")).toBe(3);
  });
});
