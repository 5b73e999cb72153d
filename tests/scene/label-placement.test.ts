// Tests of greedy label placement: priority order, overlap, viewport, forced labels and discs.
import { describe, expect, it } from "vitest";
import { placeLabelBoxes as placeLabels } from "../../src/scene/label-placement.ts";

const box = (x: number, y: number, width = 50, height = 10, forced = false) => ({
  x,
  y,
  width,
  height,
  forced,
});

describe("placeLabelBoxes", () => {
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
    const left = { ...box(100, 0), alternatives: [{ x: 40, y: 0 }] };
    expect(placeLabels([box(120, 0), left], { padding: 0 })).toEqual([0, 1]);
    const offRight = { ...box(80, 0), alternatives: [{ x: 10, y: 0 }] };
    expect(placeLabels([offRight], { width: 100, height: 100 })).toEqual([1]);
    const nowhere = { ...box(100, 0), alternatives: [{ x: 120, y: 0 }] };
    expect(placeLabels([box(110, 0), nowhere], { padding: 0 })).toEqual([0, -1]);
  });

  it("stops at maxLabels and finds overlaps across grid cells", () => {
    const many = Array.from({ length: 10 }, (_, i) => box(i * 100, 0));
    expect(placeLabels(many, { maxLabels: 3 }).filter((c) => c >= 0).length).toBe(3);
    // A long label spanning several 64 px cells still collides with one far along it.
    expect(placeLabels([box(0, 0, 300), box(250, 5, 20)], {})).toEqual([0, -1]);
  });

  it("lets a label cover the discs of later labels, never those of earlier ones", () => {
    // Label 0 runs over disc 1 (a later one): allowed.
    const first = { ...box(0, 0, 100), disc: { x: 50, y: 20, width: 10, height: 10 } };
    const second = { ...box(150, 0, 100), disc: { x: 60, y: 0, width: 10, height: 10 } };
    expect(placeLabels([first, second], { padding: 0 })).toEqual([0, 0]);
    // Label 2 would run over disc 0 (an earlier one): refused.
    const late = { ...box(40, 15, 40), disc: { x: 300, y: 0, width: 10, height: 10 } };
    expect(placeLabels([first, second, late], { padding: 0 })).toEqual([0, 0, -1]);
  });

  it("takes the free place the next labels need least, with lookahead", () => {
    // The first place of label 0 is where label 1 must go; its alternative is free for both.
    const zero = { ...box(0, 0), alternatives: [{ x: 0, y: 40 }] };
    const one = box(10, 0);
    expect(placeLabels([zero, one], { padding: 0 })).toEqual([0, -1]);
    expect(placeLabels([zero, one], { padding: 0, lookahead: 5 })).toEqual([1, 0]);
  });

  it("tries far places only when no near one is free", () => {
    const b = { ...box(0, 0), alternatives: [{ x: 0, y: 20 }], far: () => [{ x: 0, y: 60 }] };
    // The far place (y 60) is free of what label 1 needs, but a near one is free: near wins.
    const next = box(0, 20);
    expect(placeLabels([b, next], { padding: 0, lookahead: 5 })).toEqual([0, 0]);
    const blocked = placeLabels([box(0, 0, 50, 10, true), box(0, 20, 50, 10, true), b], {
      padding: 0,
    });
    expect(blocked).toEqual([0, 0, 2]);
  });
});
