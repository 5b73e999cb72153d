// Hit-testing geometry: which node or edge is under a screen point, for a zoom transform.
import { quadtree, type Quadtree } from "d3";
import type { SceneTransform } from "../scene/scene.ts";

/** Node geometry: world position and radius in screen pixels, in drawing order. */
export interface HitNodes {
  x: Float64Array;
  y: Float64Array;
  r: Float64Array;
}

/** Edge geometry: endpoints in world coordinates and stroke width in screen pixels. */
export interface HitEdges {
  x1: Float64Array;
  y1: Float64Array;
  x2: Float64Array;
  y2: Float64Array;
  width: Float64Array;
}

export interface NodeHitIndex {
  nodes: HitNodes;
  tree: Quadtree<number>;
  maxR: number;
}

/** Indexes nodes by world position (a quadtree) for fast point queries. */
export function createNodeHitIndex(nodes: HitNodes): NodeHitIndex {
  const indices = Array.from({ length: nodes.x.length }, (_v, i) => i);
  const tree = quadtree<number>()
    .x((i) => nodes.x[i])
    .y((i) => nodes.y[i])
    .addAll(indices);
  let maxR = 0;
  for (let i = 0; i < nodes.r.length; i++) if (nodes.r[i] > maxR) maxR = nodes.r[i];
  return { nodes, tree, maxR };
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
  let best = -1;
  index.tree.visit((node, x0, y0, x1, y1) => {
    if (x0 > wx + reach || x1 < wx - reach || y0 > wy + reach || y1 < wy - reach) return true;
    if (!node.length) {
      let leaf: typeof node | undefined = node;
      while (leaf && !leaf.length) {
        const i = (leaf as { data: number }).data;
        const d = Math.hypot((x[i] - wx) * t.k, (y[i] - wy) * t.k);
        if (d <= r[i] + tolerance && i > best) best = i;
        leaf = (leaf as { next?: typeof node }).next;
      }
    }
    return false;
  });
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
  const { x1, y1, x2, y2, width } = edges;
  for (let e = 0; e < x1.length; e++) {
    const ax = x1[e] * t.k + t.x;
    const ay = y1[e] * t.k + t.y;
    const bx = x2[e] * t.k + t.x;
    const by = y2[e] * t.k + t.y;
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
