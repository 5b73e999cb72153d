// A bitmap of painted layers (edges and discs) for one scene, view and size, painted whole or in slices.
import type { SceneTransform } from "../../scene/scene.ts";
import type { CompiledScene } from "./compiled-scene.ts";
import type { FrameScheduler, Slice, SliceJob } from "./frame-scheduler.ts";
import type { Paint2D, PaintTarget } from "./paint-target.ts";

/** The context of a layer bitmap: what painters use, plus clearing. */
export type LayerContext = Paint2D & Pick<CanvasRenderingContext2D, "setTransform" | "fillRect">;

/** A bitmap the cache paints into (a canvas element, or a fake in tests). */
export interface LayerCanvas {
  width: number;
  height: number;
  getContext(kind: "2d", options: { alpha: boolean }): LayerContext | null;
}

/** What a bitmap shows: scene, transform, viewport size, pixel ratio, and its margin around it. */
export interface LayerKey {
  c: CompiledScene;
  t: SceneTransform;
  width: number;
  height: number;
  ratio: number;
  /** CSS pixels painted beyond the viewport on every side. */
  margin: number;
}

/** The slices that paint a layer into `target` (called for every slice: contexts are fetched late). */
export type LayerSlices = (target: () => PaintTarget, key: LayerKey) => Slice[];

const sameKey = (a: LayerKey, b: LayerKey) =>
  a.c === b.c &&
  a.width === b.width &&
  a.height === b.height &&
  a.ratio === b.ratio &&
  a.margin === b.margin &&
  a.t.x === b.t.x &&
  a.t.y === b.t.y &&
  a.t.k === b.t.k;

/**
 * Two bitmaps: the one shown (complete, for `shown`) and the one being painted (for `pending`),
 * swapped when a sliced paint completes, so the last complete picture stays usable meanwhile.
 */
export class LayerCache {
  private front: LayerCanvas | null = null;
  private back: LayerCanvas | null = null;
  /** What the front bitmap shows, once complete. */
  shown: LayerKey | null = null;
  /** What the back bitmap is being painted for by a sliced job. */
  pending: LayerKey | null = null;
  private job: SliceJob | null = null;

  constructor(
    private readonly create: () => LayerCanvas,
    private readonly alpha: boolean,
    private readonly scheduler: FrameScheduler,
  ) {}

  /** The complete bitmap (null before the first paint). */
  image(): LayerCanvas | null {
    return this.shown ? this.front : null;
  }

  /** Whether the complete bitmap shows exactly `key`. */
  serves(key: LayerKey): boolean {
    return this.shown !== null && sameKey(this.shown, key);
  }

  /** Whether a sliced paint for exactly `key` is under way. */
  painting(key: LayerKey): boolean {
    return this.pending !== null && this.job?.active === true && sameKey(this.pending, key);
  }

  /** Whether a sliced paint of scene `c` (for any view) is under way. */
  paintingScene(c: CompiledScene): boolean {
    return this.pending !== null && this.job?.active === true && this.pending.c === c;
  }

  /** Forgets both bitmaps' contents (a new scene, size or positions) and stops a sliced paint. */
  invalidate(): void {
    this.shown = null;
    this.stop();
  }

  /** Stops this cache's sliced paint, if one runs. */
  stop(): void {
    if (this.job) this.scheduler.cancelSliced(this.job);
    this.job = null;
    this.pending = null;
  }

  /** Paints `key` now, whole, into the shown bitmap (a sliced paint meanwhile is dropped). */
  paint(key: LayerKey, slices: LayerSlices, background: string): void {
    this.stop();
    this.front ??= this.create();
    const g = this.clear(this.front, key, background);
    for (const slice of slices(() => this.target(g, key), key)) slice.run();
    g.globalAlpha = 1;
    this.shown = { ...key, t: { ...key.t } };
  }

  /**
   * Paints `key` into the back bitmap in slices (through the scheduler), then shows it and calls
   * `done`. A paint for the same key already under way keeps running.
   */
  paintSliced(key: LayerKey, slices: LayerSlices, background: string, done: () => void): void {
    if (this.painting(key)) return;
    const frozen = { ...key, t: { ...key.t } };
    this.pending = frozen;
    this.back ??= this.create();
    const image = this.back;
    const context = () => image.getContext("2d", { alpha: this.alpha }) as LayerContext;
    const all: Slice[] = [
      { run: () => this.clear(image, frozen, background), size: 0 },
      ...slices(() => this.target(context(), frozen), frozen),
    ];
    this.job = this.scheduler.runSliced(all, () => {
      context().globalAlpha = 1;
      [this.front, this.back] = [image, this.front];
      this.shown = frozen;
      this.pending = null;
      this.job = null;
      done();
    });
  }

  private target(ctx: LayerContext, key: LayerKey): PaintTarget {
    const w = key.width + 2 * key.margin;
    const h = key.height + 2 * key.margin;
    return { ctx, width: w, height: h, dx: key.margin, dy: key.margin };
  }

  /** Sizes `image` for `key` at its pixel ratio and fills it with `background`. */
  private clear(image: LayerCanvas, key: LayerKey, background: string): LayerContext {
    const w = key.width + 2 * key.margin;
    const h = key.height + 2 * key.margin;
    const pw = Math.max(1, Math.round(w * key.ratio));
    const ph = Math.max(1, Math.round(h * key.ratio));
    if (image.width !== pw || image.height !== ph) {
      image.width = pw;
      image.height = ph;
    }
    const g = image.getContext("2d", { alpha: this.alpha }) as LayerContext;
    g.setTransform(key.ratio, 0, 0, key.ratio, 0, 0);
    g.globalAlpha = 1;
    g.lineCap = "butt";
    g.fillStyle = background;
    g.fillRect(0, 0, w, h);
    return g;
  }
}
