// Tests of the scene scales and the community palette, with hand-computed values.
import { describe, expect, it } from "vitest";
import { communityColors, COMMUNITY_PALETTE, OTHER_COLOR } from "../../src/scene/palette.ts";
import { edgeWidthScale, radiusScale } from "../../src/scene/scales.ts";

describe("radiusScale", () => {
  it("maps the domain by square root so areas follow the metric", () => {
    const r = radiusScale([0, 4, 2], { minRadius: 1, maxRadius: 3 });
    expect(r(0)).toBe(1);
    expect(r(4)).toBe(3);
    expect(r(1)).toBeCloseTo(1 + 2 * Math.sqrt(0.25));
  });

  it("clamps outside the domain and centres a flat domain", () => {
    const r = radiusScale([2, 4], { minRadius: 1, maxRadius: 3 });
    expect(r(-10)).toBe(1);
    expect(r(99)).toBe(3);
    expect(radiusScale([5, 5], { minRadius: 1, maxRadius: 3 })(5)).toBe(2);
  });
});

describe("edgeWidthScale", () => {
  it("goes from minWidth at one paper to maxWidth at the heaviest edge, by square root", () => {
    const w = edgeWidthScale(5, { minWidth: 1, maxWidth: 5 });
    expect(w(1)).toBe(1);
    expect(w(2)).toBe(3);
    expect(w(5)).toBe(5);
  });

  it("rounds to quarter pixels and handles a graph of single papers", () => {
    expect(edgeWidthScale(3, { minWidth: 1, maxWidth: 2 })(2)).toBe(1.75);
    expect(edgeWidthScale(1, { minWidth: 0.8, maxWidth: 6 })(1)).toBe(0.75);
  });
});

describe("communityColors", () => {
  it("gives the first colours to the largest communities", () => {
    const colors = communityColors([1, 1, 0, 2, 2, 2]);
    expect(colors.get(2)).toBe(COMMUNITY_PALETTE[0]);
    expect(colors.get(1)).toBe(COMMUNITY_PALETTE[1]);
    expect(colors.get(0)).toBe(COMMUNITY_PALETTE[2]);
  });

  it("breaks ties by community number; past the palette every community is grey", () => {
    const colors = communityColors([1, 2, 3, 4, 5], ["#ff0000", "#0000ff"]);
    expect([1, 2, 3, 4, 5].map((c) => colors.get(c))).toEqual([
      "#ff0000",
      "#0000ff",
      OTHER_COLOR,
      OTHER_COLOR,
      OTHER_COLOR,
    ]);
    expect(communityColors([1], []).get(1)).toBe(OTHER_COLOR);
  });

  it("gives hundreds of communities nine distinct colours, none of them the grey", () => {
    const members = Array.from({ length: 452 }, (_, c) => Array<number>(500 - c).fill(c)).flat();
    const colors = communityColors(members);
    const used = [...colors.values()];
    expect(new Set(used.filter((c) => c !== OTHER_COLOR)).size).toBe(9);
    expect(used.filter((c) => c !== OTHER_COLOR)).toEqual([...COMMUNITY_PALETTE]);
    expect(COMMUNITY_PALETTE).not.toContain(OTHER_COLOR);
    expect(colors.get(9)).toBe(OTHER_COLOR);
  });
});
