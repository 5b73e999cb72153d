// Timeline marks on a built scene: the new collaborations red, thicker and on top; new authors ringed.
import { describe, expect, it } from "vitest";
import { buildScene } from "../../src/scene/build-scene.ts";
import { buildCoauthorGraph, edgeKey } from "../../src/graph/coauthor-graph.ts";
import { computeMetrics } from "../../src/metrics/compute-metrics.ts";
import { markNewInFrame } from "../../src/scene/timeline-marks.ts";
import { nodeRings, SCENE_STYLE } from "../../src/scene/style.ts";
import { FIXTURE } from "../graph/fixture.ts";
import { sceneEdgeAt, sceneEdgeList } from "../../src/scene/scene-edges.ts";

const graph = buildCoauthorGraph(FIXTURE);
const metrics = computeMetrics(graph).authors;
const positions = Object.fromEntries(graph.nodes().map((id, i) => [id, { x: i * 10, y: i }]));
const scene = buildScene({
  graph,
  metrics,
  positions,
  sizeMetric: "papers",
  transform: { x: 0, y: 0, k: 1 },
  width: 200,
  height: 100,
});

describe("markNewInFrame", () => {
  // New in 2021: D and C–D (p3).
  const marked = markNewInFrame(scene, {
    authors: new Set(["D"]),
    edges: new Set([edgeKey("C", "D")]),
  });

  it("draws the new collaboration last, in the accent colour and thicker", () => {
    expect(marked.edges.length).toBe(scene.edges.length);
    const last = sceneEdgeAt(marked.edges, marked.edges.length - 1);
    expect([last.source, last.target].sort()).toEqual(["C", "D"]);
    expect(last.color).toBe(SCENE_STYLE.newEdgeColor);
    const before = sceneEdgeList(scene.edges).find(
      (e) => [e.source, e.target].sort().join() === "C,D",
    );
    expect(last.width).toBe((before?.width ?? 0) + SCENE_STYLE.newEdgeExtraWidth);
    expect(sceneEdgeList(marked.edges).filter((e) => e.fresh).length).toBe(1);
  });

  it("rings the new author and leaves the rest, and the scene itself, alone", () => {
    const d = marked.nodes.find((n) => n.id === "D");
    expect(d?.fresh).toBe(true);
    expect(nodeRings(d as NonNullable<typeof d>).map((r) => r.color)).toEqual([
      SCENE_STYLE.newRing,
    ]);
    expect(marked.nodes.filter((n) => n.fresh).map((n) => n.id)).toEqual(["D"]);
    expect(marked.nodes.map((n) => [n.id, n.x, n.y])).toEqual(
      scene.nodes.map((n) => [n.id, n.x, n.y]),
    );
    expect(scene.nodes.some((n) => n.fresh)).toBe(false);
    expect(markNewInFrame(scene, { authors: new Set(), edges: new Set() })).toBe(scene);
  });
});
