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
const pairs = (edges: Set<string>) =>
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
});
