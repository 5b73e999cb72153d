// The field pipeline's building blocks: the pair table, growable arrays, the CSR Louvain, the sampling cap.
import { describe, expect, it } from "vitest";
import louvain from "graphology-communities-louvain";
import { modularity } from "../../src/metrics/communities.ts";
import { toCsr } from "../../src/metrics/csr.ts";
import { louvainCsr } from "../../src/metrics/louvain-csr.ts";
import { mulberry32 } from "../../src/metrics/mulberry32.ts";
import {
  affordableSamples,
  DEFAULT_FIELD_METRICS_OPTIONS,
} from "../../src/pipeline/field-metrics.ts";
import { csrFromEdges, type FieldNetwork } from "../../src/pipeline/field-network.ts";
import { GrowableInt32 } from "../../src/model/growable.ts";
import { graphFrom, readFixture } from "../metrics/helpers.ts";

describe("GrowableInt32", () => {
  it("keeps every pushed value across doublings", () => {
    const ints = new GrowableInt32(1);
    for (let i = 0; i < 5000; i++) ints.push(i * 3);
    expect(ints.length).toBe(5000);
    expect(ints.get(4999)).toBe(14997);
    expect(Array.from(ints.toArray().subarray(0, 3))).toEqual([0, 3, 6]);
  });
});

describe("louvainCsr", () => {
  it("finds two 5-cliques joined by one edge, and leaves an isolated node alone", () => {
    const nodes = Array.from({ length: 11 }, (_, i) => `n${i}`);
    const edges: [string, string][] = [];
    for (const base of [0, 5])
      for (let i = 0; i < 5; i++)
        for (let j = i + 1; j < 5; j++) edges.push([`n${base + i}`, `n${base + j}`]);
    edges.push(["n4", "n5"]);
    const community = louvainCsr(toCsr(graphFrom(nodes, edges)));
    expect(new Set(community.slice(0, 5)).size).toBe(1);
    expect(new Set(community.slice(5, 10)).size).toBe(1);
    expect(community[0]).not.toBe(community[5]);
    expect(community[10]).not.toBe(community[0]);
    expect(community[10]).not.toBe(community[5]);
  });

  it.each(["corpus-2k.json", "disconnected.json"])(
    "on %s: modularity as high as graphology's Louvain, same seed same partition",
    (name) => {
      const fixture = readFixture(name);
      const graph = graphFrom(fixture.nodes, fixture.edges);
      const csr = toCsr(graph);
      const ours = louvainCsr(csr, { seed: 3 });
      expect(Array.from(louvainCsr(csr, { seed: 3 }))).toEqual(Array.from(ours));
      const mapping = louvain(graph, { rng: mulberry32(3) });
      const theirs = Int32Array.from(csr.ids, (id) => mapping[id]);
      expect(modularity(csr, ours)).toBeGreaterThan(modularity(csr, theirs) - 0.02);
      expect(modularity(csr, ours)).toBeGreaterThan(0.3);
    },
  );
});

describe("affordableSamples", () => {
  const network = (n: number, m: number) =>
    ({
      csr: csrFromEdges(
        Array.from({ length: n }, (_, i) => String(i)),
        Int32Array.from({ length: m }, (_, e) => e % n),
        Int32Array.from({ length: m }, (_, e) => (e + 1) % n),
        new Float64Array(m),
      ),
    }) as FieldNetwork;

  it("keeps the requested sample on a small network", () => {
    expect(affordableSamples(network(100, 300), 2000, DEFAULT_FIELD_METRICS_OPTIONS)).toBe(2000);
  });

  it("caps sources × (n + 2m) at the work budget, never below minSamples", () => {
    const options = { ...DEFAULT_FIELD_METRICS_OPTIONS, sampleWork: 1e6, minSamples: 10 };
    // n + 2m = 1000 + 2·4500 = 10,000 steps per source: 100 sources.
    expect(affordableSamples(network(1000, 4500), 2000, options)).toBe(100);
    expect(affordableSamples(network(1000, 4500), 2000, { ...options, sampleWork: 1 })).toBe(10);
  });
});
