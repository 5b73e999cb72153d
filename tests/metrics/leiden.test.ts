// Leiden against hand-computed partitions and python-igraph 0.10's community_leiden on the corpora.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildCoauthorGraph } from "../../src/graph/coauthor-graph.ts";
import { modularity } from "../../src/metrics/communities.ts";
import { detectCommunities } from "../../src/metrics/community-method.ts";
import { computeMetrics } from "../../src/metrics/compute-metrics.ts";
import { toCsr, type Csr } from "../../src/metrics/csr.ts";
import { leidenCommunities, splitDisconnected } from "../../src/metrics/leiden.ts";
import { buildCorpus } from "../../src/parse/corpus.ts";
import { parseFile } from "../../src/parse/detect.ts";
import { graphFrom, sharedCorpus } from "./helpers.ts";
import { authorMetricsRecord } from "../../src/metrics/author-table.ts";

function clique(names: string[]): [string, string][] {
  const edges: [string, string][] = [];
  for (let i = 0; i < names.length; i++)
    for (let j = i + 1; j < names.length; j++) edges.push([names[i], names[j]]);
  return edges;
}

/** True when every community induces a connected subgraph (BFS inside each community). */
function everyCommunityConnected(csr: Csr, community: Int32Array): boolean {
  const n = community.length;
  const seen = new Uint8Array(n);
  const started = new Set<number>();
  for (let s = 0; s < n; s++) {
    if (seen[s]) continue;
    if (started.has(community[s])) return false; // a second piece of a community already met
    started.add(community[s]);
    const stack = [s];
    seen[s] = 1;
    while (stack.length) {
      const v = stack.pop() as number;
      for (let e = csr.offsets[v]; e < csr.offsets[v + 1]; e++) {
        const u = csr.targets[e];
        if (!seen[u] && community[u] === community[s]) {
          seen[u] = 1;
          stack.push(u);
        }
      }
    }
  }
  return true;
}

const samePartition = (a: Int32Array, b: number[]) => {
  // Same grouping whatever the ids.
  const map = new Map<number, number>();
  return b.every((x, i) => {
    if (!map.has(a[i])) map.set(a[i], x);
    return map.get(a[i]) === x;
  });
};

describe("leidenCommunities on hand-made graphs", () => {
  it("two triangles joined by a bridge: the triangles, Q = 5/14", () => {
    const graph = graphFrom(
      ["a", "b", "c", "x", "y", "z"],
      [...clique(["a", "b", "c"]), ...clique(["x", "y", "z"]), ["c", "x"]],
    );
    const csr = toCsr(graph);
    const community = leidenCommunities(csr);
    expect(samePartition(community, [0, 0, 0, 1, 1, 1])).toBe(true);
    expect(new Set(community).size).toBe(2);
    expect(modularity(csr, community)).toBeCloseTo(5 / 14, 12);
  });

  it("a ring of six 5-cliques: one community per clique, Q = 60/66 − 1/6 by hand", () => {
    // Each clique: 10 inner edges; 6 ring edges; W = 66. A clique's strength: 2·10 + 2 = 22.
    // Q = 6·[10/66 − (22/132)²] = 60/66 − 6/36.
    const names: string[] = [];
    const edges: [string, string][] = [];
    for (let c = 0; c < 6; c++) {
      const members = [0, 1, 2, 3, 4].map((i) => `c${c}n${i}`);
      names.push(...members);
      edges.push(...clique(members));
      edges.push([`c${c}n4`, `c${(c + 1) % 6}n0`]);
    }
    const csr = toCsr(graphFrom(names, edges));
    const community = leidenCommunities(csr, { seed: 7 });
    expect(
      samePartition(
        community,
        names.map((n) => Number(n[1])),
      ),
    ).toBe(true);
    expect(modularity(csr, community)).toBeCloseTo(60 / 66 - 6 / 36, 12);
  });

  it("resolution γ: γ = 0 puts each component in one community; a huge γ leaves singletons", () => {
    const graph = graphFrom(
      ["a", "b", "c", "x", "y", "z", "lone"],
      [...clique(["a", "b", "c"]), ...clique(["x", "y", "z"]), ["c", "x"]],
    );
    const csr = toCsr(graph);
    expect(samePartition(leidenCommunities(csr, { resolution: 0 }), [0, 0, 0, 0, 0, 0, 1])).toBe(
      true,
    );
    // γ = 100: joining even a neighbour costs more than the edge brings (1 − 100·2·2/14 < 0).
    expect(new Set(leidenCommunities(csr, { resolution: 100 })).size).toBe(7);
  });

  it("is deterministic for a seed and keeps isolated nodes and edgeless graphs as singletons", () => {
    const csr = toCsr(graphFrom(["p", "q", "r"], []));
    expect([...leidenCommunities(csr)]).toEqual([0, 1, 2]);
    const edges = clique(["a", "b", "c", "d"]).concat(clique(["d", "e", "f", "g"]));
    const g = toCsr(graphFrom(["a", "b", "c", "d", "e", "f", "g"], edges));
    expect([...leidenCommunities(g, { seed: 3 })]).toEqual([...leidenCommunities(g, { seed: 3 })]);
  });

  it("rejects a negative resolution with the module's message", () => {
    const csr = toCsr(graphFrom(["a"], []));
    expect(() => leidenCommunities(csr, { resolution: -1 })).toThrow(/coauthor-atlas\/metrics/);
  });

  it("splitDisconnected splits a community in two pieces", () => {
    const csr = toCsr(
      graphFrom(
        ["a", "b", "c", "d"],
        [
          ["a", "b"],
          ["c", "d"],
        ],
      ),
    );
    const community = Int32Array.from([0, 0, 0, 0]);
    expect(splitDisconnected(csr, community)).toBe(2);
    expect([...community]).toEqual([0, 0, 1, 1]);
  });
});

