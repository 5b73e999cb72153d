// Gauss–Seidel PageRank: the fixed point solved by hand, and the power iteration's to 1e-12.
import { describe, expect, it } from "vitest";
import { pagerankGaussSeidel } from "../../src/metrics/pagerank-gauss-seidel.ts";
import { pagerank } from "../../src/metrics/pagerank.ts";
import { csrFromEdges } from "../../src/pipeline/field-network.ts";
import { readFixture } from "./helpers.ts";

const csrOf = (n: number, edges: [number, number, number][]) =>
  csrFromEdges(
    Array.from({ length: n }, (_, i) => `n${i}`),
    Int32Array.from(edges, (e) => e[0]),
    Int32Array.from(edges, (e) => e[1]),
    Float64Array.from(edges, (e) => e[2]),
  );

describe("pagerankGaussSeidel", () => {
  it("solves a star with three leaves and an isolated node exactly (α = 0.85)", () => {
    // Centre 0, leaves 1–3, node 4 alone (dangling). With i the isolated node's rank:
    // i = 0.03 / 0.83, centre c = 3.55 i / 0.2775, leaf l = 0.85 c / 3 + i (they sum to 1).
    const { values, converged } = pagerankGaussSeidel(
      csrOf(5, [
        [0, 1, 1],
        [0, 2, 1],
        [0, 3, 1],
      ]),
      { alpha: 0.85, maxIter: 1000, tol: 1e-16 },
    );
    const i = 0.03 / 0.83;
    const c = (3.55 * i) / 0.2775;
    const l = (0.85 * c) / 3 + i;
    expect(converged).toBe(true);
    for (const [v, expected] of [c, l, l, l, i].entries())
      expect(Math.abs(values[v] - expected)).toBeLessThan(1e-13);
  });

  it("reaches the power iteration's fixed point on the networkx fixtures", () => {
    for (const name of ["seed-profile.json", "corpus-2k.json", "disconnected.json"]) {
      const fixture = readFixture(name);
      const index = new Map(fixture.nodes.map((id, i) => [id, i]));
      const csr = csrOf(
        fixture.nodes.length,
        fixture.edges.map(([s, t, w]) => [index.get(s) ?? -1, index.get(t) ?? -1, w ?? 1]),
      );
      const options = { alpha: 0.85, maxIter: 10_000, tol: 1e-15 / fixture.nodes.length };
      const power = pagerank(csr, options);
      const sweeps = pagerankGaussSeidel(csr, options);
      expect(power.converged && sweeps.converged, name).toBe(true);
      let worst = 0;
      for (let v = 0; v < fixture.nodes.length; v++)
        worst = Math.max(worst, Math.abs(power.values[v] - sweeps.values[v]));
      expect(worst, name).toBeLessThan(1e-12);
    }
  });
});
