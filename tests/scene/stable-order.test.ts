import { describe, expect, it } from "vitest";
import { countingSortBy, stableOrder } from "../../src/scene/stable-order.ts";

let seed = 11;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

describe("stableOrder", () => {
  it("orders by key ascending, ties in index order", () => {
    expect([...stableOrder([3, 1, 2, 1, 3, -5])]).toEqual([5, 1, 3, 2, 0, 4]);
    expect([...stableOrder([])]).toEqual([]);
  });

  it("puts NaN last, treats -0 and 0 as one key, and handles infinities", () => {
    expect([...stableOrder([NaN, 0, Infinity, -0, -Infinity, NaN, 0])]).toEqual([
      4, 1, 3, 6, 2, 0, 5,
    ]);
  });

  it("equals a stable comparator sort on random keys with many ties", () => {
    for (const n of [1, 2, 3, 50, 2000]) {
      const keys = Array.from({ length: n }, () =>
        random() < 0.5 ? Math.floor(random() * 7) - 3 : random() * 100 - 50,
      );
      const expected = keys.map((_k, i) => i).sort((a, b) => keys[a] - keys[b] || a - b);
      expect([...stableOrder(keys)]).toEqual(expected);
      expect([...stableOrder(Float64Array.from(keys))]).toEqual(expected);
    }
  });
});

describe("countingSortBy", () => {
  it("sorts by several keys when applied last key first", () => {
    const n = 3000;
    const a = Array.from({ length: n }, () => Math.floor(random() * 3));
    const b = Array.from({ length: n }, () => Math.floor(random() * 40));
    const c = Array.from({ length: n }, () => Math.round(random() * 20) / 4);
    const order = countingSortBy(countingSortBy(stableOrder(c), b, 40), a, 3);
    const expected = a
      .map((_x, i) => i)
      .sort((i, j) => a[i] - a[j] || b[i] - b[j] || c[i] - c[j] || i - j);
    expect([...order]).toEqual(expected);
  });
});
