// The density view's kernel density against hand-computed values, and its bands.
import { describe, expect, it } from "vitest";
import { densityBands, densityColor, densityGrid, sceneDensity } from "../../src/scene/density.ts";
import type { Scene } from "../../src/scene/scene.ts";
import { NO_SCENE_EDGES } from "../../src/scene/scene-edges.ts";

describe("densityGrid", () => {
  it("one point: D = w · exp(−d² / 2σ²) at each cell centre", () => {
    // 20 × 20 px in 4 px cells: centres at 2, 6, 10, 14, 18. Point (10, 10), weight 2, σ = 4.
    const g = densityGrid([{ x: 10, y: 10, weight: 2 }], 20, 20, 4, { cellSize: 4 });
    expect([g.cols, g.rows]).toEqual([5, 5]);
    const at = (col: number, row: number) => g.values[row * g.cols + col];
    expect(at(2, 2)).toBeCloseTo(2, 12); // d = 0
    expect(at(1, 2)).toBeCloseTo(2 * Math.exp(-0.5), 12); // d² = 16, 16/32
    expect(at(1, 1)).toBeCloseTo(2 * Math.exp(-1), 12); // d² = 32
    expect(at(0, 2)).toBeCloseTo(2 * Math.exp(-2), 12); // d² = 64
    expect(at(0, 0)).toBeCloseTo(2 * Math.exp(-4), 12); // d² = 128, inside 3σ = 12 px on each axis
    expect(g.max).toBeCloseTo(2, 12);
  });

  it("sums the kernels of several points", () => {
    // Points (2, 2) weight 1 and (10, 2) weight 3, σ = 4; the cell centred at (6, 2) is 4 px from both.
    const g = densityGrid(
      [
        { x: 2, y: 2, weight: 1 },
        { x: 10, y: 2, weight: 3 },
      ],
      12,
      4,
      4,
      { cellSize: 4 },
    );
    expect(Array.from(g.values)).toEqual([
      expect.closeTo(1 + 3 * Math.exp(-2), 12),
      expect.closeTo(4 * Math.exp(-0.5), 12),
      expect.closeTo(Math.exp(-2) + 3, 12),
    ]);
  });

  it("cuts the kernel beyond cutoff·σ and skips weightless or off-grid points", () => {
    // σ = 1, cutoff 3: a point at (2, 2) reaches cells overlapping [−1, 5]: columns 0 and 1 only.
    const g = densityGrid([{ x: 2, y: 2, weight: 1 }], 16, 4, 1, { cellSize: 4, cutoff: 3 });
    expect(g.values[0]).toBeCloseTo(1, 12);
    expect(g.values[1]).toBeCloseTo(Math.exp(-8), 12);
    expect(g.values[2]).toBe(0);
    const none = densityGrid(
      [
        { x: 2, y: 2, weight: 0 },
        { x: NaN, y: 2, weight: 1 },
        { x: 500, y: 500, weight: 1 },
      ],
      16,
      4,
      1,
    );
    expect(none.max).toBe(0);
  });

  it("rejects a zero kernel width with the module's message", () => {
    expect(() => densityGrid([], 10, 10, 0)).toThrow(/coauthor-atlas\/scene/);
  });
});

describe("densityBands", () => {
  it("nests bands lowest first, coloured along viridis, none for an empty grid", () => {
    const g = densityGrid([{ x: 40, y: 40, weight: 1 }], 80, 80, 10, { cellSize: 4 });
    const bands = densityBands(g, { levels: 4, floor: 0.2 });
    bands.forEach((b, i) => expect(b.level).toBeCloseTo([0.2, 0.4, 0.6, 0.8][i], 12));
    expect(bands[0].color).toBe(densityColor(0));
    expect(bands[3].color).toBe(densityColor(0.75));
    // A disc around (40, 40): the 0.2 band reaches r = σ·√(2 ln 5) ≈ 17.9 px from the centre.
    const xs = [...bands[0].path.matchAll(/[ML]([\d.]+) /g)].map((m) => Number(m[1]));
    expect(Math.min(...xs)).toBeGreaterThan(40 - 17.9 - 4);
    expect(Math.min(...xs)).toBeLessThan(40 - 17.9 + 4);
    expect(densityBands(densityGrid([], 8, 8, 1))).toEqual([]);
  });

  it("densityColor is viridis: dark purple at 0, yellow at 1", () => {
    expect(densityColor(0)).toBe("#440154");
    expect(densityColor(1)).toBe("#fde725");
    expect(densityColor(2)).toBe("#fde725");
  });
});

describe("sceneDensity", () => {
  const node = (id: string, x: number, y: number, r: number) => ({
    id,
    x,
    y,
    r,
    fill: "#000",
    label: id,
    labelVisible: true,
    owner: false,
    selected: false,
    dimmed: false,
  });
  it("weights nodes by disc area at the scene's transform", () => {
    const scene: Scene = {
      width: 200,
      height: 100,
      transform: { x: 100, y: 50, k: 2 },
      nodes: [node("a", -25, 0, 4), node("b", 25, 0, 2)],
      edges: NO_SCENE_EDGES,
      background: null,
      fontSize: 12,
    };
    const layer = sceneDensity(scene, { levels: 2, floor: 0.5 });
    // a sits at screen (50, 50) with weight 16, b at (150, 50) with weight 4 (a quarter): the 0.5
    // band surrounds a only, so all its points lie left of the middle.
    const xs = [...layer.bands[0].path.matchAll(/[ML]([\d.]+) /g)].map((m) => Number(m[1]));
    expect(Math.max(...xs)).toBeLessThan(100);
    expect(Math.min(...xs)).toBeLessThan(50);
  });
});
