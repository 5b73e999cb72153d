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

describe("hitEdge", () => {
  const edges = {
    x1: Float64Array.of(0, 0),
    y1: Float64Array.of(0, 0),
    x2: Float64Array.of(100, 0),
    y2: Float64Array.of(0, 100),
    width: Float64Array.of(2, 6),
  };

  it("finds the edge within half its width plus the tolerance", () => {
    const t = { x: 0, y: 0, k: 1 };
    expect(hitEdge(edges, 50, 1.9, t, 1)).toBe(0);
    expect(hitEdge(edges, 50, 2.5, t, 1)).toBe(-1);
    expect(hitEdge(edges, 3.5, 50, t, 1)).toBe(1);
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
