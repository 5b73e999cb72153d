// Stable orderings of many numbers without a comparator: a native sort of a typed copy, then
// counting sorts. Sorting 50k authors with a comparator took 30–80 ms of the page's main thread.

/**
 * Indices 0…n-1 ordered by `keys` ascending, equal keys in index order (NaN last). One numeric
 * sort of the distinct keys, a binary search per key, and a stable counting sort on the ranks.
 */
export function stableOrder(keys: ArrayLike<number>): Uint32Array {
  const n = keys.length;
  const sorted = Float64Array.from(keys).sort();
  // The distinct keys (NaN sorts last and is left out; -0 and 0 are one key).
  let m = 0;
  for (let i = 0; i < n; i++) {
    const v = sorted[i];
    if (v !== v) break;
    if (m === 0 || sorted[m - 1] !== v) sorted[m++] = v;
  }
  const rank = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const v = keys[i];
    if (v !== v) {
      rank[i] = m;
      continue;
    }
    let lo = 0;
    let hi = m - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid] < v) lo = mid + 1;
      else hi = mid;
    }
    rank[i] = lo;
  }
  return countingSortBy(identity(n), rank, m + 1);
}

/**
 * `order` reordered stably by `key[order[j]]`, small non-negative integers below `size`
 * (linear time). Applied after {@link stableOrder} or another counting sort, it sorts by
 * several keys, the last applied first.
 */
export function countingSortBy(
  order: Uint32Array,
  key: ArrayLike<number>,
  size: number,
): Uint32Array {
  const start = new Uint32Array(size + 1);
  for (let j = 0; j < order.length; j++) start[key[order[j]] + 1]++;
  for (let k = 1; k <= size; k++) start[k] += start[k - 1];
  const out = new Uint32Array(order.length);
  for (let j = 0; j < order.length; j++) out[start[key[order[j]]]++] = order[j];
  return out;
}

function identity(n: number): Uint32Array {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return order;
}
