// Tests of the view filters on a hand-made corpus with hand-computed answers.
import { describe, expect, it } from "vitest";
import { buildCoauthorGraph } from "../../src/graph/coauthor-graph.ts";
import { filterGraph, type FilterContext } from "../../src/graph/filters.ts";
import { FIXTURE } from "./fixture.ts";

const graph = buildCoauthorGraph(FIXTURE);
const context: FilterContext = {
  paperYears: new Map(
    FIXTURE.papers.filter((p) => p.year !== undefined).map((p) => [p.id, p.year as number]),
  ),
  authorPapers: new Map(
    FIXTURE.authors.map((a) => [
      a.id,
      FIXTURE.papers.filter((p) => p.authors.includes(a.id)).map((p) => p.id),
    ]),
  ),
};
const sorted = (set: Set<string>) => [...set].sort();
const pairs = (edges: Iterable<string>) =>
  [...edges].map((e) => [graph.source(e), graph.target(e)].sort().join("-")).sort();

describe("filterGraph", () => {
  it("shows everything by default", () => {
    const { nodes, edges } = filterGraph(graph);
    expect(nodes.size).toBe(7);
    expect(pairs(edges)).toEqual(["A-B", "A-C", "B-C", "C-D", "D-E", "F-G"]);
  });

  it("hides authors with fewer papers, and their edges", () => {
    const { nodes, edges } = filterGraph(graph, { minPapers: 2 });
    expect(sorted(nodes)).toEqual(["A", "B", "C", "D"]);
    expect(pairs(edges)).toEqual(["A-B", "A-C", "B-C", "C-D"]);
  });

  it("hides collaborations with fewer shared papers, keeping the authors", () => {
    const { nodes, edges } = filterGraph(graph, { minWeight: 2 });
    expect(nodes.size).toBe(7);
    expect(pairs(edges)).toEqual(["A-B"]);
  });

  it("counts only papers in the year range, keeping undated ones by default", () => {
    // p5 (no year) keeps F and G and their link.
    const { nodes, edges } = filterGraph(graph, { yearFrom: 2020, yearTo: 2021 }, context);
    expect(sorted(nodes)).toEqual(["A", "B", "C", "D", "F", "G"]);
    expect(pairs(edges)).toEqual(["A-B", "C-D", "F-G"]);
    const from2021 = filterGraph(graph, { yearFrom: 2021, minPapers: 1 }, context);
    expect(sorted(from2021.nodes)).toEqual(["C", "D", "E", "F", "G"]);
  });

  it("drops undated papers when told to", () => {
    const options = { yearFrom: 2020, yearTo: 2021, includeUndated: false };
    const { nodes, edges } = filterGraph(graph, options, context);
    expect(sorted(nodes)).toEqual(["A", "B", "C", "D"]);
    expect(pairs(edges)).toEqual(["A-B", "C-D"]);
  });

  it("reads an inverted range as the same range", () => {
    const inverted = filterGraph(graph, { yearFrom: 2021, yearTo: 2020 }, context);
    const upright = filterGraph(graph, { yearFrom: 2020, yearTo: 2021 }, context);
    expect(sorted(inverted.nodes)).toEqual(sorted(upright.nodes));
    expect(pairs(inverted.edges)).toEqual(pairs(upright.edges));
  });

  it("needs years to filter by years", () => {
    expect(() => filterGraph(graph, { yearFrom: 2020 })).toThrow(/coauthor-atlas\/graph/);
  });

  it("keeps the largest component only", () => {
    const { nodes, edges } = filterGraph(graph, { largestComponent: true });
    expect(sorted(nodes)).toEqual(["A", "B", "C", "D", "E"]);
    expect(edges.size).toBe(5);
  });

  it("keeps the ego network within k hops", () => {
    expect(sorted(filterGraph(graph, { egoCenter: "E", egoHops: 1 }).nodes)).toEqual(["D", "E"]);
    expect(sorted(filterGraph(graph, { egoCenter: "E", egoHops: 2 }).nodes)).toEqual([
      "C",
      "D",
      "E",
    ]);
  });

  it("keeps the ego center even when another filter hid it", () => {
    const { nodes, edges } = filterGraph(graph, { minPapers: 2, egoCenter: "E", egoHops: 2 });
    expect(sorted(nodes)).toEqual(["C", "D", "E"]);
    expect(pairs(edges)).toEqual(["C-D", "D-E"]);
  });

  it("keeps the top N by score, ties in graph order", () => {
    const { nodes, edges } = filterGraph(graph, { topN: 2 });
    expect(sorted(nodes)).toEqual(["A", "B"]);
    expect(pairs(edges)).toEqual(["A-B"]);
    const byDegree = filterGraph(graph, { topN: 1 }, { score: (id) => graph.degree(id) });
    expect(sorted(byDegree.nodes)).toEqual(["C"]);
  });

  // Degrees in the whole fixture: A 2, B 2, C 3, D 2, E 1, F 1, G 1.
  it("hides authors with fewer coauthors, counted in one pass", () => {
    const two = filterGraph(graph, { minDegree: 2 });
    // D keeps its place although E (its second coauthor) goes: one pass, as Gephi's degree range.
    expect(sorted(two.nodes)).toEqual(["A", "B", "C", "D"]);
    expect(pairs(two.edges)).toEqual(["A-B", "A-C", "B-C", "C-D"]);
    const three = filterGraph(graph, { minDegree: 3 });
    expect(sorted(three.nodes)).toEqual(["C"]);
    expect(three.edges.size).toBe(0);
    expect(filterGraph(graph, { minDegree: 0 }).nodes.size).toBe(7);
  });

  it("counts degree after the shared-papers and year filters", () => {
    // With links of 2+ shared papers only A–B is left: C (degree 3 in the whole) has none.
    const { nodes, edges } = filterGraph(graph, { minWeight: 2, minDegree: 1 });
    expect(sorted(nodes)).toEqual(["A", "B"]);
    expect(pairs(edges)).toEqual(["A-B"]);
    // From 2021 (p3, p4, undated p5): edges C–D, D–E, F–G; only D has two coauthors.
    const recent = filterGraph(graph, { yearFrom: 2021, minDegree: 2 }, context);
    expect(sorted(recent.nodes)).toEqual(["D"]);
    expect(recent.edges.size).toBe(0);
  });

  it("hides components smaller than the minimum size", () => {
    const three = filterGraph(graph, { minComponent: 3 });
    expect(sorted(three.nodes)).toEqual(["A", "B", "C", "D", "E"]);
    expect(three.edges.size).toBe(5);
    expect(filterGraph(graph, { minComponent: 2 }).nodes.size).toBe(7);
    expect(filterGraph(graph, { minComponent: 6 }).nodes.size).toBe(0);
    // Links of 2+ papers: {A, B} and five authors alone.
    const paired = filterGraph(graph, { minWeight: 2, minComponent: 2 });
    expect(sorted(paired.nodes)).toEqual(["A", "B"]);
    const recent = filterGraph(graph, { yearFrom: 2021, minComponent: 3 }, context);
    expect(sorted(recent.nodes)).toEqual(["C", "D", "E"]);
    expect(pairs(recent.edges)).toEqual(["C-D", "D-E"]);
  });

  it("sizes components after the minimum degree", () => {
    // Degree 2+: A B C D, one component of 4.
    expect(sorted(filterGraph(graph, { minDegree: 2, minComponent: 4 }).nodes)).toEqual([
      "A",
      "B",
      "C",
      "D",
    ]);
    expect(filterGraph(graph, { minDegree: 2, minComponent: 5 }).nodes.size).toBe(0);
    // The ego network is taken within what the two leave: E is gone, so D's 1 hop is C and D.
    const ego = filterGraph(graph, { minDegree: 2, egoCenter: "D", egoHops: 1 });
    expect(sorted(ego.nodes)).toEqual(["C", "D"]);
  });
});
