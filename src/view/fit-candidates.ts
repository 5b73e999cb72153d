// The few authors that can bound the map at any zoom: fitting the view looks at these only.
import type { FitItem } from "../scene/fit-transform.ts";

/**
 * Items that can be extreme in some direction at some zoom k ≥ 0. On the right, item i reaches
 * x·k + r; an item with x and r both no larger than another's never reaches further, whatever
 * k. Keeps the Pareto frontier of (x, r), (−x, r), (y, r) and (−y, r): fitting these gives the
 * same transform as fitting all items (labels widths count as radius on the right only, so items
 * with labels are always kept). O(n log n).
 */
export function fitCandidates<T extends FitItem>(items: readonly T[]): T[] {
  const n = items.length;
  const keep = new Uint8Array(n);
  const r = new Float64Array(n);
  const key = new Float64Array(n);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    r[i] = items[i].r;
    if ((items[i].labelWidth ?? 0) > 0) keep[i] = 1;
  }
  // One sort per axis, ties broken by radius; walked from both ends for both directions.
  const axis = (coordinate: "x" | "y") => {
    for (let i = 0; i < n; i++) {
      key[i] = items[i][coordinate];
      order[i] = i;
    }
    order.sort((a, b) => key[a] - key[b] || r[a] - r[b]);
    let best = -Infinity;
    for (let j = n - 1; j >= 0; j--) {
      const i = order[j];
      if (r[i] > best) {
        best = r[i];
        keep[i] = 1;
      }
    }
    best = -Infinity;
    let j = 0;
    while (j < n) {
      // Within equal coordinates the largest radius comes last: visit the group from its end.
      let end = j;
      while (end + 1 < n && key[order[end + 1]] === key[order[j]]) end++;
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
  const out: T[] = [];
  for (let i = 0; i < n; i++) if (keep[i]) out.push(items[i]);
  return out;
}
