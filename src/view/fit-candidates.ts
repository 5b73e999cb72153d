// The few authors that can bound the map at any zoom: fitting the view looks at these only.
import type { FitItem } from "../scene/fit-transform.ts";

/** Buckets per axis of the linear pre-filter (fewer when there are few items). */
const MAX_BUCKETS = 1024;

/**
 * Items that may be on the Pareto frontier of (coordinate, r) in either direction along one axis,
 * found in linear time: the coordinate range is cut into equal buckets, and an item is dropped
 * when a strictly higher (or, for the other direction, strictly lower) bucket holds an item at
 * least as big, which then lies strictly further out with no smaller radius. Every item of either
 * frontier is kept, and so is, for every dropped item, one kept item that dominates it.
 * Returns the kept indices in increasing order; all of them when the range is not finite.
 */
export function axisFrontierSuperset(key: Float64Array, r: Float64Array): Uint32Array {
  const n = key.length;
  let min = Infinity;
  let max = -Infinity;
  let finite = true;
  for (let i = 0; i < n; i++) {
    const k = key[i];
    if (!Number.isFinite(k)) finite = false;
    if (k < min) min = k;
    if (k > max) max = k;
  }
  const all = () => {
    const indices = new Uint32Array(n);
    for (let i = 0; i < n; i++) indices[i] = i;
    return indices;
  };
  if (!finite || !(max > min) || !Number.isFinite(max - min)) return all();
  const buckets = Math.max(1, Math.min(MAX_BUCKETS, n >> 3));
  const scale = buckets / (max - min);
  const bucket = new Int32Array(n);
  const top = new Float64Array(buckets).fill(-Infinity);
  for (let i = 0; i < n; i++) {
    // Monotone in the key: a higher bucket means a strictly larger key.
    const b = Math.min(buckets - 1, Math.floor((key[i] - min) * scale));
    bucket[i] = b;
    if (r[i] > top[b]) top[b] = r[i];
  }
  // above[b]: largest radius in buckets after b; below[b]: in buckets before b.
  const above = new Float64Array(buckets);
  const below = new Float64Array(buckets);
  let best = -Infinity;
  for (let b = buckets - 1; b >= 0; b--) {
    above[b] = best;
    if (top[b] > best) best = top[b];
  }
  best = -Infinity;
  for (let b = 0; b < buckets; b++) {
    below[b] = best;
    if (top[b] > best) best = top[b];
  }
  const kept = new Uint32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const b = bucket[i];
    if (r[i] > above[b] || r[i] > below[b]) kept[count++] = i;
  }
  return kept.slice(0, count);
}

/** Positions and radii of a map's authors, by index, as typed or plain arrays. */
export interface FitArrays {
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  r: ArrayLike<number>;
  /** Items with a label (its width counts as radius on the right): always kept. */
  labelled?: (i: number) => boolean;
}

/**
 * Items that can be extreme in some direction at some zoom k ≥ 0. On the right, item i reaches
 * x·k + r; an item with x and r both no larger than another's never reaches further, whatever
 * k. Keeps the Pareto frontier of (x, r), (−x, r), (y, r) and (−y, r): fitting these gives the
 * same transform as fitting all items (labels widths count as radius on the right only, so items
 * with labels are always kept). A linear pre-filter ({@link axisFrontierSuperset}) leaves few
 * items to sort, so this is about linear for a laid-out map; O(n log n) at worst.
 */
export function fitCandidates<T extends FitItem>(items: readonly T[]): T[] {
  const kept = fitCandidateIndices({
    x: items.map((item) => item.x),
    y: items.map((item) => item.y),
    r: items.map((item) => item.r),
    labelled: (i) => (items[i].labelWidth ?? 0) > 0,
  });
  return Array.from(kept, (i) => items[i]);
}

/**
 * {@link fitCandidates} on arrays: the kept indices in increasing order. A running layout's
 * positions are fitted from the drawn arrays this way, with no object per author.
 */
export function fitCandidateIndices(items: FitArrays): Uint32Array {
  const n = items.r.length;
  const keep = new Uint8Array(n);
  const r = Float64Array.from(items.r);
  const key = new Float64Array(n);
  if (items.labelled) for (let i = 0; i < n; i++) if (items.labelled(i)) keep[i] = 1;
  // One sort per axis (of the pre-filtered items), ties broken by radius; walked from both ends
  // for both directions. Dropped items are dominated by a kept one, so the walks keep the same.
  const axis = (coordinate: "x" | "y") => {
    const values = items[coordinate];
    for (let i = 0; i < n; i++) key[i] = values[i];
    const order = axisFrontierSuperset(key, r);
    const m = order.length;
    order.sort((a, b) => key[a] - key[b] || r[a] - r[b]);
    let best = -Infinity;
    for (let j = m - 1; j >= 0; j--) {
      const i = order[j];
      if (r[i] > best) {
        best = r[i];
        keep[i] = 1;
      }
    }
    best = -Infinity;
    let j = 0;
    while (j < m) {
      // Within equal coordinates the largest radius comes last: visit the group from its end.
      let end = j;
      while (end + 1 < m && key[order[end + 1]] === key[order[j]]) end++;
      for (let q = end; q >= j; q--) {
        const i = order[q];
        if (r[i] > best) {
          best = r[i];
          keep[i] = 1;
        }
      }
      j = end + 1;
    }
  };
  axis("x");
  axis("y");
  let count = 0;
  for (let i = 0; i < n; i++) count += keep[i];
  const out = new Uint32Array(count);
  for (let i = 0, j = 0; i < n; i++) if (keep[i]) out[j++] = i;
  return out;
}
