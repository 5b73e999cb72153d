// Hit-testing geometry: which node or edge is under a screen point, for a zoom transform.
import type { SceneTransform } from "../scene/scene.ts";

/** Node geometry: world position and radius in screen pixels, in drawing order. */
export interface HitNodes {
  x: Float64Array;
  y: Float64Array;
  r: Float64Array;
}

/**
 * Edge geometry: the ends as indices into node positions (world coordinates; an end below 0 is
 * not drawn and never hit) and stroke width in screen pixels.
 */
export interface HitEdges {
  x: Float64Array;
  y: Float64Array;
  source: Int32Array;
  target: Int32Array;
  width: Float64Array;
}

/**
 * Nodes bucketed by world position in a uniform grid (cells in row-major order; the node indices
 * of cell c are `items[start[c]]` to `items[start[c + 1] - 1]`, increasing; `start` has one
 * entry more than needed). Nodes without a finite position are in no cell.
 */
export interface NodeHitIndex {
  nodes: HitNodes;
  maxR: number;
  x0: number;
  y0: number;
  /** World size of a cell (both axes). */
  cell: number;
  columns: number;
  rows: number;
  start: Int32Array;
  items: Int32Array;
}

/**
 * Indexes nodes by world position for fast point queries: a grid of about one node per cell,
 * built by counting sort in two linear passes (cheap enough to rebuild for every layout step).
 */
export function createNodeHitIndex(nodes: HitNodes): NodeHitIndex {
  const { x, y, r } = nodes;
  const n = x.length;
  let maxR = 0;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    if (r[i] > maxR) maxR = r[i];
    const xi = x[i];
    const yi = y[i];
    if (!Number.isFinite(xi) || !Number.isFinite(yi)) continue;
    if (xi < minX) minX = xi;
    if (xi > maxX) maxX = xi;
    if (yi < minY) minY = yi;
    if (yi > maxY) maxY = yi;
  }
  const finite = minX <= maxX;
  const spanX = finite ? maxX - minX : 0;
  const spanY = finite ? maxY - minY : 0;
  // Square cells, about one node each, at most 2^22 of them.
  const area = Math.max(spanX * spanY, 1e-12);
  let cell = Math.sqrt(area / Math.max(1, n)) || 1;
  const cellsFor = (c: number) => (Math.floor(spanX / c) + 1) * (Math.floor(spanY / c) + 1);
  while (cellsFor(cell) > 4 * n + 4 || cellsFor(cell) > 1 << 22) cell *= 2;
  const columns = finite ? Math.floor(spanX / cell) + 1 : 1;
  const rows = finite ? Math.floor(spanY / cell) + 1 : 1;
  const cells = columns * rows;
  // Each node's cell (-1: no finite position), then a counting sort: cell c's count at c + 2,
  // prefix sums, then start[c + 1] is cell c's cursor (it ends at the start of cell c + 1).
  const cellOf = new Int32Array(n);
  const start = new Int32Array(cells + 2);
  let placed = 0;
  for (let i = 0; i < n; i++) {
    const xi = x[i];
    const yi = y[i];
    if (!Number.isFinite(xi) || !Number.isFinite(yi)) {
      cellOf[i] = -1;
      continue;
    }
    const cx = Math.min(columns - 1, Math.floor((xi - minX) / cell));
    const cy = Math.min(rows - 1, Math.floor((yi - minY) / cell));
    const c = cy * columns + cx;
    cellOf[i] = c;
    start[c + 2]++;
    placed++;
  }
  for (let c = 2; c < cells + 2; c++) start[c] += start[c - 1];
  const items = new Int32Array(placed);
  for (let i = 0; i < n; i++) {
    const c = cellOf[i];
    if (c >= 0) items[start[c + 1]++] = i;
  }
  return {
    nodes,
    maxR,
    x0: finite ? minX : 0,
    y0: finite ? minY : 0,
    cell,
    columns,
    rows,
    start,
    items,
  };
}

/** Screen → world under a zoom transform (inverse of screen = world·k + t). */
export function toWorld(sx: number, sy: number, t: SceneTransform): { x: number; y: number } {
  return { x: (sx - t.x) / t.k, y: (sy - t.y) / t.k };
}

/**
 * The node under screen point (sx, sy): of the discs within `tolerance` pixels of the point, the
 * one drawn last (on top); -1 when none.
 */
export function hitNode(
  index: NodeHitIndex,
  sx: number,
  sy: number,
  t: SceneTransform,
  tolerance = 2,
): number {
  const { x: wx, y: wy } = toWorld(sx, sy, t);
  const reach = (index.maxR + tolerance) / t.k;
  const { x, y, r } = index.nodes;
  const { x0, y0, cell, columns, rows, start, items } = index;
  const cx0 = Math.max(0, Math.floor((wx - reach - x0) / cell));
  const cx1 = Math.min(columns - 1, Math.floor((wx + reach - x0) / cell));
  const cy0 = Math.max(0, Math.floor((wy - reach - y0) / cell));
  const cy1 = Math.min(rows - 1, Math.floor((wy + reach - y0) / cell));
  let best = -1;
  for (let cy = cy0; cy <= cy1; cy++)
    for (let cx = cx0; cx <= cx1; cx++) {
      const c = cy * columns + cx;
      for (let j = start[c]; j < start[c + 1]; j++) {
        const i = items[j];
        if (i <= best) continue;
        const d = Math.hypot((x[i] - wx) * t.k, (y[i] - wy) * t.k);
        if (d <= r[i] + tolerance) best = i;
      }
    }
  return best;
}

/** Distance from point P to segment AB. */
export function pointSegmentDistance(
  px: number,
  py: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 > 0 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2)) : 0;
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/**
 * The edge under screen point (sx, sy): the nearest whose line (half its width plus `tolerance`
 * pixels) covers the point; -1 when none.
 */
export function hitEdge(
  edges: HitEdges,
  sx: number,
  sy: number,
  t: SceneTransform,
  tolerance = 3,
): number {
  let best = -1;
  let bestDistance = Infinity;
  const { x, y, source, target, width } = edges;
  for (let e = 0; e < source.length; e++) {
    const s = source[e];
    const o = target[e];
    if (s < 0 || o < 0) continue;
    const ax = x[s] * t.k + t.x;
    const ay = y[s] * t.k + t.y;
    const bx = x[o] * t.k + t.x;
    const by = y[o] * t.k + t.y;
    const reach = width[e] / 2 + tolerance;
    if (
      sx < Math.min(ax, bx) - reach ||
      sx > Math.max(ax, bx) + reach ||
      sy < Math.min(ay, by) - reach ||
      sy > Math.max(ay, by) + reach
    )
      continue;
    const d = pointSegmentDistance(sx, sy, ax, ay, bx, by);
    if (d <= reach && d < bestDistance) {
      best = e;
      bestDistance = d;
    }
  }
  return best;
}
