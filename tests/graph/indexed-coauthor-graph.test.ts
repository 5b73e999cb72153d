// The page's index-based graph answers every read as the graphology graph it stands for.
import { readFileSync } from "node:fs";
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import {
  buildCoauthorGraph,
  edgeKey,
  type CoauthorEdge,
  type CoauthorGraph,
  type CoauthorNode,
} from "../../src/graph/coauthor-graph.ts";
import { filterGraph, type FilterOptions } from "../../src/graph/filters.ts";
import { IndexedCoauthorGraph } from "../../src/graph/indexed-coauthor-graph.ts";
import { newInPeriod, timelineIndex } from "../../src/graph/timeline.ts";
import type { Corpus } from "../../src/model/types.ts";
import { buildCorpus } from "../../src/parse/corpus.ts";
import { parseFile } from "../../src/parse/detect.ts";
import { compactNetwork, indexedGraphOf } from "../../src/worker/compact-network.ts";
import { sharedCorpus } from "../metrics/helpers.ts";

const node = (name: string): CoauthorNode => ({ name, papers: 1, owner: false });

/** Edges 0: b–a, 1: a–c, 2: c–d, 3: d–b (sources as given), papers by index. */
function square(): IndexedCoauthorGraph {
  return new IndexedCoauthorGraph({
    ids: ["a", "b", "c", "d"],
    nodes: ["A", "B", "C", "D"].map(node),
    sources: Int32Array.from([1, 0, 2, 3]),
    targets: Int32Array.from([0, 2, 3, 1]),
    weights: Float64Array.from([2, 1, 1, 0.5]),
    paperOffsets: Int32Array.from([0, 2, 3, 3, 4]),
    paperIndex: Int32Array.from([0, 1, 1, -1]),
    paperIds: ["p0", "p1"],
  });
}

describe("IndexedCoauthorGraph, by hand", () => {
  const g = square();

  it("finds edges by either order of their ends, keyed as edgeKey", () => {
    expect(g.order).toBe(4);
    expect(g.size).toBe(4);
    expect(g.edge("a", "b")).toBe("a\u0000b");
    expect(g.edge("b", "a")).toBe("a\u0000b");
    expect(g.edge("b", "d")).toBe("b\u0000d");
    expect(g.edge("a", "d")).toBeUndefined();
    expect(g.edge("a", "zz")).toBeUndefined();
    expect(g.hasEdge("c", "a")).toBe(true);
    expect(g.hasEdge("b", "c")).toBe(false);
  });

  it("keeps each edge's ends as given, its weight and its papers (skipping unknown indices)", () => {
    expect(g.source("a\u0000b")).toBe("b");
    expect(g.target("a\u0000b")).toBe("a");
    expect(g.source("b\u0000d")).toBe("d");
    const ab = g.getEdgeAttributes("a\u0000b");
    expect([ab.weight, ab.papers]).toEqual([2, ["p0", "p1"]]);
    expect(g.getEdgeAttribute("a", "c", "papers")).toEqual(["p1"]);
    expect(g.getEdgeAttribute("c\u0000d", "weight")).toBe(1);
    expect(g.getEdgeAttributes("b\u0000d").papers).toEqual([]);
    expect(() => g.source("a\u0000d")).toThrow(/no such collaboration/);
    expect(() => g.getNodeAttributes("zz")).toThrow(/no author "zz"/);
  });

  it("visits all edges in edge order and an author's edges in edge order", () => {
    expect(g.mapEdges((e, _a, s, t) => `${e.replace("\u0000", "-")}:${s}${t}`)).toEqual([
      "a-b:ba",
      "a-c:ac",
      "c-d:cd",
      "b-d:db",
    ]);
    const ofB: string[] = [];
    g.forEachEdge("b", (e) => ofB.push(e));
    expect(ofB).toEqual(["a\u0000b", "b\u0000d"]);
    const near: string[] = [];
    g.forEachNeighbor("c", (id, a) => near.push(`${id}${a.name}`));
    expect(near).toEqual(["aA", "dD"]);
    expect([...g.edgeEntries()].map((x) => x.source)).toEqual(["b", "a", "c", "d"]);
    expect(g.filterNodes((id) => id !== "b")).toEqual(["a", "c", "d"]);
  });

  it("has edge sets that behave as a Set of keys, made of this graph's edges only", () => {
    const set = g.createEdgeKeySet();
    expect(set.size).toBe(0);
    set.add("c\u0000d");
    set.add(edgeKey("a", "b"));
    set.add("a\u0000b");
    expect(set.size).toBe(2);
    // The same key built apart from the graph (no shortcut by identity).
    expect(set.has(["c", "d"].join("\u0000"))).toBe(true);
    expect(set.has("a\u0000c")).toBe(false);
    expect(set.has("a\u0000d")).toBe(false);
    expect(set.has("nonsense")).toBe(false);
    expect([...set]).toEqual(["a\u0000b", "c\u0000d"]);
    expect(set.delete("a\u0000b")).toBe(true);
    expect(set.delete("a\u0000b")).toBe(false);
    expect(set.delete("a\u0000d")).toBe(false);
    expect(set.size).toBe(1);
    expect(() => set.add("a\u0000d")).toThrow(/no such collaboration/);
  });

  it("has edge maps that behave as a Map from keys", () => {
    const map = g.createEdgeKeyMap<number>();
    map.set("b\u0000d", 7);
    map.set("a\u0000b", 3);
    map.set("b\u0000d", 8);
    expect(map.size).toBe(2);
    expect(map.get("b\u0000d")).toBe(8);
    expect(map.get("a\u0000c")).toBeUndefined();
    expect([...map]).toEqual([
      ["a\u0000b", 3],
      ["b\u0000d", 8],
    ]);
    expect([...map.values()]).toEqual([3, 8]);
    expect(map.createKeySet?.().size).toBe(0);
  });
});

