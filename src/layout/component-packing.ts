// Where each connected component goes on the map: the largest in the middle, the others packed
// tightly around it as circles (d3-hierarchy's front-chain sibling packing), not a wide ring.
import { packSiblings } from "d3";

export interface PackingOptions {
  /** Free space added to every component's radius (world units). */
  padding: number;
}

export const DEFAULT_PACKING_OPTIONS: PackingOptions = { padding: 10 };

/** A component as a circle: its centre (centroid of its nodes) and radius. */
export interface ComponentCircle {
  x: number;
  y: number;
  r: number;
}

/**
 * Offsets (interleaved `dx, dy` per component) that move every circle to its packed place:
 * circles in the given order (largest component first), each touching those already placed, as
 * close to the first as the front chain allows; the first one's centre ends at the origin.
 * Deterministic: the same circles give the same offsets.
 */
export function packComponents(
  circles: readonly ComponentCircle[],
  options: Partial<PackingOptions> = {},
): Float64Array {
  const { padding } = { ...DEFAULT_PACKING_OPTIONS, ...options };
  const packed = circles.map((c) => ({ x: 0, y: 0, r: c.r + padding }));
  if (packed.length) packSiblings(packed);
  const ox = packed.length ? packed[0].x : 0;
  const oy = packed.length ? packed[0].y : 0;
  const offsets = new Float64Array(2 * circles.length);
  circles.forEach((c, k) => {
    offsets[2 * k] = packed[k].x - ox - c.x;
    offsets[2 * k + 1] = packed[k].y - oy - c.y;
  });
  return offsets;
}
