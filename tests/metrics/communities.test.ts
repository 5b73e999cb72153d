// Louvain communities: seeded determinism, largest-first numbering, and modularity by hand.
import { describe, expect, it } from "vitest";
import { louvainCommunities, modularity } from "../../src/metrics/communities.ts";
import { computeMetrics } from "../../src/metrics/compute-metrics.ts";
import { toCsr } from "../../src/metrics/csr.ts";
import { graphFrom, readFixture } from "./helpers.ts";
import { authorMetricsRecord } from "../../src/metrics/author-table.ts";

function clique(names: string[]): [string, string][] {
  const edges: [string, string][] = [];
  for (let i = 0; i < names.length; i++)
    for (let j = i + 1; j < names.length; j++) edges.push([names[i], names[j]]);
  return edges;
}

describe("modularity", () => {
  it("two triangles joined by a bridge: 2·(3/7 − (7/14)²) = 5/14", () => {
    // m = 7 edges; each triangle holds 3 of them and degree sum 2+2+3 = 7 of 2m = 14.
    const graph = graphFrom(
      ["a", "b", "c", "x", "y", "z"],
      [...clique(["a", "b", "c"]), ...clique(["x", "y", "z"]), ["c", "x"]],
    );
    const csr = toCsr(graph);
    expect(modularity(csr, Int32Array.from([0, 0, 0, 1, 1, 1]))).toBeCloseTo(5 / 14, 12);
    // One community: 7/7 − 1² = 0.
    expect(modularity(csr, new Int32Array(6))).toBeCloseTo(0, 12);
    // Louvain finds the two triangles.
    expect(louvainCommunities(graph, csr).modularity).toBeCloseTo(5 / 14, 12);
  });

  it("weights count: a weight-3 edge inside a community of the same bridge graph", () => {
    // Edge a–b weighs 3: W = 9, triangle abc holds 5 with strength 4+4+3 = 11 (of 2W = 18),
    // xyz holds 3 with strength 7. Q = 5/9 − (11/18)² + 3/9 − (7/18)² = 8/9 − 170/324.
    const graph = graphFrom(
      ["a", "b", "c", "x", "y", "z"],
      [["a", "b", 3], ["a", "c"], ["b", "c"], ...clique(["x", "y", "z"]), ["c", "x"]],
    );
    expect(modularity(toCsr(graph), Int32Array.from([0, 0, 0, 1, 1, 1]))).toBeCloseTo(
      8 / 9 - 170 / 324,
      12,
    );
  });
});

describe("louvainCommunities", () => {
  it("numbers the largest community 0 even when its nodes come last", () => {
    // K3 {p, q, r} first in graph order, K5 {a…e} after, one bridge: Q = 13/14 − (21² + 7²)/28².
    const graph = graphFrom(
      ["p", "q", "r", "a", "b", "c", "d", "e"],
      [...clique(["p", "q", "r"]), ...clique(["a", "b", "c", "d", "e"]), ["r", "a"]],
    );
    const result = louvainCommunities(graph, toCsr(graph));
    expect(Array.from(result.community)).toEqual([1, 1, 1, 0, 0, 0, 0, 0]);
    expect(result.sizes).toEqual([5, 3]);
    expect(result.modularity).toBeCloseTo(13 / 14 - (21 * 21 + 7 * 7) / (28 * 28), 12);
  });

  it("equal sizes: the community holding the earlier node comes first", () => {
    const graph = graphFrom(
      ["x", "a", "y", "b", "z", "c"],
      [...clique(["a", "b", "c"]), ...clique(["x", "y", "z"]), ["c", "x"]],
    );
    const result = louvainCommunities(graph, toCsr(graph));
    expect(Array.from(result.community)).toEqual([0, 1, 0, 1, 0, 1]);
  });

  it("same graph, same seed: identical communities (and in computeMetrics)", () => {
    const fixture = readFixture("corpus-2k.json");
    const first = computeMetrics(graphFrom(fixture.nodes, fixture.edges));
    const second = computeMetrics(graphFrom(fixture.nodes, fixture.edges));
    const communities = (r: typeof first) =>
      Object.fromEntries(
        Object.entries(authorMetricsRecord(r.authors)).map(([id, m]) => [id, m.community]),
      );
    expect(communities(second)).toEqual(communities(first));
    expect(second.summary.modularity).toBe(first.summary.modularity);
    expect(first.summary.communities).toBeGreaterThan(5);
    // Sizes are non-increasing in community index.
    const sizes = new Array<number>(first.summary.communities).fill(0);
    for (const c of first.authors.columns.community) sizes[c]++;
    for (let c = 1; c < sizes.length; c++) expect(sizes[c]).toBeLessThanOrEqual(sizes[c - 1]);
  });

  it("the reported modularity is the modularity of the returned partition", () => {
    const fixture = readFixture("corpus-2k.json");
    const graph = graphFrom(fixture.nodes, fixture.edges);
    const csr = toCsr(graph);
    const result = louvainCommunities(graph, csr, { seed: 5 });
    expect(result.modularity).toBe(modularity(csr, result.community));
    // A lab-structured corpus is strongly modular.
    expect(result.modularity).toBeGreaterThan(0.5);
  });
});
