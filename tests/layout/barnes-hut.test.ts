// One many-body step of createManyBody against d3's forceManyBody on point sets chosen to stress
// the quadtree (deep splits that outgrow its first capacity, coincident lists).
import { forceManyBody, type SimulationNodeDatum } from "d3";
import { describe, expect, it } from "vitest";
import { createManyBody } from "../../src/layout/barnes-hut.ts";
import { mulberry32 } from "../../src/metrics/mulberry32.ts";

type N = SimulationNodeDatum & { index: number };

function compare(xs: number[], ys: number[], theta: number, alpha = 0.7) {
  const n = xs.length;
  const nodes: N[] = xs.map((x, i) => ({ index: i, x, y: ys[i], vx: 0, vy: 0 }));
  const force = forceManyBody<N>().strength(-60).theta(theta);
  force.initialize(nodes, mulberry32(7));
  force(alpha);
  const bodies = {
    x: Float64Array.from(xs),
    y: Float64Array.from(ys),
    vx: new Float64Array(n),
    vy: new Float64Array(n),
  };
  createManyBody(n, -60, theta, mulberry32(7)).apply(bodies, alpha);
  for (let i = 0; i < n; i++) {
    expect(bodies.vx[i]).toBe(nodes[i].vx);
    expect(bodies.vy[i]).toBe(nodes[i].vy);
  }
}

describe("createManyBody against d3's forceManyBody", () => {
  it("agrees when near-coincident pairs make a tree much deeper than 2n cells", () => {
    // Pairs 1e-9 apart in an extent of ~1000: each pair splits ~40 levels deep.
    const xs: number[] = [];
    const ys: number[] = [];
    const r = mulberry32(3);
    for (let i = 0; i < 40; i++) {
      const x = r() * 1000;
      const y = r() * 1000;
      xs.push(x, x + 1e-9);
      ys.push(y, y - 1e-9);
    }
    compare(xs, ys, 0.9);
    compare(xs, ys, 0.5);
  });

  it("agrees with coincident lists, collinear points and a single point", () => {
    compare([0, 0, 0, 5, 5, 10], [0, 0, 0, 5, 5, 10], 0.9);
    compare([1, 2, 3, 4, 5, 6, 7], [0, 0, 0, 0, 0, 0, 0], 1.2);
    compare([3.5], [-2.25], 0.9);
    compare([-1e6, 1e6, 0.5, -0.5], [1e6, -1e6, 0.25, 0.25], 0.9);
  });
});
