import { describe, expect, it } from "vitest";
import { fitTransform } from "../../src/scene/fit-transform.ts";
import {
  axisFrontierSuperset,
  fitCandidateIndices,
  fitCandidates,
} from "../../src/view/fit-candidates.ts";
import type { FitItem } from "../../src/scene/fit-transform.ts";

/** Park–Miller: a small seeded generator for test data. */
function rng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

describe("fitCandidates", () => {
  it("drops items dominated in every direction", () => {
    const items = [
      { x: 0, y: 0, r: 1 },
      { x: 10, y: 0, r: 1 },
      { x: 9, y: 0, r: 5 },
      { x: 5, y: 0, r: 1 }, // inside: never extreme
      { x: 5, y: 3, r: 1 }, // top
      { x: 5, y: -3, r: 1 }, // bottom
    ];
    const kept = fitCandidates(items);
    expect(kept).toEqual([items[0], items[1], items[2], items[4], items[5]]);
  });

  it("keeps every labelled item", () => {
    const items = [
      { x: 0, y: 0, r: 1 },
      { x: 1, y: 0, r: 1 },
      { x: 0.5, y: 0, r: 1, labelWidth: 40 },
    ];
    expect(fitCandidates(items)).toContain(items[2]);
  });

  it("gives the same fit as all items", () => {
    const random = rng(7);
    const items = Array.from({ length: 2000 }, () => ({
      x: random() * 400 - 200,
      y: random() * 300 - 150,
      r: 2 + Math.floor(random() * 5) * 3,
    }));
    const kept = fitCandidates(items);
    expect(kept.length).toBeLessThan(200);
    for (const [w, hgt] of [
      [800, 600],
      [300, 900],
    ])
      expect(fitTransform(kept, w, hgt)).toEqual(fitTransform(items, w, hgt));
  });

  it("keeps exactly what a full sort keeps (ties, duplicates, labels, clusters)", () => {
    // The implementation before the linear pre-filter: one full sort per axis.
    function referenceFitCandidates<T extends FitItem>(items: readonly T[]): T[] {
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

    const random = rng(11);
    for (let round = 0; round < 60; round++) {
      const n = 1 + Math.floor(random() * 400);
      const grid = round % 3 === 0; // coarse coordinates and radii: many ties and duplicates
      const items: FitItem[] = Array.from({ length: n }, () => {
        const item: FitItem = grid
          ? {
              x: Math.floor(random() * 6),
              y: Math.floor(random() * 4),
              r: Math.floor(random() * 3),
            }
          : { x: random() * 1000 - 500, y: (random() - 0.5) * random() * 80, r: 1 + random() * 9 };
        if (random() < 0.02) item.labelWidth = 30;
        return item;
      });
      const reference = referenceFitCandidates(items);
      expect(fitCandidates(items)).toEqual(reference);
      // The same from typed arrays (how a running layout's drawn positions are fitted).
      const kept = fitCandidateIndices({
        x: Float64Array.from(items, (item) => item.x),
        y: Float64Array.from(items, (item) => item.y),
        r: Float64Array.from(items, (item) => item.r),
        labelled: (i) => (items[i].labelWidth ?? 0) > 0,
      });
      expect(Array.from(kept, (i) => items[i])).toEqual(reference);
    }
  });

  it("handles one item, one point and non-finite coordinates", () => {
    expect(fitCandidates([{ x: 1, y: 2, r: 3 }])).toEqual([{ x: 1, y: 2, r: 3 }]);
    const same = [
      { x: 5, y: 5, r: 1 },
      { x: 5, y: 5, r: 2 },
      { x: 5, y: 5, r: 2 },
    ];
    expect(fitCandidates(same)).toEqual([same[2]]);
    const odd = [
      { x: 0, y: 0, r: 1 },
      { x: Infinity, y: 0, r: 1 },
      { x: 3, y: 1, r: 1 },
    ];
    expect(fitCandidates(odd)).toEqual([odd[0], odd[1], odd[2]]);
  });
});

describe("axisFrontierSuperset", () => {
  it("drops items with a bigger item in a strictly higher and a strictly lower bucket", () => {
    // 24 items at keys 0–23 → 3 buckets: keys 0–7, 8–15 and 16–23.
    const key = Float64Array.from({ length: 24 }, (_v, i) => i);
    const r = new Float64Array(24).fill(1);
    r[2] = 3; // biggest of the first bucket
    r[10] = 2.5; // biggest of the middle bucket
    r[20] = 2; // biggest of the last bucket
    // Nothing is below the first bucket or above the last: all of them stay. In the middle, an
    // item must beat 2 (above) or 3 (below): only item 10.
    const expected = [0, 1, 2, 3, 4, 5, 6, 7, 10, 16, 17, 18, 19, 20, 21, 22, 23];
    expect([...axisFrontierSuperset(key, r)]).toEqual(expected);
  });

  it("keeps everything when the range is empty or not finite", () => {
    expect([
      ...axisFrontierSuperset(Float64Array.from([2, 2, 2]), Float64Array.from([1, 2, 3])),
    ]).toEqual([0, 1, 2]);
    expect([
      ...axisFrontierSuperset(Float64Array.from([0, NaN, 1]), Float64Array.from([1, 1, 1])),
    ]).toEqual([0, 1, 2]);
  });
});
