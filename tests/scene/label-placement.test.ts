// Tests of greedy label placement: priority order, overlap, viewport and forced labels.
import { describe, expect, it } from "vitest";
import { placeLabels } from "../../src/scene/label-placement.ts";

const box = (x: number, y: number, width = 50, height = 10, forced = false) => ({
  x,
  y,
  width,
  height,
  forced,
});

describe("placeLabels", () => {
  it("keeps the first of two overlapping labels and both of two apart", () => {
    expect(placeLabels([box(0, 0), box(40, 5)], { padding: 0 })).toEqual([0, -1]);
    expect(placeLabels([box(0, 0), box(60, 0)], { padding: 0 })).toEqual([0, 0]);
  });

  it("keeps the padding between labels", () => {
    expect(placeLabels([box(0, 0), box(51, 0)], { padding: 2 })).toEqual([0, -1]);
    expect(placeLabels([box(0, 0), box(53, 0)], { padding: 2 })).toEqual([0, 0]);
  });

  it("drops unforced labels that leave the viewport", () => {
    expect(placeLabels([box(80, 0), box(0, 95)], { width: 100, height: 100 })).toEqual([-1, -1]);
  });

  it("keeps forced labels first, whatever they overlap or wherever they are", () => {
    const result = placeLabels([box(0, 0), box(10, 0, 50, 10, true), box(500, 0, 50, 10, true)], {
      width: 100,
      height: 100,
    });
    expect(result).toEqual([-1, 0, 0]);
  });

  it("keeps unforced labels off obstacles, but not forced ones", () => {
    const disc = { x: 40, y: 0, width: 20, height: 20 };
    expect(placeLabels([box(0, 0), box(0, 30)], { obstacles: [disc], padding: 0 })).toEqual([
      -1, 0,
    ]);
    expect(placeLabels([box(0, 0, 50, 10, true)], { obstacles: [disc] })).toEqual([0]);
  });

  it("uses the alternative place when the first is taken or off screen", () => {
    const left = { ...box(100, 0), alternative: { x: 40, y: 0 } };
    expect(placeLabels([box(120, 0), left], { padding: 0 })).toEqual([0, 1]);
    const offRight = { ...box(80, 0), alternative: { x: 10, y: 0 } };
    expect(placeLabels([offRight], { width: 100, height: 100 })).toEqual([1]);
    const nowhere = { ...box(100, 0), alternative: { x: 120, y: 0 } };
    expect(placeLabels([box(110, 0), nowhere], { padding: 0 })).toEqual([0, -1]);
  });

  it("stops at maxLabels and finds overlaps across grid cells", () => {
    const many = Array.from({ length: 10 }, (_, i) => box(i * 100, 0));
    expect(placeLabels(many, { maxLabels: 3 }).filter((c) => c >= 0).length).toBe(3);
    // A long label spanning several 64 px cells still collides with one far along it.
    expect(placeLabels([box(0, 0, 300), box(250, 5, 20)], {})).toEqual([0, -1]);
  });
});
