import { describe, expect, it } from "vitest";
import { fitTransform } from "../../src/scene/fit-transform.ts";
import { fitCandidates } from "../../src/view/fit-candidates.ts";

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
});
