// BFS relabelling: a permutation that keeps the graph, and Brandes results that map back exactly.
import { describe, expect, it } from "vitest";
import { brandesRange } from "../../src/metrics/brandes.ts";
import { toCsr } from "../../src/metrics/csr.ts";
import { relabelBfs, unrelabelPartial } from "../../src/metrics/locality.ts";
import { graphFrom, readFixture } from "./helpers.ts";

describe("relabelBfs", () => {
  it("numbers a path from its hub outwards, breadth first, then the other components", () => {
    // a–b–c–d plus isolate x: b and c tie at degree 2, b comes first, so b is the hub (new 0).
    const csr = toCsr(
      graphFrom(
        ["a", "b", "c", "d", "x"],
        [
          ["a", "b"],
          ["b", "c"],
          ["c", "d"],
        ],
      ),
    );
    const { topology, rank } = relabelBfs(csr);
    expect(Array.from(rank)).toEqual([1, 0, 2, 3, 4]);
    // New 0 = b: neighbours a (1) and c (2); new 3 = d: neighbour c (2); x isolated.
    expect(Array.from(topology.offsets)).toEqual([0, 2, 3, 5, 6, 6]);
    expect(Array.from(topology.targets)).toEqual([1, 2, 0, 0, 3, 2]);
  });

  it("keeps every edge and maps Brandes results back to the original order", () => {
    const fixture = readFixture("disconnected.json");
    const csr = toCsr(graphFrom(fixture.nodes, fixture.edges));
    const n = csr.ids.length;
    const { topology, rank } = relabelBfs(csr);
    expect(new Set(rank).size).toBe(n);
    const edges = (offsets: Int32Array, targets: Int32Array, map: (v: number) => number) => {
      const out: string[] = [];
      for (let v = 0; v < n; v++)
        for (let e = offsets[v]; e < offsets[v + 1]; e++) out.push(`${map(v)}-${map(targets[e])}`);
      return out.sort();
    };
    expect(edges(topology.offsets, topology.targets, (v) => v)).toEqual(
      edges(csr.offsets, csr.targets, (v) => rank[v]),
    );
    const direct = brandesRange(csr, 0, n);
    const back = unrelabelPartial(brandesRange(topology, 0, n), rank);
    for (let v = 0; v < n; v++) {
      expect(back.betweenness[v]).toBeCloseTo(direct.betweenness[v], 9);
      expect(back.closeness[v]).toBeCloseTo(direct.closeness[v], 12);
    }
  });
});