describe("detectCommunities", () => {
  it("takes a network file's clusters under auto, renumbered largest first", () => {
    const graph = graphFrom(["a", "b", "c"], [["a", "b"]]);
    graph.setNodeAttribute("a", "cluster", 5);
    graph.setNodeAttribute("b", "cluster", 2);
    graph.setNodeAttribute("c", "cluster", 2);
    const csr = toCsr(graph);
    const auto = detectCommunities(graph, csr);
    expect(auto.method).toBe("file");
    expect([...auto.community]).toEqual([1, 0, 0]);
    expect(detectCommunities(graph, csr, { method: "leiden" }).method).toBe("leiden");
    graph.removeNodeAttribute("c", "cluster");
    expect(detectCommunities(graph, csr).method).toBe("louvain");
    expect(() => detectCommunities(graph, csr, { method: "file" })).toThrow(/cluster/);
  });

  it("is the metrics option `communities`, named in the summary", () => {
    const graph = graphFrom(
      ["a", "b", "c", "x", "y", "z"],
      [...clique(["a", "b", "c"]), ...clique(["x", "y", "z"]), ["c", "x"]],
    );
    const metrics = computeMetrics(graph, { communities: "leiden" });
    expect(metrics.summary.communityMethod).toBe("leiden");
    expect(metrics.summary.modularity).toBeCloseTo(5 / 14, 12);
    const authors = authorMetricsRecord(metrics.authors);
    expect(authors.a.community).toBe(authors.c.community);
    expect(authors.a.community).not.toBe(authors.x.community);
  });
});

interface IgraphRuns {
  modularity: number[];
  mean: number;
  best: number;
  communities: number[];
}

interface LeidenFixture {
  igraph: string;
  corpora: Record<
    string,
    {
      nodes: number;
      edges: number;
      totalWeight: number;
      runs: Record<string, { nIterations2: IgraphRuns; untilStable: IgraphRuns }>;
    }
  >;
}

// tests/fixtures/igraph/make-leiden-fixtures.py wrote these with python-igraph 0.10.2.
const fixture = JSON.parse(
  readFileSync(new URL("../fixtures/igraph/leiden-corpora.json", import.meta.url), "utf8"),
) as LeidenFixture;

describe("Leiden on the real corpora, against igraph's community_leiden (modularity)", () => {
  for (const [file, reference] of Object.entries(fixture.corpora))
    it(`${file}: modularity within 0.01 of igraph's mean (or better), every community connected`, () => {
      const path = sharedCorpus(file);
      if (path === null) return;
      const corpus = buildCorpus([parseFile(readFileSync(path, "utf8"), file)]);
      const graph = buildCoauthorGraph(corpus);
      const csr = toCsr(graph);
      // The same graph igraph was given.
      expect(graph.order).toBe(reference.nodes);
      expect(graph.size).toBe(reference.edges);
      let total = 0;
      graph.forEachEdge((_e, a) => (total += a.weight));
      expect(total).toBeCloseTo(reference.totalWeight, 4);
      for (const [gamma, runs] of Object.entries(reference.runs)) {
        const resolution = Number(gamma);
        const community = leidenCommunities(csr, { resolution, seed: 1 });
        const q = modularity(csr, community, resolution);
        expect(q, `γ = ${gamma}`).toBeGreaterThanOrEqual(runs.nIterations2.mean - 0.01);
        expect(q, `γ = ${gamma}`).toBeGreaterThanOrEqual(runs.untilStable.mean - 0.01);
        expect(everyCommunityConnected(csr, community)).toBe(true);
      }
    });

  it("reads igraph's values (guards against an empty fixture)", () => {
    expect(Object.keys(fixture.corpora).length).toBeGreaterThanOrEqual(7);
    expect(fixture.corpora["netscience.gml"].runs["1"].untilStable.mean).toBeGreaterThan(0.95);
  });
});
