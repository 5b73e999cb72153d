// The highest-valued few of many ids, ordered as a full sort would order them, without sorting all.
import { float64Of } from "./typed-of.ts";

/**
 * The first `limit` of `ids` sorted by `value` descending, ties by id (code-unit order): the same
 * list as sorting them all, but only the ids at or above the `limit`-th highest value go through
 * the comparator (the values are sorted as a typed array, natively). With a NaN among the values
 * (a metric still pending) all are sorted, as before.
 */
export function topByValue(
  ids: readonly string[],
  value: (id: string) => number,
  limit: number,
): string[] {
  const byValue = (x: string, y: string) => value(y) - value(x) || (x < y ? -1 : x > y ? 1 : 0);
  if (limit <= 0) return [];
  const values = float64Of(ids, value);
  const sorted = values.slice().sort();
  // A typed sort puts NaN last.
  if (ids.length <= limit || Number.isNaN(sorted[ids.length - 1]))
    return [...ids].sort(byValue).slice(0, limit);
  const threshold = sorted[ids.length - limit];
  return ids
    .filter((_id, i) => values[i] >= threshold)
    .sort(byValue)
    .slice(0, limit);
}
