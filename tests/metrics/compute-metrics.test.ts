// computeMetrics options: sampled betweenness, non-convergence warnings, validation, progress.
import { describe, expect, it } from "vitest";
import {
  computeMetrics,
  DEFAULT_METRICS_OPTIONS,
  resolveMetricsOptions,
} from "../../src/metrics/compute-metrics.ts";
import { eigenvectorCentrality } from "../../src/metrics/eigenvector.ts";
import { connectedComponents } from "../../src/metrics/components.ts";
import { toCsr } from "../../src/metrics/csr.ts";
import { mulberry32 } from "../../src/metrics/mulberry32.ts";
import { sampleByComponent } from "../../src/metrics/sampling.ts";
import { graphFrom, readFixture } from "./helpers.ts";
import { authorMetricsRecord } from "../../src/metrics/author-table.ts";

const fixture = readFixture("corpus-2k.json");
const graph = graphFrom(fixture.nodes, fixture.edges);
const n = fixture.nodes.length;

/** Σ_c min(N_c, max(32, round(k·N_c/n))) over the components computeMetrics reported. */
function designSize(result: ReturnType<typeof computeMetrics>, k: number): number {
  const sizes = new Map<number, number>();
  for (const m of Object.values(authorMetricsRecord(result.authors)))
    sizes.set(m.component, (sizes.get(m.component) ?? 0) + 1);
  const total = result.authors.ids.length;
  let sum = 0;
  for (const size of sizes.values())
    sum += Math.min(size, Math.max(32, Math.round((k * size) / total)));
  return sum;
}

describe("sampled betweenness", () => {
  const sampled = computeMetrics(graph, { betweenness: "sampled", samples: 300, seed: 3 });

  it("is flagged approximate, with its source count, error estimate and a warning", () => {
    expect(sampled.summary.betweenness.approximate).toBe(true);
    const sources = designSize(sampled, 300);
    expect(sources).toBeGreaterThan(300);
    expect(sampled.summary.betweenness.sources).toBe(sources);
    expect(sampled.summary.betweenness.maxStandardError).toBeGreaterThan(0);
    expect(sampled.warnings.join("\n")).toContain(`estimated from ${sources} of ${n} sources`);
  });

  it("stays within 5 estimated standard errors of networkx's exact values", () => {
    const limit = 5 * sampled.summary.betweenness.maxStandardError;
    const authors = authorMetricsRecord(sampled.authors);
    let worst = 0;
    for (const [id, exact] of Object.entries(fixture.betweenness))
      worst = Math.max(worst, Math.abs(authors[id].betweenness - exact));
    expect(worst).toBeLessThan(limit);
    // and is not exact by accident
    expect(worst).toBeGreaterThan(1e-6);
  });

  it("estimates closeness within 5% (1% on average), exact for the sampled sources", () => {
    const authors = authorMetricsRecord(sampled.authors);
    let worst = 0;
    let sum = 0;
    for (const [id, exact] of Object.entries(fixture.closeness)) {
      const error = Math.abs(authors[id].closeness - exact) / exact;
      worst = Math.max(worst, error);
      sum += error;
    }
    expect(worst).toBeLessThan(0.05);
    expect(sum / n).toBeLessThan(0.01);
    expect(worst).toBeGreaterThan(0);
  });

  it("small components are exact, so a disconnected graph's estimate errs only in the large ones", () => {
    const disconnected = readFixture("disconnected.json");
    const result = computeMetrics(graphFrom(disconnected.nodes, disconnected.edges), {
      betweenness: "sampled",
      samples: 40,
      seed: 1,
    });
    // Components: 60 nodes (sampled: max(32, round(40·60/n)) = 32 sources), the rest (≤ 25) whole.
    expect(result.summary.betweenness).toMatchObject({
      approximate: true,
      sources: 32 + disconnected.nodes.length - 60,
    });
    const authors = authorMetricsRecord(result.authors);
    for (const [id, exact] of Object.entries(disconnected.closeness)) {
      const { closeness, betweenness, component } = authors[id];
      if (component === 0) {
        expect(Math.abs(closeness - exact), id).toBeLessThan(0.1 * exact);
      } else {
        expect(closeness, id).toBeCloseTo(exact, 12);
        expect(betweenness, id).toBeCloseTo(disconnected.betweenness[id], 12);
      }
    }
  });

  it("is deterministic for a seed", () => {
    const again = computeMetrics(graph, { betweenness: "sampled", samples: 300, seed: 3 });
    expect(again.authors).toEqual(sampled.authors);
  });

  it("auto samples from sampleAbove authors on, exact below", () => {
    const auto = computeMetrics(graph, { sampleAbove: n, samples: 100 });
    expect(auto.summary.betweenness).toMatchObject({
      approximate: true,
      sources: designSize(auto, 100),
    });
    const exact = computeMetrics(graph, { sampleAbove: n + 1, samples: 100 });
    expect(exact.summary.betweenness).toMatchObject({ approximate: false, maxStandardError: 0 });
    // Exact runs one BFS per twin class.
    expect(exact.summary.betweenness.sources).toBeLessThan(n);
    expect(DEFAULT_METRICS_OPTIONS.betweenness).toBe("auto");
  });

  it("asking for at least n samples computes the exact values", () => {
    const all = computeMetrics(graph, { betweenness: "sampled", samples: n });
    expect(all.summary.betweenness.approximate).toBe(false);
    const authors = authorMetricsRecord(all.authors);
    for (const [id, exact] of Object.entries(fixture.betweenness))
      expect(authors[id].betweenness).toBeCloseTo(exact, 10);
  });
});

