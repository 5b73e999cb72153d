// topByValue lists what a full sort by value (descending, ties by id) would list first.
import { describe, expect, it } from "vitest";
import { topByValue } from "../../src/model/top-by-value.ts";

const fullSort = (ids: string[], value: (id: string) => number, limit: number) =>
  [...ids].sort((x, y) => value(y) - value(x) || (x < y ? -1 : 1)).slice(0, limit);

describe("topByValue", () => {
  it("takes the highest values, ties by id, by hand", () => {
    const v: Record<string, number> = { a: 1, b: 3, c: 3, d: 2, e: 3 };
    expect(topByValue(["e", "a", "c", "d", "b"], (id) => v[id], 2)).toEqual(["b", "c"]);
    expect(topByValue(["e", "a", "c", "d", "b"], (id) => v[id], 4)).toEqual(["b", "c", "e", "d"]);
    expect(topByValue(["a", "d"], (id) => v[id], 5)).toEqual(["d", "a"]);
    expect(topByValue(["a", "d"], (id) => v[id], 0)).toEqual([]);
  });

  it("equals the full sort on many ids with many ties, and with NaN among the values", () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const ids = Array.from({ length: 5000 }, (_, i) => `x${(i * 7919) % 5000}`);
    const value = new Map(ids.map((id) => [id, Math.floor(random() * 40) / 4]));
    const of = (id: string) => value.get(id) as number;
    for (const limit of [1, 10, 25, 100, 4999, 5000, 6000])
      expect(topByValue(ids, of, limit)).toEqual(fullSort(ids, of, limit));
    value.set(ids[3], NaN);
    expect(topByValue(ids, of, 25)).toEqual(fullSort(ids, of, 25));
  });
});
