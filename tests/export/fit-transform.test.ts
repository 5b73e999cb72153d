import { describe, expect, it } from "vitest";
import { fitTransform } from "../../src/export/fit-transform.ts";

describe("fitTransform", () => {
  const pair = [
    { x: -10, y: 0, r: 5, labelWidth: 0 },
    { x: 10, y: 0, r: 5, labelWidth: 0 },
  ];
  const options = { padding: 10, labelGap: 5, labelHeight: 10, maxZoom: 8 };

  it("zooms until the discs touch the padding, centred (20k + 10 = 80 → k = 3.5)", () => {
    const t = fitTransform(pair, 100, 100, options);
    expect(t.k).toBeCloseTo(3.5, 6);
    expect(t.x).toBeCloseTo(50, 6);
    expect(t.y).toBeCloseTo(50, 6);
  });

  it("leaves room for a label right of its disc (20k + 5 + 5 + 5 + 20 = 80 → k = 2.25)", () => {
    const labelled = [pair[0], { ...pair[1], labelWidth: 20 }];
    const t = fitTransform(labelled, 100, 100, options);
    expect(t.k).toBeCloseTo(2.25, 6);
    // Left rim at −10k − 5 = −27.5 lands on the padding.
    expect(t.x + (-10 * t.k - 5)).toBeCloseTo(10, 6);
  });

  it("caps the zoom and handles an empty map", () => {
    expect(fitTransform(pair, 10_000, 10_000, options).k).toBe(8);
    expect(fitTransform([], 200, 100)).toEqual({ x: 100, y: 50, k: 1 });
  });
});
