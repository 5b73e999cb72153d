// Pair occurrences grouped into edges: hand-worked lists and a brute-force count on a random one.
import { describe, expect, it } from "vitest";
import { groupPairs } from "../../src/pipeline/pair-groups.ts";
import { mulberry32 } from "../../src/metrics/mulberry32.ts";

/** Each edge's occurrence list, edge by edge. */
function edgesOf(a: number[], b: number[], n: number): number[][] {
  const { offsets, order } = groupPairs(Int32Array.from(a), Int32Array.from(b), n);
  return Array.from({ length: offsets.length - 1 }, (_, e) =>
    Array.from(order.subarray(offsets[e], offsets[e + 1])),
  );
}

describe("groupPairs", () => {
  it("numbers pairs in first-met order, either orientation one pair, occurrences ascending", () => {
    // k:      0       1       2       3       4       5
    // pair: {2,0}  {1,3}  {0,2}  {3,1}  {0,1}  {2,0}
    expect(edgesOf([2, 1, 0, 3, 0, 2], [0, 3, 2, 1, 1, 0], 4)).toEqual([[0, 2, 5], [1, 3], [4]]);
  });

  it("has no edges for no occurrences, one edge for one", () => {
    expect(edgesOf([], [], 3)).toEqual([]);
    expect(edgesOf([2], [1], 3)).toEqual([[0]]);
  });

  it("matches a first-met map on 20,000 random occurrences over 60 nodes", () => {
    const rng = mulberry32(11);
    const a: number[] = [];
    const b: number[] = [];
    while (a.length < 20_000) {
      const x = Math.floor(rng() * 60);
      const y = Math.floor(rng() * 60);
      if (x === y) continue;
      a.push(x);
      b.push(y);
    }
    const expected = new Map<string, number[]>();
    a.forEach((x, k) => {
      const key = `${Math.min(x, b[k])}-${Math.max(x, b[k])}`;
      const list = expected.get(key);
      if (list) list.push(k);
      else expected.set(key, [k]);
    });
    const actual = edgesOf(a, b, 60);
    expect(actual.length).toBe(expected.size);
    expect(actual).toEqual([...expected.values()]);
  });
});
