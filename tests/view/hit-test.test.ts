// Tests of hit-testing geometry under zoom transforms.
import { describe, expect, it } from "vitest";
import {
  createNodeHitIndex,
  hitEdge,
  hitNode,
  pointSegmentDistance,
  toWorld,
} from "../../src/view/hit-test.ts";

const nodes = createNodeHitIndex({
  x: Float64Array.of(0, 100, 104),
  y: Float64Array.of(0, 0, 0),
  r: Float64Array.of(5, 10, 10),
});

describe("hitNode", () => {
  it("finds the disc under the point at identity", () => {
    const t = { x: 0, y: 0, k: 1 };
    expect(hitNode(nodes, 3, 3, t, 0)).toBe(0);
    expect(hitNode(nodes, 50, 0, t, 0)).toBe(-1);
  });

  it("prefers the disc drawn last where discs overlap", () => {
    expect(hitNode(nodes, 102, 0, { x: 0, y: 0, k: 1 }, 0)).toBe(2);
    expect(hitNode(nodes, 92, 0, { x: 0, y: 0, k: 1 }, 0)).toBe(1);
  });

  it("keeps radii in screen pixels under zoom and pan", () => {
    const t = { x: 20, y: -10, k: 4 };
    // Node 0 is drawn at (20, -10) with a 5 px radius whatever the zoom.
    expect(hitNode(nodes, 24, -10, t, 0)).toBe(0);
    expect(hitNode(nodes, 26, -10, t, 0)).toBe(-1);
    expect(hitNode(nodes, 26, -10, t, 2)).toBe(0);
    expect(toWorld(24, -10, t)).toEqual({ x: 1, y: 0 });
  });
});

describe("createNodeHitIndex", () => {
  /** Deterministic pseudo-random numbers in [0, 1). */
  const lcg = (seed: number) => () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;

  /** The answer by looking at every disc: the last drawn within its radius plus tolerance. */
  const bruteForce = (
    x: Float64Array,
    y: Float64Array,
    r: Float64Array,
    sx: number,
    sy: number,
    t: { x: number; y: number; k: number },
    tolerance: number,
  ) => {
    let best = -1;
    for (let i = 0; i < x.length; i++)
      if (Math.hypot(x[i] * t.k + t.x - sx, y[i] * t.k + t.y - sy) <= r[i] + tolerance) best = i;
    return best;
  };

  it("answers as a scan of every disc, at several zooms", () => {
    const random = lcg(7);
    const n = 2000;
    const x = Float64Array.from({ length: n }, () => random() * 1000 - 500);
    const y = Float64Array.from({ length: n }, () => random() * 300);
    const r = Float64Array.from({ length: n }, () => 1 + random() * 12);
    const index = createNodeHitIndex({ x, y, r });
    let hits = 0;
    for (const t of [
      { x: 500, y: 100, k: 0.5 },
      { x: 0, y: 0, k: 1 },
      { x: -900, y: -200, k: 6 },
    ])
      for (let q = 0; q < 400; q++) {
        const sx = random() * 1200 - 100;
        const sy = random() * 800 - 100;
        const expected = bruteForce(x, y, r, sx, sy, t, 2);
        if (expected >= 0) hits++;
        expect(hitNode(index, sx, sy, t, 2)).toBe(expected);
      }
    // The queries found discs, not only empty space.
    expect(hits).toBeGreaterThan(100);
  });

  it("skips nodes without a position and handles one point or all on one spot", () => {
    const index = createNodeHitIndex({
      x: Float64Array.of(NaN, 10, 10),
      y: Float64Array.of(0, 5, 5),
      r: Float64Array.of(50, 3, 3),
    });
    const t = { x: 0, y: 0, k: 1 };
    expect(hitNode(index, 11, 5, t, 0)).toBe(2);
    expect(hitNode(index, 0, 0, t, 0)).toBe(-1);
    const single = createNodeHitIndex({
      x: Float64Array.of(4),
      y: Float64Array.of(4),
      r: Float64Array.of(2),
    });
    expect(hitNode(single, 5, 5, t, 0)).toBe(0);
    expect(hitNode(single, 9, 9, t, 0)).toBe(-1);
    const none = createNodeHitIndex({
      x: new Float64Array(0),
      y: new Float64Array(0),
      r: new Float64Array(0),
    });
    expect(hitNode(none, 0, 0, t)).toBe(-1);
  });
});

describe("hitEdge", () => {
  // Nodes at (0, 0), (100, 0) and (0, 100); edges 0–1 and 0–2, and one with an end not drawn.
  const edges = {
    x: Float64Array.of(0, 100, 0),
    y: Float64Array.of(0, 0, 100),
    source: Int32Array.of(0, 0, -1),
    target: Int32Array.of(1, 2, 1),
    width: Float64Array.of(2, 6, 50),
  };

  it("finds the edge within half its width plus the tolerance", () => {
    const t = { x: 0, y: 0, k: 1 };
    expect(hitEdge(edges, 50, 1.9, t, 1)).toBe(0);
    expect(hitEdge(edges, 50, 2.5, t, 1)).toBe(-1);
    expect(hitEdge(edges, 3.5, 50, t, 1)).toBe(1);
    // The third edge would cover (50, 20), but one of its ends is not drawn.
    expect(hitEdge(edges, 50, 20, t, 1)).toBe(-1);
  });

  it("picks the nearest edge and works under zoom", () => {
    expect(hitEdge(edges, 1, 2, { x: 0, y: 0, k: 1 }, 3)).toBe(1);
    expect(hitEdge(edges, 100, 12, { x: 0, y: 10, k: 2 }, 1)).toBe(0);
  });
});

describe("pointSegmentDistance", () => {
  it("measures to the segment, not the infinite line", () => {
    expect(pointSegmentDistance(5, 3, 0, 0, 10, 0)).toBe(3);
    expect(pointSegmentDistance(13, 4, 0, 0, 10, 0)).toBe(5);
    expect(pointSegmentDistance(1, 1, 0, 0, 0, 0)).toBeCloseTo(Math.SQRT2);
  });
});
