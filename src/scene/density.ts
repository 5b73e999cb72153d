// Item density (VOSviewer's density view): Gaussian kernel density of the authors on a grid, as bands.
import { contours } from "d3-contour";
import { interpolateViridis } from "d3-scale-chromatic";
import type { Scene } from "./scene.ts";

/** A weighted point in screen pixels. */
export interface DensityPoint {
  x: number;
  y: number;
  weight: number;
}

export interface DensityOptions {
  /** Grid cell side in screen pixels (the density is sampled at cell centres). */
  cellSize: number;
  /**
   * Kernel width σ as a fraction of the diagonal of the authors' extent (in world units, so the
   * heat map zooms with the map), at least `minSigma` screen pixels.
   */
  bandwidth: number;
  minSigma: number;
  /** The kernel is cut at this many σ (exp(−4.5) ≈ 1% at 3σ). */
  cutoff: number;
  /** Number of bands between the lowest drawn level and the maximum. */
  levels: number;
  /** Densities below this share of the maximum are not drawn (the background shows). */
  floor: number;
  /** Opacity of the bands. */
  opacity: number;
}

export const DEFAULT_DENSITY_OPTIONS: DensityOptions = {
  cellSize: 4,
  bandwidth: 0.018,
  minSigma: 6,
  cutoff: 3,
  levels: 10,
  floor: 0.06,
  opacity: 0.9,
};

/** Densities at cell centres, row by row: `values[row * cols + col]` at ((col + ½)·cell, (row + ½)·cell). */
export interface DensityGrid {
  cols: number;
  rows: number;
  cellSize: number;
  values: Float64Array;
  max: number;
}

/**
 * The kernel density D(c) = Σᵢ wᵢ · exp(−|c − pᵢ|² / 2σ²) at the centre c of every cell of a
 * `width` × `height` pixel grid (VOSviewer's item density, N. J. van Eck & L. Waltman, Scientometrics
 * 84, 523, 2010, with a Gaussian kernel). Each point adds to the cells within `cutoff`·σ of it
 * only, so the work is linear in the points.
 */
export function densityGrid(
  points: readonly DensityPoint[],
  width: number,
  height: number,
  sigma: number,
  options: Partial<Pick<DensityOptions, "cellSize" | "cutoff">> = {},
): DensityGrid {
  const { cellSize, cutoff } = { ...DEFAULT_DENSITY_OPTIONS, ...options };
  if (!(cellSize > 0) || !(sigma > 0))
    throw new Error(
      `coauthor-atlas/scene: density needs cellSize > 0 and sigma > 0, got ${cellSize} and ${sigma}`,
    );
  const cols = Math.max(1, Math.ceil(width / cellSize));
  const rows = Math.max(1, Math.ceil(height / cellSize));
  const values = new Float64Array(cols * rows);
  const reach = cutoff * sigma;
  const inv = 1 / (2 * sigma * sigma);
  const ex = new Float64Array(cols);
  for (const p of points) {
    if (!(p.weight > 0) || !Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
    const c0 = Math.max(0, Math.floor((p.x - reach) / cellSize));
    const c1 = Math.min(cols - 1, Math.floor((p.x + reach) / cellSize));
    const r0 = Math.max(0, Math.floor((p.y - reach) / cellSize));
    const r1 = Math.min(rows - 1, Math.floor((p.y + reach) / cellSize));
    if (c0 > c1 || r0 > r1) continue;
    // The kernel is separable: exp(−(dx² + dy²)/2σ²) = exp(−dx²/2σ²) · exp(−dy²/2σ²).
    for (let c = c0; c <= c1; c++) {
      const dx = (c + 0.5) * cellSize - p.x;
      ex[c] = Math.exp(-dx * dx * inv);
    }
    for (let r = r0; r <= r1; r++) {
      const dy = (r + 0.5) * cellSize - p.y;
      const wy = p.weight * Math.exp(-dy * dy * inv);
      const row = r * cols;
      for (let c = c0; c <= c1; c++) values[row + c] += wy * ex[c];
    }
  }
  let max = 0;
  for (let i = 0; i < values.length; i++) if (values[i] > max) max = values[i];
  return { cols, rows, cellSize, values, max };
}

/** Colour of a density level t ∈ [0, 1]: viridis (perceptually uniform, colour-blind safe). */
export function densityColor(t: number): string {
  return interpolateViridis(Math.min(1, Math.max(0, t)));
}

/** One filled band of the heat map: where the density is at least `level` (share of the maximum). */
export interface DensityBand {
  level: number;
  color: string;
  /** Fill opacity: low bands are see-through, so sparse areas stay light. */
  alpha: number;
  /** SVG path data in screen pixels (even-odd holes), usable as a canvas Path2D too. */
  path: string;
}

/** The heat map of a scene: its bands, lowest first, and their opacity. */
export interface DensityLayer {
  bands: DensityBand[];
  opacity: number;
}

const round = (v: number) => Math.round(v * 100) / 100;

/**
 * Nested bands of the grid (d3-contour's marching squares) at `levels` evenly spaced levels from
 * `floor` to just under the maximum, each coloured by {@link densityColor}; empty when the grid
 * is all zero.
 */
export function densityBands(
  grid: DensityGrid,
  options: Partial<Pick<DensityOptions, "levels" | "floor">> = {},
): DensityBand[] {
  const { levels, floor } = { ...DEFAULT_DENSITY_OPTIONS, ...options };
  if (!(grid.max > 0)) return [];
  const thresholds: number[] = [];
  for (let i = 0; i < levels; i++) thresholds.push(floor + ((1 - floor) * i) / levels);
  const normalized = Array.from(grid.values, (v) => v / grid.max);
  const s = grid.cellSize;
  return contours()
    .size([grid.cols, grid.rows])
    .thresholds(thresholds)(normalized)
    .filter((c) => c.coordinates.length > 0)
    .map((c) => {
      let path = "";
      for (const polygon of c.coordinates)
        for (const ring of polygon) {
          ring.forEach(([x, y], i) => (path += `${i ? "L" : "M"}${round(x * s)} ${round(y * s)}`));
          path += "Z";
        }
      const t = (c.value - floor) / (1 - floor);
      return { level: c.value, color: densityColor(t), alpha: round(0.3 + 0.7 * t), path };
    });
}

/**
 * The density layer of a scene as drawn at its transform: every node a point weighted by its disc
 * area (r², so the heat follows the size metric), σ = `bandwidth` × the diagonal of the nodes'
 * world extent × zoom (at least `minSigma` px).
 */
export function sceneDensity(scene: Scene, options: Partial<DensityOptions> = {}): DensityLayer {
  const o: DensityOptions = { ...DEFAULT_DENSITY_OPTIONS, ...options };
  const { x, y, k } = scene.transform;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const n of scene.nodes) {
    minX = Math.min(minX, n.x);
    maxX = Math.max(maxX, n.x);
    minY = Math.min(minY, n.y);
    maxY = Math.max(maxY, n.y);
  }
  if (scene.nodes.length === 0) return { bands: [], opacity: o.opacity };
  const diagonal = Math.hypot(maxX - minX, maxY - minY);
  const sigma = Math.max(o.minSigma, o.bandwidth * diagonal * k);
  const points = scene.nodes.map((n) => ({ x: n.x * k + x, y: n.y * k + y, weight: n.r * n.r }));
  const grid = densityGrid(points, scene.width, scene.height, sigma, o);
  return { bands: densityBands(grid, o), opacity: o.opacity };
}
