// Where a layout starts: given positions, else d3-force's phyllotaxis spiral.

/** d3-force's starting spiral (phyllotaxis) for nodes without a position. */
export const INITIAL_RADIUS = 10;
export const INITIAL_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Point `i` of d3-force's starting spiral, written at `out[2k], out[2k + 1]`. */
export function spiralPoint(i: number, out: Float64Array, k: number): void {
  const radius = INITIAL_RADIUS * Math.sqrt(0.5 + i);
  const angle = i * INITIAL_ANGLE;
  out[2 * k] = radius * Math.cos(angle);
  out[2 * k + 1] = radius * Math.sin(angle);
}

/**
 * Where a layout starts, interleaved `x, y`: `initial` where finite, else on d3-force's spiral
 * (phyllotaxis), as d3 places nodes without a position.
 */
export function startingPositions(n: number, initial?: Float64Array): Float64Array {
  const xy = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    const x = initial?.[2 * i];
    const y = initial?.[2 * i + 1];
    if (x !== undefined && y !== undefined && Number.isFinite(x) && Number.isFinite(y)) {
      xy[2 * i] = x;
      xy[2 * i + 1] = y;
    } else spiralPoint(i, xy, i);
  }
  return xy;
}
