// computeMetricsDeferred + withCentrality: the other metrics first, betweenness and closeness later.
import { describe, expect, it } from "vitest";
import { syncBrandesRunner } from "../../src/metrics/betweenness.ts";
import {
  computeMetrics,
  computeMetricsDeferred,
  withCentrality,
  withCentralitySteps,
} from "../../src/metrics/compute-metrics.ts";
import { graphFrom, maxDifference, readFixture } from "./helpers.ts";

describe.each(["corpus-2k.json", "disconnected.json"])("networkx fixture %s", (name) => {
  const fixture = readFixture(name);
  const graph = graphFrom(fixture.nodes, fixture.edges);

  it("holds 0 for betweenness and closeness, marked pending; the rest is final", () => {
    const { metrics } = computeMetricsDeferred(graph);
    const full = computeMetrics(graph);
    expect(metrics.summary.betweenness.pending).toBe(true);
    for (const [id, m] of Object.entries(metrics.authors)) {
      expect([m.betweenness, m.closeness]).toEqual([0, 0]);
      expect({ ...m, betweenness: 1, closeness: 1 }).toEqual({
        ...full.authors[id],
        betweenness: 1,
        closeness: 1,
      });
    }
    expect({ ...metrics.summary, betweenness: null }).toEqual({
      ...full.summary,
      betweenness: null,
    });
  });

  it("completed with its centrality: networkx's betweenness and closeness, computeMetrics' result", async () => {
    const deferred = computeMetricsDeferred(graph);
    const centrality = await deferred.centrality(syncBrandesRunner);
    const ids = graph.nodes();
    const completed = withCentrality(deferred.metrics, ids, centrality);
    for (const metric of ["betweenness", "closeness"] as const) {
      const actual = Object.fromEntries(ids.map((id) => [id, completed.authors[id][metric]]));
      expect(maxDifference(actual, fixture[metric]), metric).toBeLessThan(1e-6);
    }
    expect(completed).toEqual(computeMetrics(graph));
    expect(completed.summary.betweenness.pending).toBeUndefined();
    // The pending result is left as it was.
    expect(deferred.metrics.summary.betweenness.pending).toBe(true);
    expect(Object.values(deferred.metrics.authors).every((m) => m.betweenness === 0)).toBe(true);
  });
});

describe("a sampled estimate", () => {
  const fixture = readFixture("corpus-2k.json");
  const graph = graphFrom(fixture.nodes, fixture.edges);
  const options = { betweenness: "sampled" as const, samples: 200, seed: 5 };

  it("carries its summary and warning over, as computeMetrics reports them", async () => {
    const deferred = computeMetricsDeferred(graph, options);
    expect(deferred.metrics.warnings).toEqual([]);
    const centrality = await deferred.centrality(syncBrandesRunner);
    const full = computeMetrics(graph, options);
    expect(centrality.summary).toEqual(full.summary.betweenness);
    expect(centrality.summary.approximate).toBe(true);
    expect(withCentrality(deferred.metrics, graph.nodes(), centrality)).toEqual(full);
    expect(full.warnings.join("\n")).toContain("estimated from");
  });
});

describe("withCentralitySteps", () => {
  // The path a – b – c: b is on the one shortest path between a and c (networkx: 1.0);
  // closeness (n − 1) / Σ d: b 2/2 = 1, a and c 2/3.
  const graph = graphFrom(
    ["a", "b", "c"],
    [
      ["a", "b"],
      ["b", "c"],
    ],
  );

  it("yields every `chunk` authors and ends with the hand-computed values", async () => {
    const deferred = computeMetricsDeferred(graph);
    const centrality = await deferred.centrality(syncBrandesRunner);
    expect([...centrality.betweenness]).toEqual([0, 1, 0]);
    expect([...centrality.closeness].map((v) => v.toFixed(6))).toEqual([
      (2 / 3).toFixed(6),
      "1.000000",
      (2 / 3).toFixed(6),
    ]);
    const steps = withCentralitySteps(deferred.metrics, graph.nodes(), centrality, 1);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    expect(yields).toBe(3);
    expect(step.value.authors.b.betweenness).toBe(1);
  });

  it("rejects values of another length with the module's error", async () => {
    const deferred = computeMetricsDeferred(graph);
    const centrality = await deferred.centrality(syncBrandesRunner);
    expect(() => withCentrality(deferred.metrics, ["a", "b"], centrality)).toThrow(
      /coauthor-atlas\/metrics: centrality has 3 values, expected 2/,
    );
  });
});
