// Tests of the shortest collaboration path and shared papers.
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { buildCoauthorGraph, type CoauthorGraphology } from "../../src/graph/coauthor-graph.ts";
import { collaborationPath, sharedPapers } from "../../src/graph/paths.ts";
import { FIXTURE } from "./fixture.ts";

const graph = buildCoauthorGraph(FIXTURE);

describe("collaborationPath", () => {
  it("returns the direct collaboration with its papers", () => {
    expect(collaborationPath(graph, "A", "B")).toEqual({
      nodes: ["A", "B"],
      hops: [{ source: "A", target: "B", papers: ["p1", "p2"], weight: 2 }],
    });
  });

  it("walks the fewest hops, each with the papers that make it", () => {
    const path = collaborationPath(graph, "A", "E");
    expect(path?.nodes).toEqual(["A", "C", "D", "E"]);
    expect(path?.hops.map((hop) => hop.papers)).toEqual([["p1"], ["p3"], ["p4"]]);
  });

  it("returns null across components, for unknown authors, and around forbidden ones", () => {
    expect(collaborationPath(graph, "A", "F")).toBeNull();
    expect(collaborationPath(graph, "A", "nobody")).toBeNull();
    expect(collaborationPath(graph, "A", "E", { allowed: (id) => id !== "C" })).toBeNull();
  });

  it("prefers the stronger collaboration among equally short paths", () => {
    const g: CoauthorGraphology = new Graph({ type: "undirected" });
    for (const id of ["x", "y1", "y2", "z"]) g.addNode(id, { name: id, papers: 1, owner: false });
    g.addEdge("x", "y1", { weight: 1, papers: ["a"] });
    g.addEdge("y1", "z", { weight: 1, papers: ["b"] });
    g.addEdge("x", "y2", { weight: 3, papers: ["c", "d", "e"] });
    g.addEdge("y2", "z", { weight: 1, papers: ["f"] });
    expect(collaborationPath(g, "x", "z")?.nodes).toEqual(["x", "y2", "z"]);
  });
});

describe("sharedPapers", () => {
  it("intersects in the order of the first list", () => {
    expect(sharedPapers(["p3", "p1", "p2"], ["p2", "p3", "p9"])).toEqual(["p3", "p2"]);
    expect(sharedPapers(["p1"], [])).toEqual([]);
  });
});
