// A highlighted community in the scene: its authors and inner links stay, the rest is dimmed;
// and the community filter of filterGraph.
import { describe, expect, it } from "vitest";
import { buildCoauthorGraph, edgeKey } from "../../src/graph/coauthor-graph.ts";
import { filterGraph } from "../../src/graph/filters.ts";
import type { AuthorMetrics } from "../../src/metrics/compute-metrics.ts";
import { buildScene, type SceneInput } from "../../src/scene/build-scene.ts";
import { FIXTURE } from "../graph/fixture.ts";
import { sceneEdgeList } from "../../src/scene/scene-edges.ts";
import { authorTableFromRecord } from "../../src/metrics/author-table.ts";

// Edges: A–B, A–C, B–C, C–D, D–E, F–G. Community 0 = {A, B, C}, 1 = {D, E}, 2 = {F, G}.
const graph = buildCoauthorGraph(FIXTURE);
const community: Record<string, number> = { A: 0, B: 0, C: 0, D: 1, E: 1, F: 2, G: 2 };
const metrics: Record<string, AuthorMetrics> = {};
"ABCDEFG".split("").forEach((id, i) => {
  metrics[id] = {
    papers: graph.getNodeAttribute(id, "papers"),
    coauthors: graph.degree(id),
    strength: 0,
    betweenness: 0,
    closeness: 0,
    eigenvector: 0,
    pagerank: 7 - i,
    community: community[id],
    component: id < "F" ? 0 : 1,
  };
});
const input: SceneInput = {
  graph,
  metrics: authorTableFromRecord(metrics),
  positions: Object.fromEntries("ABCDEFG".split("").map((id, i) => [id, { x: i * 200, y: 0 }])),
  sizeMetric: "pagerank",
  transform: { x: 10, y: 50, k: 1 },
  width: 1400,
  height: 100,
};
const edgeName = (e: { source: string; target: string }) => [e.source, e.target].sort().join("–");

describe("community highlight", () => {
  it("dims the authors of other communities and every link not inside community 1", () => {
    const scene = buildScene({ ...input, selection: { community: 1 } });
    const dimmed = scene.nodes.filter((n) => n.dimmed).map((n) => n.id);
    expect(dimmed.sort()).toEqual(["A", "B", "C", "F", "G"]);
    const lit = sceneEdgeList(scene.edges)
      .filter((e) => !e.dimmed)
      .map(edgeName);
    // C–D crosses the border: dimmed; D–E is the only inner link.
    expect(lit).toEqual(["D–E"]);
    expect(scene.edges).toHaveLength(6);
  });

  it("nothing is dimmed without a highlight", () => {
    const scene = buildScene(input);
    expect(scene.nodes.some((n) => n.dimmed)).toBe(false);
    expect(sceneEdgeList(scene.edges).some((e) => e.dimmed)).toBe(false);
  });

  it("with a selected author: the author, and its coauthors inside the community", () => {
    // C's coauthors are A, B (community 0) and D (community 1); E is in 1 but no coauthor of C.
    const scene = buildScene({ ...input, selection: { community: 1, author: "C" } });
    const lit = scene.nodes.filter((n) => !n.dimmed).map((n) => n.id);
    expect(lit.sort()).toEqual(["C", "D"]);
  });
});

describe("filterGraph community", () => {
  const communityOf = (id: string) => community[id];
  it("keeps the authors of community 0 and the links among them", () => {
    const r = filterGraph(graph, { community: 0 }, { communityOf });
    expect([...r.nodes].sort()).toEqual(["A", "B", "C"]);
    expect([...r.edges].sort()).toEqual(
      [edgeKey("A", "B"), edgeKey("A", "C"), edgeKey("B", "C")].sort(),
    );
  });
  it("composes with the other filters: community 0 with 2+ papers is A, B, C; with 3+ only A", () => {
    // Papers: A 3 (p1, p2, p6), B 2, C 2.
    expect(filterGraph(graph, { community: 0, minPapers: 2 }, { communityOf }).nodes.size).toBe(3);
    expect([...filterGraph(graph, { community: 0, minPapers: 3 }, { communityOf }).nodes]).toEqual([
      "A",
    ]);
  });
});
