// Tests of the compiled scene's position updates: by id, and from a layout's arrays through slots.
import { describe, expect, it } from "vitest";
import type { Scene, SceneNode } from "../../../src/scene/scene.ts";
import {
  compileSceneSteps,
  layoutSlots,
  movePositions,
  movePositionsFrom,
} from "../../../src/view/render/compiled-scene.ts";
import { runSteps } from "../../../src/view/sliced.ts";
import { sceneEdgesOf } from "../../../src/scene/scene-edges.ts";

const node = (id: string, x: number, y: number): SceneNode => ({
  id,
  x,
  y,
  r: 3,
  fill: "#336699",
  label: id,
  owner: false,
  selected: false,
  dimmed: false,
});
const edge = (source: string, target: string) => ({
  source,
  target,
  width: 1,
  color: "#999999",
  highlighted: false,
  dimmed: false,
});
const scene: Scene = {
  width: 100,
  height: 100,
  transform: { x: 0, y: 0, k: 1 },
  nodes: [node("a", 0, 0), node("b", 10, 0), node("c", 0, 10)],
  // The last edge has an end that is not drawn: it is left out.
  edges: sceneEdgesOf([edge("a", "b"), edge("b", "c"), edge("c", "x")]),
  background: "#ffffff",
  fontSize: 12,
};
const compile = () => runSteps(compileSceneSteps(scene));

describe("compiled scene positions", () => {
  it("keeps each edge's ends as node indices", () => {
    const c = compile();
    expect([...c.es]).toEqual([0, 1]);
    expect([...c.et]).toEqual([1, 2]);
  });

  it("maps a layout's id order to the drawn nodes", () => {
    const c = compile();
    // The layout knows an author the scene does not draw ("z") and not "b".
    expect([...layoutSlots(c, ["c", "z", "a"])]).toEqual([2, -1, 0]);
  });

  it("moves from a layout's arrays as from positions by id", () => {
    const byId = compile();
    const fromLayout = compile();
    const ids = ["c", "z", "a", "b"];
    const xy = Float64Array.of(5, 6, 99, 99, 1, 2, 3, 4);
    expect(movePositions(byId, { c: { x: 5, y: 6 }, a: { x: 1, y: 2 }, b: { x: 3, y: 4 } })).toBe(
      true,
    );
    expect(movePositionsFrom(fromLayout, layoutSlots(fromLayout, ids), xy)).toBe(true);
    expect([...fromLayout.nx]).toEqual([1, 3, 5]);
    expect([...fromLayout.ny]).toEqual([2, 4, 6]);
    expect([...fromLayout.nx]).toEqual([...byId.nx]);
    expect([...fromLayout.ny]).toEqual([...byId.ny]);
    // The same positions again: nothing moved.
    expect(movePositionsFrom(fromLayout, layoutSlots(fromLayout, ids), xy)).toBe(false);
  });

  it("leaves authors the layout lacks where they were", () => {
    const c = compile();
    movePositionsFrom(c, layoutSlots(c, ["b"]), Float64Array.of(7, 8));
    expect([...c.nx]).toEqual([0, 7, 0]);
    expect([...c.ny]).toEqual([0, 8, 10]);
  });
});
