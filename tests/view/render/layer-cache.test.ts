// Tests of the layer cache: what a bitmap serves, whole and sliced paints, swaps and cancels.
import { describe, expect, it } from "vitest";
import type { Scene } from "../../../src/scene/scene.ts";
import { compileSceneSteps } from "../../../src/view/render/compiled-scene.ts";
import { createFrameScheduler } from "../../../src/view/render/frame-scheduler.ts";
import {
  LayerCache,
  type LayerKey,
  type LayerSlices,
} from "../../../src/view/render/layer-cache.ts";
import { runSteps } from "../../../src/view/sliced.ts";
import { ManualClock, recordingCanvas } from "./fakes.ts";
import { NO_SCENE_EDGES } from "../../../src/scene/scene-edges.ts";

const scene: Scene = {
  width: 100,
  height: 50,
  transform: { x: 0, y: 0, k: 1 },
  nodes: [],
  edges: NO_SCENE_EDGES,
  background: "#ffffff",
  fontSize: 12,
};
const compiled = runSteps(compileSceneSteps(scene));

function setup() {
  const clock = new ManualClock();
  const scheduler = createFrameScheduler(() => {}, { sliceItems: 1 }, clock);
  const canvases: ReturnType<typeof recordingCanvas>[] = [];
  const create = () => {
    const c = recordingCanvas();
    canvases.push(c);
    return c;
  };
  const cache = new LayerCache(create, true, scheduler);
  const painted: { slice: number; dx: number; width: number; t: number }[] = [];
  /** Three slices of one item each, recording where they paint. */
  const slices: LayerSlices = (target, key) =>
    [0, 1, 2].map((slice) => ({
      run: () => {
        const t = target();
        t.ctx.moveTo(slice, 0);
        painted.push({ slice, dx: t.dx, width: t.width, t: key.t.x });
      },
      size: 1,
    }));
  return { clock, scheduler, cache, canvases, painted, slices };
}

const key = (x: number, margin = 0): LayerKey => ({
  c: compiled,
  t: { x, y: 0, k: 1 },
  width: 100,
  height: 50,
  ratio: 2,
  margin,
});

describe("LayerCache", () => {
  it("paints whole: sizes the bitmap at the pixel ratio with its margin, clears it, runs every slice", () => {
    const { cache, canvases, painted, slices } = setup();
    expect(cache.image()).toBeNull();
    cache.paint(key(0, 10), slices, "#123456");
    const [canvas] = canvases;
    expect([canvas.width, canvas.height]).toEqual([240, 140]);
    const calls = canvas.ctx.calls;
    expect(calls[0]).toEqual(["setTransform", 2, 0, 0, 2, 0, 0]);
    expect(calls).toContainEqual(["fillStyle=", "#123456"]);
    expect(calls).toContainEqual(["fillRect", 0, 0, 120, 70]);
    expect(painted).toEqual([0, 1, 2].map((slice) => ({ slice, dx: 10, width: 120, t: 0 })));
    expect(cache.image()).toBe(canvas);
  });

  it("serves exactly the key it was painted for", () => {
    const { cache, slices } = setup();
    cache.paint(key(5), slices, "#fff");
    expect(cache.serves(key(5))).toBe(true);
    expect(cache.serves(key(6))).toBe(false);
    expect(cache.serves({ ...key(5), ratio: 1 })).toBe(false);
    expect(cache.serves({ ...key(5), width: 101 })).toBe(false);
    const other = runSteps(compileSceneSteps({ ...scene }));
    expect(cache.serves({ ...key(5), c: other })).toBe(false);
    cache.invalidate();
    expect(cache.serves(key(5))).toBe(false);
    expect(cache.image()).toBeNull();
  });

  it("paints in slices into a second bitmap, showing the last complete one until it is done", () => {
    const { clock, cache, canvases, painted, slices } = setup();
    cache.paint(key(0), slices, "#fff");
    const first = canvases[0];
    painted.length = 0;
    let done = 0;
    cache.paintSliced(key(7), slices, "#fff", () => done++);
    expect(cache.painting(key(7))).toBe(true);
    expect(cache.painting(key(8))).toBe(false);
    expect(cache.paintingScene(compiled)).toBe(true);
    // Asked again for the same key: the paint under way goes on.
    cache.paintSliced(key(7), slices, "#fff", () => done++);
    clock.task();
    clock.task();
    expect(cache.image()).toBe(first);
    expect(cache.serves(key(0))).toBe(true);
    for (let i = 0; i < 5; i++) clock.task();
    expect(done).toBe(1);
    expect(painted.map((p) => p.slice)).toEqual([0, 1, 2]);
    expect(cache.image()).toBe(canvases[1]);
    expect(cache.serves(key(7))).toBe(true);
    expect(cache.painting(key(7))).toBe(false);
  });

  it("drops a sliced paint on invalidate or on a whole paint; it never completes", () => {
    const { clock, cache, slices } = setup();
    let done = 0;
    cache.paintSliced(key(1), slices, "#fff", () => done++);
    clock.task();
    cache.invalidate();
    for (let i = 0; i < 5; i++) clock.task();
    expect([done, cache.image()]).toEqual([0, null]);
    cache.paintSliced(key(2), slices, "#fff", () => done++);
    cache.paint(key(3), slices, "#fff");
    for (let i = 0; i < 5; i++) clock.task();
    expect(done).toBe(0);
    expect(cache.serves(key(3))).toBe(true);
  });

  it("knows when another cache's sliced paint took the scheduler over", () => {
    const { clock, scheduler, cache, slices } = setup();
    const other = new LayerCache(() => recordingCanvas(), false, scheduler);
    let done = 0;
    cache.paintSliced(key(1), slices, "#fff", () => done++);
    other.paintSliced(key(1), slices, "#fff", () => {});
    expect(cache.painting(key(1))).toBe(false);
    expect(cache.paintingScene(compiled)).toBe(false);
    for (let i = 0; i < 5; i++) clock.task();
    expect(done).toBe(0);
    expect(other.serves(key(1))).toBe(true);
  });
});
