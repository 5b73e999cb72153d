// Metrics against networkx 2.8 on the seed profile, a generated corpus, a disconnected graph and netscience.
import { describe, expect, it } from "vitest";
import { computeMetrics, type MetricsResult } from "../../src/metrics/compute-metrics.ts";
import {
  graphFrom,
  maxDifference,
  readFixture,
  readNewmanGml,
  sharedCorpus,
  type NetworkxValues,
} from "./helpers.ts";
import { authorMetricsRecord } from "../../src/metrics/author-table.ts";

/** betweenness and closeness within 1e-6, pagerank and eigenvector within 1e-4 (iterative). */
const TOLERANCE: Record<keyof NetworkxValues, number> = {
  betweenness: 1e-6,
  closeness: 1e-6,
  eigenvector: 1e-4,
  pagerank: 1e-4,
};

function compare(result: MetricsResult, expected: NetworkxValues) {
  for (const metric of Object.keys(TOLERANCE) as (keyof NetworkxValues)[]) {
    const actual = Object.fromEntries(
      Object.entries(authorMetricsRecord(result.authors)).map(([id, values]) => [
        id,
        values[metric],
      ]),
    );
    expect(Object.keys(actual).length, metric).toBe(Object.keys(expected[metric]).length);
    expect(maxDifference(actual, expected[metric]), metric).toBeLessThan(TOLERANCE[metric]);
  }
}

describe.each(["seed-profile.json", "corpus-2k.json", "disconnected.json"])(
  "networkx fixture %s",
  (name) => {
    const fixture = readFixture(name);
    const result = computeMetrics(graphFrom(fixture.nodes, fixture.edges));

    it("betweenness, closeness, eigenvector and pagerank match networkx", () => {
      compare(result, fixture);
      expect(result.warnings).toEqual([]);
    });

    it("betweenness is not all zeros (the comparison means something)", () => {
      expect(Math.max(...Object.values(fixture.betweenness))).toBeGreaterThan(0.01);
    });
  },
);

describe("networkx values of netscience.gml (1589 authors, 396 components)", () => {
  const path = sharedCorpus("netscience.gml");
  it.skipIf(path === null)("match, and eigenvector does not fail on the disconnected graph", () => {
    const expected = readFixture<NetworkxValues & { nodes: number; edges: number }>(
      "netscience.json",
    );
    const graph = readNewmanGml(path as string);
    expect([graph.order, graph.size]).toEqual([expected.nodes, expected.edges]);
    const result = computeMetrics(graph);
    expect(result.summary.components).toBe(396);
    compare(result, expected);
  });
});
