// Tests of the painters against a recording 2D context: what is stroked, filled and written, in order.
import { describe, expect, it } from "vitest";
import type { PlacedLabel, Scene, SceneNode } from "../../../src/scene/scene.ts";
import { labelFont, SCENE_STYLE } from "../../../src/scene/style.ts";
import { compileSceneSteps } from "../../../src/view/render/compiled-scene.ts";
import { paintDiscs } from "../../../src/view/render/paint-discs.ts";
import { paintEdges, PATH_CHUNK } from "../../../src/view/render/paint-edges.ts";
import { paintLabels } from "../../../src/view/render/paint-labels.ts";
import { paintOverlay } from "../../../src/view/render/paint-overlay.ts";
import { runSteps } from "../../../src/view/sliced.ts";
import { recordingContext, type Call } from "./fakes.ts";
import { sceneEdgesOf } from "../../../src/scene/scene-edges.ts";

function node(id: string, x: number, y: number, extra: Partial<SceneNode> = {}): SceneNode {
  const base = { id, x, y, r: 5, fill: "#cc6677", label: id, owner: false, selected: false };
  return { ...base, dimmed: false, ...extra };
}

function scene(nodes: SceneNode[], edges: [string, string, number?][] = []): Scene {
  return {
    width: 200,
    height: 100,
    transform: { x: 0, y: 0, k: 1 },
    nodes,
    edges: sceneEdgesOf(
      edges.map(([source, target, width]) => ({
        source,
        target,
        width: width ?? 1,
        color: "#999999",
        highlighted: false,
        dimmed: false,
      })),
    ),
    background: "#ffffff",
    fontSize: 10,
  };
}

const target = (ctx = recordingContext()) => ({ ctx, width: 200, height: 100, dx: 0, dy: 0 });
const named = (calls: Call[], name: string) => calls.filter((c) => c[0] === name);

describe("paintEdges", () => {
  it("draws visible edges as segments, skipping those off screen or hidden under a disc", () => {
    const s = scene(
      [
        node("a", 10, 10),
        node("b", 100, 10),
        node("c", -50, -50),
        node("d", -60, -40),
        node("e", 12, 12),
      ],
      [
        ["a", "b"],
        ["c", "d"],
        ["a", "e"],
      ],
    );
    const c = runSteps(compileSceneSteps(s));
    const t = target();
    paintEdges(t, c, c.edgeBatches[0], s.transform);
    const calls = t.ctx.calls;
    expect(named(calls, "moveTo")).toEqual([["moveTo", 10, 10]]);
    expect(named(calls, "lineTo")).toEqual([["lineTo", 100, 10]]);
    expect(named(calls, "stroke")).toHaveLength(1);
    expect(calls).toContainEqual(["strokeStyle=", "#999999"]);
  });

  it("strokes every PATH_CHUNK segments, and draws wide edges of long runs as hairline bands", () => {
    const nodes = Array.from({ length: 2 * 600 }, (_, i) =>
      node(`n${i}`, (i % 2) * 100 + 20, (i >> 1) * 0.1),
    );
    const edges = Array.from({ length: 600 }, (_, i): [string, string, number] => [
      `n${2 * i}`,
      `n${2 * i + 1}`,
      3,
    ]);
    const s = scene(nodes, edges);
    const c = runSteps(compileSceneSteps(s));
    const t = target();
    paintEdges(t, c, c.edgeBatches[0], s.transform);
    // 600 edges, three one-pixel lines each: 1 800 segments; a path is stroked once it holds
    // PATH_CHUNK or more, i.e. every 86 edges (258 segments).
    expect(named(t.ctx.calls, "moveTo")).toHaveLength(1800);
    expect(named(t.ctx.calls, "stroke")).toHaveLength(Math.ceil(600 / Math.ceil(PATH_CHUNK / 3)));
    expect(t.ctx.calls).toContainEqual(["lineWidth=", 1]);
    const short = target();
    paintEdges(short, c, c.edgeBatches[0], s.transform, 10);
    expect(short.ctx.calls).toContainEqual(["lineWidth=", 3]);
    expect(named(short.ctx.calls, "moveTo")).toHaveLength(600);
  });
});