describe("sampleByComponent", () => {
  // Components: 0 = a 40-node path, 1 = a 10-node path, 2 = one isolate (51 nodes).
  const nodes = Array.from({ length: 51 }, (_, i) => `v${i}`);
  const edges: [string, string][] = [];
  for (let i = 0; i < 39; i++) edges.push([`v${i}`, `v${i + 1}`]);
  for (let i = 40; i < 49; i++) edges.push([`v${i}`, `v${i + 1}`]);
  const components = connectedComponents(toCsr(graphFrom(nodes, edges)));

  it("draws k_c = min(N_c, max(min, round(k·N_c/n))) distinct sources per component", () => {
    const design = sampleByComponent(components, 20, mulberry32(9), 4);
    // round(20·40/51) = 16, round(20·10/51) = 4, the isolate max(4, 0) capped at 1.
    expect(design.drawn).toEqual([16, 4, 1]);
    const sources = Array.from(design.sources);
    expect(new Set(sources).size).toBe(21);
    expect(sources).toEqual([...sources].sort((a, b) => a - b));
    const inComponent = (c: number) => sources.filter((s) => components.component[s] === c);
    expect(inComponent(0).length).toBe(16);
    expect(inComponent(2)).toEqual([50]);
    // Each source stands for N_c/k_c nodes of its component.
    design.sources.forEach((s, i) =>
      expect(design.weights[i]).toBe([40 / 16, 10 / 4, 1][components.component[s]]),
    );
  });

  it("is reproducible for a seed and differs for another", () => {
    const a = Array.from(sampleByComponent(components, 20, mulberry32(9), 4).sources);
    expect(Array.from(sampleByComponent(components, 20, mulberry32(9), 4).sources)).toEqual(a);
    expect(Array.from(sampleByComponent(components, 20, mulberry32(10), 4).sources)).not.toEqual(a);
  });

  it("small components are drawn whole (the default minimum is 32)", () => {
    expect(sampleByComponent(components, 5, mulberry32(1)).drawn).toEqual([32, 10, 1]);
  });
});

describe("non-convergence", () => {
  it("eigenvector: returns the last iterate with converged=false instead of throwing", () => {
    const result = eigenvectorCentrality(toCsr(graph), { maxIter: 2 });
    expect(result).toMatchObject({ converged: false, iterations: 2 });
    expect(result.values.every((x) => x > 0)).toBe(true);
  });

  it("computeMetrics reports it as a warning", () => {
    const result = computeMetrics(graph, {
      eigenvector: { maxIter: 2 },
      pagerank: { maxIter: 1 },
    });
    expect(result.warnings).toEqual([
      "coauthor-atlas/metrics: pagerank did not converge in 1 iterations; values are the last iterate",
      "coauthor-atlas/metrics: eigenvector centrality did not converge in 2 iterations; values are the last iterate",
    ]);
  });
});

describe("options", () => {
  it("rejects nonsense with the module's error", () => {
    expect(() => resolveMetricsOptions({ betweenness: "fast" as "exact" })).toThrow(
      /coauthor-atlas\/metrics: betweenness must be "exact", "sampled" or "auto"/,
    );
    expect(() => resolveMetricsOptions({ samples: 0 })).toThrow(
      /samples must be a positive integer/,
    );
    expect(() => resolveMetricsOptions({ eigenvector: { maxIter: 0 } })).toThrow(
      /eigenvector maxIter must be a positive integer/,
    );
    expect(() => resolveMetricsOptions({ pagerank: { tol: -1 } })).toThrow(
      /pagerank tol must be positive/,
    );
    expect(() => resolveMetricsOptions({ pagerank: { alpha: 2 } })).toThrow(
      /alpha must be in \[0, 1\]/,
    );
  });

  it("partial nested options keep the other defaults", () => {
    const resolved = resolveMetricsOptions({ pagerank: { alpha: 0.5 } });
    expect(resolved.pagerank).toEqual({ alpha: 0.5, maxIter: 100, tol: 1e-6 });
  });

  it("reports progress up to the number of BFS sources", () => {
    const seen: [number, number][] = [];
    computeMetrics(graph, { onProgress: (done, total) => seen.push([done, total]) });
    const [done, total] = seen.at(-1) as [number, number];
    expect(done).toBe(total);
    expect(total).toBeLessThanOrEqual(n);
    expect(seen.length).toBeGreaterThan(1);
  });
});