/** The graphology graph of `corpus` and the page's graph over its compact network. */
function twin(corpus: Corpus): { graph: CoauthorGraph; indexed: IndexedCoauthorGraph } {
  const graph = buildCoauthorGraph(corpus);
  return { graph, indexed: indexedGraphOf(compactNetwork(graph, corpus), graph.nodes(), corpus) };
}

const sorted = (items: Iterable<string>) => [...items].sort();

function expectSameReads(graph: CoauthorGraph, indexed: CoauthorGraph): void {
  expect(indexed.order).toBe(graph.order);
  expect(indexed.size).toBe(graph.size);
  expect(indexed.nodes()).toEqual(graph.nodes());
  expect(indexed.edges()).toEqual(graph.edges());
  const dump = (g: CoauthorGraph) =>
    g.mapEdges((e, a, s, t) => [e, s, t, a.weight, a.papers, g.source(e), g.target(e)]);
  expect(dump(indexed)).toEqual(dump(graph));
  expect(indexed.mapNodes((id, a) => [id, a])).toEqual(graph.mapNodes((id, a) => [id, a]));
  const ids = graph.nodes();
  for (const id of ids) {
    const edges = (g: CoauthorGraph) => {
      const out: string[] = [];
      g.forEachEdge(id, (e, a, s, t) => out.push(`${e}|${s}|${t}|${a.weight}`));
      return out.sort();
    };
    expect(edges(indexed)).toEqual(edges(graph));
    const near = (g: CoauthorGraph) => {
      const out: string[] = [];
      g.forEachNeighbor(id, (other) => out.push(other));
      return out.sort();
    };
    expect(near(indexed)).toEqual(near(graph));
  }
  // Pairs: every edge both ways, and as many pairs that are not edges.
  let misses = 0;
  for (let i = 0; i < ids.length && misses < graph.size; i++)
    for (let j = i + 1; j < Math.min(ids.length, i + 4); j++) {
      expect(indexed.edge(ids[j], ids[i])).toBe(graph.edge(ids[j], ids[i]));
      expect(indexed.hasEdge(ids[i], ids[j])).toBe(graph.hasEdge(ids[i], ids[j]));
      if (!graph.hasEdge(ids[i], ids[j])) misses++;
    }
  expect(misses).toBeGreaterThan(0);
  graph.forEachEdge((e, a, s, t) => {
    expect(indexed.edge(t, s)).toBe(e);
    expect(indexed.getEdgeAttribute(s, t, "weight")).toBe(a.weight);
  });
}

