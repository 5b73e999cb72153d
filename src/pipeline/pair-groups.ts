// Occurrences of unordered node pairs grouped into edges numbered in first-met order, by counting sorts (no hash table).

/** The edges of a list of pair occurrences: edge e's occurrences are `order[offsets[e] … offsets[e + 1] - 1]`, ascending. */
export interface PairGroups {
  offsets: Int32Array;
  /** Occurrence indices, grouped by edge; the first of each group is where its edge was first met. */
  order: Int32Array;
}

/** Occurrence indices sorted by `keys[k]` (each in [0, n)), stably: ties keep `within`'s order. */
function countingSort(keys: Int32Array, n: number, within: Int32Array | null, out: Int32Array) {
  const length = out.length;
  const start = new Int32Array(n + 1);
  for (let k = 0; k < length; k++) start[keys[k] + 1]++;
  for (let v = 0; v < n; v++) start[v + 1] += start[v];
  for (let i = 0; i < length; i++) {
    const k = within === null ? i : within[i];
    out[start[keys[k]]++] = k;
  }
}

/**
 * Groups the occurrences k of pairs {a[k], b[k]} (node indices in [0, n), a[k] ≠ b[k]) by their
 * unordered pair: one edge per distinct pair, edges numbered in the order their pair is first met
 * (smallest k), each edge's occurrences in ascending k. Two stable counting sorts (by the larger
 * endpoint, then the smaller) put equal pairs together in k order; the groups are then renumbered
 * by their first occurrence. O(n + occurrences) time, four Int32Arrays of the occurrences' length.
 */
export function groupPairs(a: Int32Array, b: Int32Array, n: number): PairGroups {
  const count = a.length;
  const low = new Int32Array(count);
  const high = new Int32Array(count);
  for (let k = 0; k < count; k++) {
    const x = a[k];
    const y = b[k];
    if (x < y) {
      low[k] = x;
      high[k] = y;
    } else {
      low[k] = y;
      high[k] = x;
    }
  }
  const byHigh = new Int32Array(count);
  countingSort(high, n, null, byHigh);
  const sorted = new Int32Array(count);
  countingSort(low, n, byHigh, sorted);
  // Group starts in `sorted`; `firstSeen[k]` marks occurrence k as the first of group g (g + 1).
  const firstSeen = byHigh.fill(0);
  let groups = 0;
  for (let i = 0; i < count; i++) {
    const k = sorted[i];
    const previous = i === 0 ? -1 : sorted[i - 1];
    if (previous < 0 || low[k] !== low[previous] || high[k] !== high[previous]) {
      groups++;
      firstSeen[k] = groups;
    }
  }
  // Edge numbers: groups in the order of their first occurrence.
  const edgeOfGroup = new Int32Array(groups);
  let edges = 0;
  for (let k = 0; k < count; k++) if (firstSeen[k] > 0) edgeOfGroup[firstSeen[k] - 1] = edges++;
  const offsets = new Int32Array(groups + 1);
  const order = new Int32Array(count);
  // Group sizes by edge, then each group's run copied to its edge's slot.
  let group = -1;
  const groupStart = low; // reused: where each group starts in `sorted`
  for (let i = 0; i < count; i++) {
    if (firstSeen[sorted[i]] > 0) groupStart[++group] = i;
    offsets[edgeOfGroup[group] + 1]++;
  }
  for (let e = 0; e < groups; e++) offsets[e + 1] += offsets[e];
  for (let g = 0; g < groups; g++) {
    const from = groupStart[g];
    const to = g + 1 < groups ? groupStart[g + 1] : count;
    for (let i = from, at = offsets[edgeOfGroup[g]]; i < to; i++) order[at++] = sorted[i];
  }
  return { offsets, order };
}
