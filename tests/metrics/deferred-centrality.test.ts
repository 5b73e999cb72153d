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
import { authorMetricsRecord, authorValue } from "../../src/metrics/author-table.ts";

describe.each(["corpus-2k.json", "disconnected.json"])("networkx fixture %s", (name) => {
  const fixture = readFixture(name);
  const graph = graphFrom(fixture.nodes, fixture.edges);

  it("holds 0 for betweenness and closeness, marked pending; the rest is final", () => {
    const { metrics } = computeMetricsDeferred(graph);
    const full = computeMetrics(graph);
    expect(metrics.summary.betweenness.pending).toBe(true);
    const fullAuthors = authorMetricsRecord(full.authors);
    for (const [id, m] of Object.entries(authorMetricsRecord(metrics.authors))) {
      expect([m.betweenness, m.closeness]).toEqual([0, 0]);
      expect({ ...m, betweenness: 1, closeness: 1 }).toEqual({
        ...fullAuthors[id],
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
      const actual = Object.fromEntries(
        ids.map((id) => [id, authorValue(completed.authors, id, metric) ?? NaN]),
      );
      expect(maxDifference(actual, fixture[metric]), metric).toBeLessThan(1e-6);
    }
    expect(completed).toEqual(computeMetrics(graph));
    expect(completed.summary.betweenness.pending).toBeUndefined();
    // The pending result is left as it was.
    expect(deferred.metrics.summary.betweenness.pending).toBe(true);
    expect(deferred.metrics.authors.columns.betweenness.every((b) => b === 0)).toBe(true);
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

  function drain<T>(steps: Generator<void, T>): { yields: number; value: T } {
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    return { yields, value: step.value };
  }

  it("in the metrics' own order, replaces two columns at once with the hand-computed values", async () => {
    const deferred = computeMetricsDeferred(graph);
    const centrality = await deferred.centrality(syncBrandesRunner);
    expect([...centrality.betweenness]).toEqual([0, 1, 0]);
    expect([...centrality.closeness].map((v) => v.toFixed(6))).toEqual([
      (2 / 3).toFixed(6),
      "1.000000",
      (2 / 3).toFixed(6),
    ]);
    const { yields, value } = drain(
      withCentralitySteps(deferred.metrics, graph.nodes(), centrality, 1),
    );
    expect(yields).toBe(0);
    expect([...value.authors.columns.betweenness]).toEqual([0, 1, 0]);
    // The other columns are the deferred result's own, not copies.
    expect(value.authors.columns.pagerank).toBe(deferred.metrics.authors.columns.pagerank);
  });

  it("in another order, looks every author up, yielding every `chunk` of them", async () => {
    const deferred = computeMetricsDeferred(graph);
    const centrality = await deferred.centrality(syncBrandesRunner);
    // The same values listed c, b, a: b's betweenness 1 is still at index 1, a's closeness last.
    const reversed = {
      ...centrality,
      betweenness: Float64Array.from(centrality.betweenness).reverse(),
      closeness: Float64Array.from([2 / 3, 1, 0.5]),
    };
    const { yields, value } = drain(
      withCentralitySteps(deferred.metrics, ["c", "b", "a"], reversed, 1),
    );
    // Three ids indexed, three rows filled: a yield after each.
    expect(yields).toBe(6);
    expect(["a", "b", "c"].map((id) => authorValue(value.authors, id, "betweenness"))).toEqual([
      0, 1, 0,
    ]);
    expect(["a", "b", "c"].map((id) => authorValue(value.authors, id, "closeness"))).toEqual([
      0.5,
      1,
      2 / 3,
    ]);
  });

  it("rejects values of another length with the module's error", async () => {
    const deferred = computeMetricsDeferred(graph);
    const centrality = await deferred.centrality(syncBrandesRunner);
    expect(() => withCentrality(deferred.metrics, ["a", "b"], centrality)).toThrow(
      /coauthor-atlas\/metrics: centrality has 3 values, expected 2/,
    );
  });
});