const FILTERS: Partial<FilterOptions>[] = [
  {},
  { minPapers: 2 },
  { minWeight: 2 },
  { minDegree: 3 },
  { minComponent: 4 },
  { largestComponent: true },
  { topN: 30 },
  { yearFrom: 2005, yearTo: 2012 },
  { yearFrom: 2010, includeUndated: false, minDegree: 2 },
];

function expectSameFilters(graph: CoauthorGraph, indexed: CoauthorGraph, corpus: Corpus): void {
  const paperYears = new Map<string, number>();
  const authorPapers = new Map<string, string[]>();
  for (const p of corpus.papers) {
    if (p.year !== undefined) paperYears.set(p.id, p.year);
    for (const a of p.authors) authorPapers.set(a, [...(authorPapers.get(a) ?? []), p.id]);
  }
  const context = { paperYears, authorPapers };
  const center = graph.nodes().find((id) => graph.getNodeAttribute(id, "papers") > 3);
  for (const options of [...FILTERS, { egoCenter: center, egoHops: 2 }]) {
    const a = filterGraph(graph, options, context);
    const b = filterGraph(indexed, options, context);
    expect(sorted(b.nodes)).toEqual(sorted(a.nodes));
    expect(b.edges.size).toBe(a.edges.size);
    expect(sorted(b.edges)).toEqual(sorted(a.edges));
  }
  const ta = timelineIndex(graph, corpus.papers);
  const tb = timelineIndex(indexed, corpus.papers);
  expect(tb.newPairs).toEqual(ta.newPairs);
  expect([...tb.edgeFirst].sort()).toEqual([...ta.edgeFirst].sort());
  const period = { from: ta.years[0] ?? 0, to: (ta.years[0] ?? 0) + 5 };
  expect(sorted(newInPeriod(tb, period).edges)).toEqual(sorted(newInPeriod(ta, period).edges));
}

describe("IndexedCoauthorGraph against graphology", () => {
  it("answers as graphology for ids that are array indices (graphology puts those first)", () => {
    const graph = new Graph<CoauthorNode, CoauthorEdge>({ type: "undirected" });
    for (const id of ["z", "10", "2", "a"]) graph.addNode(id, node(id));
    const pairs = [
      ["z", "10"],
      ["10", "2"],
      ["a", "10"],
      ["2", "z"],
    ];
    for (const [s, t] of pairs)
      graph.addEdgeWithKey(edgeKey(s, t), s, t, { weight: 1, papers: [] });
    const indexed = new IndexedCoauthorGraph({
      ids: graph.nodes(),
      nodes: graph.mapNodes((_id, a) => a),
      sources: Int32Array.from(pairs, ([s]) => graph.nodes().indexOf(s)),
      targets: Int32Array.from(pairs, ([, t]) => graph.nodes().indexOf(t)),
      weights: new Float64Array(4).fill(1),
      paperOffsets: new Int32Array(5),
      paperIndex: new Int32Array(0),
      paperIds: [],
    });
    expectSameReads(graph, indexed);
  });

  const path = sharedCorpus("krr.bib");
  it.skipIf(path === null)("answers as graphology on krr.bib, and filters alike", () => {
    const corpus = buildCorpus([parseFile(readFileSync(path as string, "utf8"), "krr.bib")]);
    const { graph, indexed } = twin(corpus);
    expect(graph.size).toBeGreaterThan(1000);
    expectSameReads(graph, indexed);
    expectSameFilters(graph, indexed, corpus);
  });
});
