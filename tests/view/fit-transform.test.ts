// Tests of the "fit" transform: centred, largest scale that keeps discs inside, clamped.
import { describe, expect, it } from "vitest";
import { fitTransform } from "../../src/view/fit-transform.ts";

describe("fitTransform", () => {
  it("centres the points at the largest scale that fits the padded viewport", () => {
    // Span 100 × 50 world units into 300 × 200 px with 25 px padding, 5 px discs, no label room:
    // available 240 × 140 px, so k = min(240/100, 140/50) = 2.4.
    const t = fitTransform([0, 100], [0, 50], [5, 5], 300, 200, {
      padding: 25,
      labelRoom: 0,
      maxScale: 10,
    });
    expect(t.k).toBeCloseTo(2.4);
    expect(t.x + 50 * t.k).toBeCloseTo(150);
    expect(t.y + 25 * t.k).toBeCloseTo(100);
  });

  it("keeps room on the right for labels", () => {
    const t = fitTransform([0, 100], [0, 0], [0, 0], 300, 200, {
      padding: 0,
      labelRoom: 100,
      maxScale: 10,
    });
    expect(t.k).toBeCloseTo(2);
    expect(t.x + 50 * t.k).toBeCloseTo(100);
  });

  it("clamps the scale and handles one point or none", () => {
    expect(fitTransform([0, 1], [0, 1], [0, 0], 1000, 1000, { maxScale: 4 }).k).toBe(4);
    const one = fitTransform([7], [3], [10], 200, 100, { labelRoom: 0 });
    expect(one.k).toBe(1);
    expect([one.x + 7, one.y + 3]).toEqual([100, 50]);
    expect(fitTransform([], [], [], 200, 100)).toEqual({ x: 100, y: 50, k: 1 });
  });
});
