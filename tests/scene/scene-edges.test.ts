import { describe, expect, it } from "vitest";
import type { SceneEdge } from "../../src/scene/scene.ts";
import {
  EDGE_DIMMED,
  EDGE_FRESH,
  EDGE_HIGHLIGHTED,
  edgeFlags,
  finishSceneEdges,
  NO_SCENE_EDGES,
  pushSceneEdge,
  sceneEdgeAt,
  sceneEdgeList,
  sceneEdgesBuilder,
  sceneEdgesOf,
} from "../../src/scene/scene-edges.ts";

const list: SceneEdge[] = [
  { source: "a", target: "b", width: 1.5, color: "#111", highlighted: false, dimmed: false },
  { source: "b", target: "c", width: 2, color: "#222", highlighted: true, dimmed: false },
  { source: "c", target: "a", width: 0.5, color: "#333", highlighted: false, dimmed: true },
  {
    source: "a",
    target: "d",
    width: 3,
    color: "#444",
    highlighted: true,
    dimmed: true,
    fresh: true,
  },
];

describe("scene edges as columns", () => {
  it("keep each edge's fields, in order, and give the same objects back", () => {
    const edges = sceneEdgesOf(list);
    expect(edges.length).toBe(4);
    expect(edges.source).toEqual(["a", "b", "c", "a"]);
    expect(edges.target).toEqual(["b", "c", "a", "d"]);
    expect(Array.from(edges.width)).toEqual([1.5, 2, 0.5, 3]);
    expect(edges.color).toEqual(["#111", "#222", "#333", "#444"]);
    // highlighted = 1, dimmed = 2, fresh = 4.
    expect(Array.from(edges.flags)).toEqual([0, 1, 2, 7]);
    expect(sceneEdgeList(edges)).toEqual(list);
    expect(sceneEdgeAt(edges, 1)).toEqual(list[1]);
    // `fresh` is only there when set, as on a built scene's edges.
    expect("fresh" in sceneEdgeAt(edges, 0)).toBe(false);
  });

  it("flag bits are distinct and match the booleans", () => {
    expect(new Set([EDGE_HIGHLIGHTED, EDGE_DIMMED, EDGE_FRESH]).size).toBe(3);
    expect(EDGE_HIGHLIGHTED & EDGE_DIMMED & EDGE_FRESH).toBe(0);
    expect(edgeFlags(false, true)).toBe(EDGE_DIMMED);
    expect(edgeFlags(true, false, true)).toBe(EDGE_HIGHLIGHTED | EDGE_FRESH);
  });

  it("a builder sized for more holds only what was pushed", () => {
    const b = sceneEdgesBuilder(10);
    pushSceneEdge(b, "x", "y", 4, "#000", EDGE_DIMMED);
    const edges = finishSceneEdges(b);
    expect(edges.length).toBe(1);
    expect(edges.width.length).toBe(1);
    expect(edges.flags.length).toBe(1);
    expect(sceneEdgeList(edges)).toEqual([
      { source: "x", target: "y", width: 4, color: "#000", highlighted: false, dimmed: true },
    ]);
    expect(NO_SCENE_EDGES.length).toBe(0);
    expect(sceneEdgeList(NO_SCENE_EDGES)).toEqual([]);
  });
});
