// The layout quality figures on a configuration small enough to compute by hand.
import { describe, expect, it } from "vitest";
import { componentLabels } from "../../src/layout/graph-parts.ts";
import { layoutQuality } from "../../src/layout/layout-quality.ts";

/**
 * Community 0: a plus (centre and four arms of length 1) at the origin; community 1: the same
 * plus at (10, 0); node 10 at (5, 5) alone in community 2, linked to node 0; nodes 11–12, a pair
 * in community 3, in a component of their own far away.
 */
const arms = [
  [0, 0],
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
];
const positions = [
  ...arms.flat(),
  ...arms.flatMap(([x, y]) => [x + 10, y]),
  5,
  5,
  500,
  500,
  530,
  500,
];
const sources = [0, 0, 0, 0, 5, 5, 5, 5, 1, 0, 11];
const targets = [1, 2, 3, 4, 6, 7, 8, 9, 7, 10, 12];
const community = [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 3, 3];

describe("layoutQuality", () => {
  it("computes the centroid silhouette and edge ratio of the largest component", () => {
    const q = layoutQuality({ positions, sources, targets, community });
    // Per author of a plus: centre 1, arm towards the other 8/9, arm away 10/11, the two side
    // arms (√101 − 1)/√101; the same for both pluses by symmetry. Node 10 is in no community of 5.
    const r = Math.sqrt(101);
    expect(q.separation).toBeCloseTo((1 + 8 / 9 + 10 / 11 + (2 * (r - 1)) / r) / 5, 12);
    // Intra: eight arms of length 1. Inter: the bridge 1–7, (1,0)–(9,0), and 0–10, √50.
    expect(q.edgeRatio).toBeCloseTo(1 / ((8 + Math.sqrt(50)) / 2), 12);
    expect(q.communities).toBe(2);
    expect(q.largestComponent).toBe(11);
  });

  it("does not change under rotation, scaling and translation", () => {
    const q = layoutQuality({ positions, sources, targets, community });
    const [c, s] = [Math.cos(1), Math.sin(1)];
    const moved = positions.map((_, i) => {
      const x = positions[i - (i % 2)];
      const y = positions[i - (i % 2) + 1];
      return 3 * (i % 2 ? s * x + c * y : c * x - s * y) + (i % 2 ? -7 : 40);
    });
    const m = layoutQuality({ positions: moved, sources, targets, community });
    expect(m.separation).toBeCloseTo(q.separation, 12);
    expect(m.edgeRatio).toBeCloseTo(q.edgeRatio, 12);
  });

  it("gives NaN separation with fewer than two communities of the minimum size", () => {
    const q = layoutQuality({ positions, sources, targets, community }, { minCommunitySize: 6 });
    expect(q.separation).toBeNaN();
    expect(q.communities).toBe(0);
  });
});

describe("componentLabels", () => {
  it("numbers components largest first, ties by first node", () => {
    const { component, sizes } = componentLabels(7, [5, 1, 3], [6, 2, 2]);
    // {0}, {1, 2, 3}, {4}, {5, 6}
    expect(Array.from(component)).toEqual([2, 0, 0, 0, 3, 1, 1]);
    expect(sizes).toEqual([3, 2, 1, 1]);
  });
});
