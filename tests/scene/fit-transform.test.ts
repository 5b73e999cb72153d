// Zoom-to-fit (shared by the explorer's "fit" and the CLI's pictures): hand-computed transforms.
import { describe, expect, it } from "vitest";
import { drawnExtent, fitTransform } from "../../src/scene/fit-transform.ts";

const points = (xs: number[], ys: number[], rs: number[]) =>
  xs.map((x, i) => ({ x, y: ys[i], r: rs[i] }));

describe("fitTransform: discs, with blind room for labels (the explorer's fit)", () => {
  it("centres the points at the largest scale that fits the padded viewport", () => {
    // Span 100 × 50 world units into 300 × 200 px with 25 px padding, 5 px discs, no label room:
    // available 240 × 140 px, so k = min(240/100, 140/50) = 2.4.
    const t = fitTransform(points([0, 100], [0, 50], [5, 5]), 300, 200, {
      padding: 25,
      labelRoom: 0,
      maxScale: 10,
    });
    expect(t.k).toBeCloseTo(2.4, 9);
    expect(t.x + 50 * t.k).toBeCloseTo(150, 9);
    expect(t.y + 25 * t.k).toBeCloseTo(100, 9);
  });

  it("keeps room on the right for labels", () => {
    // 300 px less 100 px of label room: 100 k = 200 → k = 2, centred in the left 200 px.
    const t = fitTransform(points([0, 100], [0, 0], [0, 0]), 300, 200, {
      padding: 0,
      labelRoom: 100,
      maxScale: 10,
    });
    expect(t.k).toBeCloseTo(2, 9);
    expect(t.x + 50 * t.k).toBeCloseTo(100, 9);
  });

  it("clamps the scale and handles one point or none", () => {
    expect(fitTransform(points([0, 1], [0, 1], [0, 0]), 1000, 1000, { maxScale: 4 }).k).toBe(4);
    // Far too wide for the frame: the smallest zoom allowed.
    expect(fitTransform(points([0, 1e9], [0, 0], [0, 0]), 1000, 1000, { minScale: 0.02 }).k).toBe(
      0.02,
    );
    const one = fitTransform([{ x: 7, y: 3, r: 10 }], 200, 100, { labelRoom: 0 });
    expect(one.k).toBe(1);
    expect([one.x + 7, one.y + 3]).toEqual([100, 50]);
    expect(fitTransform([], 200, 100)).toEqual({ x: 100, y: 50, k: 1 });
  });
});

describe("fitTransform: measured labels (the CLI's pictures)", () => {
  const pair = [
    { x: -10, y: 0, r: 5, labelWidth: 0 },
    { x: 10, y: 0, r: 5, labelWidth: 0 },
  ];
  const options = { padding: 10, labelRoom: 0, labelGap: 5, labelHeight: 10, maxScale: 8 };

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
    // The label's right end lands on the other padding: 10k + 5 + 5 + 20 = 52.5.
    expect(drawnExtent(labelled, t.k, options).right + t.x).toBeCloseTo(90, 6);
  });

  it("caps the zoom", () => {
    expect(fitTransform(pair, 10_000, 10_000, options).k).toBe(8);
  });
});
