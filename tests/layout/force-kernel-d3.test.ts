// The typed-array kernel's "d3" model computes what d3-force computes: same graph, options and
// random source, same positions after a full run (bench/d3-force-reference.ts, run side by side).
import { describe, expect, it } from "vitest";
import { d3Simulation, type ReferenceNode } from "../../bench/d3-force-reference.ts";
import { createLayoutKernel, type LayoutInput } from "../../src/layout/index.ts";
import { mulberry32 } from "../../src/metrics/mulberry32.ts";

/** `m` distinct random edges over `n` nodes with weights 1–3. */
function randomInput(n: number, m: number, seed: number): LayoutInput {
  const random = mulberry32(seed);
  const seen = new Set<number>();
  const sources: number[] = [];
  const targets: number[] = [];
  const weights: number[] = [];
  while (sources.length < m) {
    const a = Math.floor(random() * n);
    const b = Math.floor(random() * n);
    const key = Math.min(a, b) * n + Math.max(a, b);
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    sources.push(a);
    targets.push(b);
    weights.push(1 + Math.floor(random() * 3));
  }
  return {
    ids: Array.from({ length: n }, (_, i) => `a${i}`),
    sources: Uint32Array.from(sources),
    targets: Uint32Array.from(targets),
    weights: Float64Array.from(weights),
  };
}

type Node = ReferenceNode;

/** Largest coordinate difference between the kernel's and d3's positions. */
function largestDifference(xy: Float64Array, nodes: Node[]): number {
  let worst = 0;
  nodes.forEach((node, i) => {
    worst = Math.max(
      worst,
      Math.abs(xy[2 * i] - (node.x as number)),
      Math.abs(xy[2 * i + 1] - (node.y as number)),
    );
  });
  return worst;
}

describe("createLayoutKernel against d3-force", () => {
  it("gives d3's positions after 300 ticks on a 400-node random graph", () => {
    const input = randomInput(400, 1200, 3);
    const options = { model: "d3", seed: 5, theta: 0.9 } as const;
    const { simulation, nodes } = d3Simulation(input, options);
    simulation.tick(300);
    const kernel = createLayoutKernel(input, options);
    kernel.tick(300);
    const xy = kernel.positions();
    expect(largestDifference(xy, nodes)).toBeLessThan(1e-9);
    // The layout moved far from its starting spiral: the comparison is not of two idle runs.
    expect(Math.hypot(xy[0] - 10 * Math.sqrt(0.5), xy[1])).toBeGreaterThan(1);
  });

  it("matches with the coarse options of big graphs and with coincident starting points", () => {
    // Every node starts on one of four points: leaves hold lists of coincident nodes and the
    // random jiggle separates them, in the same order as d3.
    const input = randomInput(300, 600, 11);
    const initial = new Float64Array(600);
    for (let i = 0; i < 300; i++) {
      initial[2 * i] = (i % 2) * 50;
      initial[2 * i + 1] = (i % 4 < 2 ? 0 : 1) * 50;
    }
    const options = {
      model: "d3",
      seed: 9,
      theta: 1.2,
      gravity: 0.02,
      chargeStrength: -90,
      initial,
    } as const;
    const { simulation, nodes } = d3Simulation(input, options);
    const kernel = createLayoutKernel(input, options);
    for (const ticks of [1, 10, 100]) {
      simulation.tick(ticks);
      kernel.tick(ticks);
      expect(largestDifference(kernel.positions(), nodes)).toBeLessThan(1e-9);
    }
  });

  it("matches d3's fx/fy pinning and reheating", () => {
    const input = randomInput(200, 500, 4);
    const { simulation, nodes } = d3Simulation(input, {});
    const kernel = createLayoutKernel(input, { model: "d3" });
    simulation.tick(50);
    kernel.tick(50);
    nodes[7].fx = nodes[7].x = 300;
    nodes[7].fy = nodes[7].y = -120;
    kernel.fix(7, 300, -120);
    simulation.alpha(Math.max(simulation.alpha(), 0.3)).alphaTarget(0.1);
    kernel.reheat(0.3, 0.1);
    simulation.tick(40);
    kernel.tick(40);
    expect(largestDifference(kernel.positions(), nodes)).toBeLessThan(1e-9);
    expect(kernel.alpha()).toBe(simulation.alpha());
    nodes[7].fx = nodes[7].fy = null;
    kernel.release(7);
    simulation.alphaTarget(0);
    kernel.reheat(0, 0);
    simulation.tick(60);
    kernel.tick(60);
    expect(largestDifference(kernel.positions(), nodes)).toBeLessThan(1e-9);
  });
});
