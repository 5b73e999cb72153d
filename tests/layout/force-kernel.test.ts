// Tests of the headless force-layout kernel and its synchronous runner.
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import type { CoauthorGraphology } from "../../src/graph/coauthor-graph.ts";
import {
  computeLayout,
  createLayoutKernel,
  layoutInputFromGraph,
  layoutOptionsForSize,
  runLayout,
  type LayoutInput,
} from "../../src/layout/index.ts";

function graphOf(nodes: string[], edges: [string, string, number][]): CoauthorGraphology {
  const graph: CoauthorGraphology = new Graph({ type: "undirected" });
  for (const id of nodes) graph.addNode(id, { name: id, papers: 1, owner: false });
  for (const [a, b, w] of edges) graph.addEdge(a, b, { weight: w, papers: [] });
  return graph;
}

const distance = (xy: Float64Array, i: number, j: number) =>
  Math.hypot(xy[2 * i] - xy[2 * j], xy[2 * i + 1] - xy[2 * j + 1]);

describe("layoutInputFromGraph", () => {
  it("indexes edges by node order and keeps weights", () => {
    const input = layoutInputFromGraph(graphOf(["a", "b", "c"], [["c", "a", 3]]));
    expect(input.ids).toEqual(["a", "b", "c"]);
    expect([input.sources[0], input.targets[0]].sort()).toEqual([0, 2]);
    expect(input.weights[0]).toBe(3);
  });
});

describe("createLayoutKernel", () => {
  it("settles a single edge at its rest length when nothing else acts", () => {
    const input: LayoutInput = {
      ids: ["a", "b"],
      sources: Uint32Array.of(0),
      targets: Uint32Array.of(1),
      weights: Float64Array.of(1),
    };
    const xy = runLayout(input, { chargeStrength: 0, gravity: 0, linkDistance: 40 });
    expect(distance(xy, 0, 1)).toBeCloseTo(40, 0);
  });

  it("pulls heavier collaborations closer: rest length ÷ √weight, at least half", () => {
    const input: LayoutInput = {
      ids: ["a", "b"],
      sources: Uint32Array.of(0),
      targets: Uint32Array.of(1),
      weights: Float64Array.of(2),
    };
    const xy = runLayout(input, { chargeStrength: 0, gravity: 0, linkDistance: 40 });
    expect(distance(xy, 0, 1)).toBeCloseTo(40 / Math.SQRT2, 0);
    const heavy = runLayout(
      { ...input, weights: Float64Array.of(100) },
      { chargeStrength: 0, gravity: 0, linkDistance: 40 },
    );
    expect(distance(heavy, 0, 1)).toBeCloseTo(20, 0);
  });

  it("is deterministic for a seed and runs the requested number of ticks", () => {
    const graph = graphOf(
      ["a", "b", "c", "d", "e"],
      [
        ["a", "b", 1],
        ["b", "c", 2],
        ["c", "a", 1],
        ["d", "e", 1],
      ],
    );
    const input = layoutInputFromGraph(graph);
    expect(Array.from(runLayout(input, { seed: 7 }))).toEqual(
      Array.from(runLayout(input, { seed: 7 })),
    );
    const kernel = createLayoutKernel(input, { iterations: 50 });
    while (!kernel.settled()) kernel.tick();
    expect(kernel.ticks()).toBe(50);
  });

  it("keeps nodes of a disconnected graph finite and near the origin", () => {
    const graph = graphOf(["a", "b", "c", "lonely"], [["a", "b", 1]]);
    const layout = computeLayout(graph);
    for (const { x, y } of Object.values(layout)) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
      expect(Math.hypot(x, y)).toBeLessThan(200);
    }
  });

  it("places linked nodes closer than unlinked ones in a barbell", () => {
    // Two triangles joined by one bridge: within-triangle distances beat across-bridge ones.
    const graph = graphOf(
      ["a", "b", "c", "x", "y", "z"],
      [
        ["a", "b", 1],
        ["b", "c", 1],
        ["c", "a", 1],
        ["x", "y", 1],
        ["y", "z", 1],
        ["z", "x", 1],
        ["c", "x", 1],
      ],
    );
    const p = computeLayout(graph);
    const d = (u: string, v: string) => Math.hypot(p[u].x - p[v].x, p[u].y - p[v].y);
    expect(d("a", "b")).toBeLessThan(d("a", "y"));
    expect(d("x", "y")).toBeLessThan(d("b", "z"));
  });

  it("keeps a pinned node where it was put and starts from given positions", () => {
    const input = layoutInputFromGraph(graphOf(["a", "b"], [["a", "b", 1]]));
    const kernel = createLayoutKernel(input, { initial: Float64Array.of(500, 500, 520, 500) });
    expect(Array.from(kernel.positions())).toEqual([500, 500, 520, 500]);
    kernel.fix(0, 100, -50);
    kernel.tick(100);
    const xy = kernel.positions();
    expect([xy[0], xy[1]]).toEqual([100, -50]);
  });

  it("rejects bad options with a message naming the module", () => {
    const input = layoutInputFromGraph(graphOf(["a"], []));
    expect(() => createLayoutKernel(input, { iterations: 0 })).toThrow(/coauthor-atlas\/layout/);
    expect(() => createLayoutKernel(input, { initial: new Float64Array(3) })).toThrow(/expected 2/);
  });
});

describe("layoutOptionsForSize", () => {
  it("keeps d3's defaults for small graphs and coarsens big ones", () => {
    expect(layoutOptionsForSize(100)).toEqual({ iterations: 300, theta: 0.9 });
    const big = { theta: 1.2, gravity: 0.02, chargeStrength: -90 };
    expect(layoutOptionsForSize(3_000)).toEqual({ iterations: 300, ...big });
    expect(layoutOptionsForSize(10_000)).toEqual({ iterations: 200, ...big });
    expect(layoutOptionsForSize(50_000)).toEqual({ iterations: 120, ...big });
  });
});