describe("paintDiscs", () => {
  it("fills the discs on screen in one path with white outlines", () => {
    const s = scene([node("a", 10, 10), node("b", 50, 20), node("c", 500, 20)]);
    const c = runSteps(compileSceneSteps(s));
    const t = target();
    paintDiscs(t, c, c.nodeBatches[0], { x: 0, y: 0, k: 1 });
    expect(named(t.ctx.calls, "arc")).toEqual([
      ["arc", 10, 10, 5, 0, 2 * Math.PI],
      ["arc", 50, 20, 5, 0, 2 * Math.PI],
    ]);
    expect(named(t.ctx.calls, "fill")).toHaveLength(1);
    expect(named(t.ctx.calls, "stroke")).toHaveLength(1);
    expect(t.ctx.calls).toContainEqual(["strokeStyle=", SCENE_STYLE.nodeStroke]);
  });
});

describe("paintLabels", () => {
  it("strokes leader lines first, then each text with its halo, font and alignment", () => {
    const s = scene([node("a", 10, 10), node("b", 50, 50)]);
    const box = { x: 0, y: 0, width: 10, height: 10 };
    const labels: PlacedLabel[] = [
      { index: 0, x: 20, y: 14, align: "start", fontSize: 10, strong: false, box },
      {
        index: 1,
        x: 80,
        y: 30,
        align: "middle",
        fontSize: 12.5,
        strong: true,
        box,
        leader: { x1: 55, y1: 45, x2: 80, y2: 32 },
      },
    ];
    const ctx = recordingContext();
    paintLabels(ctx, s, labels);
    const names = ctx.calls.map((c) => c[0]);
    expect(names.indexOf("lineTo")).toBeLessThan(names.indexOf("strokeText"));
    expect(named(ctx.calls, "moveTo")).toEqual([["moveTo", 55, 45]]);
    expect(named(ctx.calls, "strokeText")).toEqual([
      ["strokeText", "a", 20, 14],
      ["strokeText", "b", 80, 30],
    ]);
    expect(named(ctx.calls, "fillText")).toHaveLength(2);
    expect(named(ctx.calls, "font=")).toEqual([
      ["font=", labelFont(10)],
      ["font=", labelFont(12.5, true)],
    ]);
    expect(named(ctx.calls, "textAlign=")).toEqual([
      ["textAlign=", "left"],
      ["textAlign=", "center"],
    ]);
  });

  it("shifts labels by (dx, dy) and strokes no leaders when there are none", () => {
    const s = scene([node("a", 10, 10)]);
    const label: PlacedLabel = {
      index: 0,
      x: 20,
      y: 14,
      align: "end",
      fontSize: 10,
      strong: false,
      box: { x: 0, y: 0, width: 1, height: 1 },
    };
    const ctx = recordingContext();
    paintLabels(ctx, s, [label], 5, -2);
    expect(named(ctx.calls, "fillText")).toEqual([["fillText", "a", 25, 12]]);
    expect(named(ctx.calls, "stroke")).toHaveLength(0);
  });
});

describe("paintOverlay", () => {
  it("strokes the owner and selection rings, and lifts the hovered disc with its ring", () => {
    const s = scene([node("a", 10, 10, { owner: true }), node("b", 50, 20, { dimmed: true })]);
    const c = runSteps(compileSceneSteps(s));
    const plain = recordingContext();
    paintOverlay(plain, c, s.transform, -1);
    expect(named(plain.calls, "fill")).toHaveLength(0);
    expect(named(plain.calls, "strokeStyle=")).toEqual([["strokeStyle=", SCENE_STYLE.ownerRing]]);
    const hovered = recordingContext();
    paintOverlay(hovered, c, s.transform, 1);
    // The dimmed disc is drawn opaque on top, then the rings: the owner's, the hover ring.
    expect(named(hovered.calls, "fill")).toHaveLength(1);
    expect(named(hovered.calls, "arc")[0]).toEqual(["arc", 50, 20, 5, 0, 2 * Math.PI]);
    expect(named(hovered.calls, "strokeStyle=").map((c) => c[1])).toEqual([
      SCENE_STYLE.nodeStroke,
      SCENE_STYLE.ownerRing,
      SCENE_STYLE.hoverRing,
    ]);
  });
});
