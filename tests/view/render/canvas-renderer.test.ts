// The renderer over a fake canvas: it never changes the scene it draws, and hands out what it shows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { placeLabels } from "../../../src/scene/place-labels.ts";
import type { Scene, SceneNode } from "../../../src/scene/scene.ts";
import { createCanvasRenderer, type RendererOptions } from "../../../src/view/canvas-renderer.ts";
import { ManualClock, recordingContext } from "./fakes.ts";
import { sceneEdgesOf } from "../../../src/scene/scene-edges.ts";

/** A canvas element as far as the renderer uses one, drawing into a recording context. */
function fakeCanvas() {
  // Every glyph 6 px wide.
  const ctx = recordingContext();
  return { width: 300, height: 150, clientWidth: 0, clientHeight: 0, getContext: () => ctx, ctx };
}

const saved = (globalThis as { document?: unknown }).document;
beforeAll(() => {
  (globalThis as { document?: unknown }).document = { createElement: () => fakeCanvas() };
});
afterAll(() => {
  (globalThis as { document?: unknown }).document = saved;
});

/** Freezes `o` and what it holds; a typed array cannot be frozen (the toEqual after the draws checks those). */
function deepFreeze<T>(o: T): T {
  if (o && typeof o === "object" && !ArrayBuffer.isView(o) && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

/** A ring of 40 authors, each linked to the next, owner and selection included. */
function ringScene(): Scene {
  const nodes: SceneNode[] = Array.from({ length: 40 }, (_, i) => ({
    id: `a${i}`,
    x: 100 * Math.cos((i * Math.PI) / 20),
    y: 100 * Math.sin((i * Math.PI) / 20),
    r: 3 + (i % 5),
    value: 40 - i,
    fill: i % 2 ? "#cc6677" : "#332288",
    label: `Author ${i}`,
    owner: i === 0,
    selected: i === 3,
    dimmed: i > 30,
    ...(i === 3 ? { labelForced: true } : {}),
  }));
  return {
    width: 400,
    height: 300,
    transform: { x: 200, y: 150, k: 1 },
    nodes,
    edges: sceneEdgesOf(
      nodes.map((n, i) => ({
        source: n.id,
        target: nodes[(i + 1) % nodes.length].id,
        width: 1 + (i % 3),
        color: "rgba(100, 116, 139, 0.38)",
        highlighted: false,
        dimmed: i > 30,
      })),
    ),
    background: "#ffffff",
    fontSize: 12,
  };
}

function setup(options: Partial<RendererOptions>) {
  const clock = new ManualClock();
  const canvas = fakeCanvas();
  const renderer = createCanvasRenderer(canvas as unknown as HTMLCanvasElement, {
    ...options,
    clock,
  });
  return { clock, canvas, renderer };
}

/** Everything the renderer does while a user looks around: every state and both caches. */
function exercise(renderer: ReturnType<typeof createCanvasRenderer>, clock: ManualClock) {
  renderer.resize(400, 300, 2);
  renderer.draw();
  for (let i = 0; i < 5; i++) {
    renderer.setTransform({ x: 200 + 10 * i, y: 150, k: 1 + i / 10 });
    renderer.draw();
    clock.task();
  }
  clock.advance(500);
  clock.frame();
  renderer.setHover("a7");
  renderer.draw();
  renderer.updatePositions({ a1: { x: 5, y: 5 }, a2: { x: -5, y: 7 } });
  renderer.draw();
  clock.advance(1000);
  clock.frame();
  renderer.setHover(null);
  renderer.setTransform({ x: 0, y: 0, k: 2 }, true);
  renderer.draw();
  for (let i = 0; i < 20; i++) clock.task();
  clock.frame();
}

describe("createCanvasRenderer", () => {
  for (const [name, options] of [
    ["small scene", {}],
    ["big-scene paths (LOD, sliced layers, motion cache)", { lodItems: 1, motionCache: "on" }],
  ] as const)
    it(`${name}: draws a frozen scene through pans, hover, layout steps and rests, leaving it unchanged`, () => {
      const scene = ringScene();
      const before = structuredClone(scene);
      deepFreeze(scene);
      const { clock, renderer } = setup(options);
      renderer.setScene(scene);
      expect(() => exercise(renderer, clock)).not.toThrow();
      expect(scene).toEqual(before);
    });

  it("hands out what it shows: the view's frame, moved positions and the labels placed for them", () => {
    const scene = deepFreeze(ringScene());
    const { renderer } = setup({});
    renderer.setScene(scene);
    renderer.resize(400, 300, 1);
    renderer.setTransform({ x: 180, y: 160, k: 1.2 });
    renderer.updatePositions({ a5: { x: 1, y: 2 } });
    renderer.setHover("a9");
    const shown = renderer.scene() as Scene;
    expect([shown.width, shown.height, shown.transform]).toEqual([
      400,
      300,
      { x: 180, y: 160, k: 1.2 },
    ]);
    const a5 = shown.nodes.find((n) => n.id === "a5") as SceneNode;
    expect([a5.x, a5.y]).toEqual([1, 2]);
    expect(scene.nodes.find((n) => n.id === "a5")?.x).not.toBe(1);
    // The same placement an exporter would compute for that frame and hover.
    const measureText = (text: string) => text.length * 6;
    const expected = placeLabels(shown, { ...renderer.view(), hover: "a9" }, { measureText });
    expect(shown.labels).toEqual(expected);
    const hovered = shown.labels?.find((l) => shown.nodes[l.index].id === "a9");
    expect(hovered?.strong).toBe(true);
    expect(renderer.view().hover).toBe("a9");
    // Positions as drawn, for hit tests.
    const drawn = renderer.nodePositions();
    expect([drawn?.x[5], drawn?.y[5]]).toEqual([1, 2]);
  });
});
