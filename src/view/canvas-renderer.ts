// Draws a Scene on a canvas with its own view state: painters over cached layers, one frame scheduler.
import { labelOrder, placeLabels } from "../scene/place-labels.ts";
import type { PlacedLabel, Scene, SceneTransform, SceneView } from "../scene/scene.ts";
import { SCENE_STYLE } from "../scene/style.ts";
import {
  compileSceneSteps,
  layoutSlots,
  movePositions,
  movePositionsFrom,
  sceneAtPositions,
  type CompiledScene,
} from "./render/compiled-scene.ts";
import {
  createFrameScheduler,
  DEFAULT_SCHEDULER_OPTIONS,
  type SchedulerClock,
  type Slice,
} from "./render/frame-scheduler.ts";
import {
  LayerCache,
  type LayerCanvas,
  type LayerKey,
  type LayerSlices,
} from "./render/layer-cache.ts";
import { OUTLINE_MIN_RADIUS, paintDiscRun, type SpriteSource } from "./render/paint-discs.ts";
import { paintEdges } from "./render/paint-edges.ts";
import { paintLabels } from "./render/paint-labels.ts";
import { paintOverlay } from "./render/paint-overlay.ts";
import { paintPixelDiscs, parseCanvasColor } from "./render/paint-pixel-discs.ts";
import type { PaintTarget } from "./render/paint-target.ts";
import { runSteps } from "./sliced.ts";

export interface RendererOptions {
  /**
   * While the view moves, draw edges and discs from a bitmap rendered with a margin around the
   * viewport, moved and scaled (up to 1.5× either way) instead of redrawn; labels and rings stay
   * live, and everything is redrawn sharp once the view rests. "auto" uses it for scenes of at
   * least `motionCacheItems` nodes plus edges.
   */
  motionCache: "auto" | "on" | "off";
  motionCacheItems: number;
  /** Quiet time after the last transform change before the sharp redraw, in ms. */
  restDelay: number;
  /**
   * Level of detail for big scenes (at least `lodItems` nodes plus edges): while positions keep
   * changing (a running layout), frames draw at most `lodEdges` edges (an even subsample of each
   * style run), the discs, and the first `lodLabels` labels in label order. The sharp frame is
   * painted `settleDelay` ms after the last position update, in slices of about `sliceBudget` ms
   * (and at most `sliceItems` edges and discs: the canvas rasterizes them after the task, which
   * takes longer than recording them) separated by tasks so input is handled in between; the LOD
   * frame shows meanwhile.
   */
  lodItems: number;
  lodEdges: number;
  lodLabels: number;
  /**
   * From this many discs on, the LOD frame paints them as pixels into a bitmap drawn over the
   * edges (no anti-aliasing or outlines): 49k discs take a few ms there against ~250 ms stamped
   * from sprites.
   */
  lodPixelDiscs: number;
  settleDelay: number;
  sliceBudget: number;
  sliceItems: number;
  /**
   * Called first in every draw, e.g. to apply a change of view deferred to the frame; a draw it
   * asks for is this one.
   */
  beforeDraw?: () => void;
  /** Timers and clock (the browser's by default). */
  clock?: SchedulerClock;
  /**
   * Paints over the background and under everything else (the density view's heat map); when
   * it returns true, edges and discs are left out and only rings and labels are drawn on top.
   */
  underlay?: (ctx: CanvasRenderingContext2D, frame: UnderlayFrame) => boolean;
}

export const DEFAULT_RENDERER_OPTIONS: RendererOptions = {
  motionCache: "auto",
  motionCacheItems: 12_000,
  restDelay: DEFAULT_SCHEDULER_OPTIONS.restDelay,
  lodItems: 12_000,
  lodEdges: 8_000,
  lodLabels: 25,
  lodPixelDiscs: 10_000,
  settleDelay: DEFAULT_SCHEDULER_OPTIONS.settleDelay,
  sliceBudget: DEFAULT_SCHEDULER_OPTIONS.sliceBudget,
  sliceItems: DEFAULT_SCHEDULER_OPTIONS.sliceItems,
};

/** Edges or discs painted per slice of a sliced layer paint between budget checks. */
const SLICE_ITEMS = 2_000;
/** Largest scale change served from the motion cache before it is rendered again. */
const CACHE_SCALE_LIMIT = 1.5;
/** Margin rendered around the viewport in the motion cache, as a share of its larger side. */
const CACHE_MARGIN = 0.2;
/** Label widths the renderer remembers (a 50k-author map has a few label sizes per author). */
const WIDTHS_KEPT = 150_000;

export interface CanvasRenderer {
  readonly canvas: HTMLCanvasElement;
  /**
   * Replaces what is drawn; the view takes the scene's transform. The hovered author (see
   * `setHover`) stays hovered if still shown. The scene is never changed.
   */
  setScene(scene: Scene): void;
  /**
   * `setScene` in steps, for a caller that pauses between them: the scene is prepared meanwhile
   * and replaces the drawn one in the last step. The scene must not change meanwhile.
   */
  setSceneSteps(scene: Scene): Generator<void, void>;
  /**
   * Marks the author under the pointer (null: none) in the view: a ring, its label forced and
   * its disc drawn on top. Only the overlay is redrawn: edges and discs come from a bitmap of the
   * resting view, so hovering costs the same at any size.
   */
  setHover(id: string | null): void;
  /**
   * Moves the drawn authors to new world positions (a layout step, a drag) without a new scene:
   * the renderer's copy of the positions moves and labels are placed again; the scene handed in
   * stays as it was (`scene()` has the new positions). Authors missing from `positions` stay
   * put. `layout`, when given, holds the same positions in a layout's order and is read instead
   * (no lookups by id: a layout step of 49k authors). Returns false when there is no scene.
   */
  updatePositions(
    positions: Readonly<Record<string, { x: number; y: number }>>,
    layout?: LayoutPositions,
  ): boolean;
  /**
   * Moves the view; labels are placed again for the new transform. A `jump` (a fit, not a pan, zoom
   * or animation) is drawn as a resting view, not from the motion cache.
   */
  setTransform(transform: SceneTransform, jump?: boolean): void;
  /** Resizes the drawing buffer (CSS pixels × device pixel ratio). */
  resize(width: number, height: number, pixelRatio: number): void;
  /** Draws now (and not again on a frame asked for before). */
  draw(): void;
  /** Draws on the next animation frame (once, however often it is asked). */
  requestDraw(): void;
  /**
   * What is on screen, as a new scene value: the scene at the current positions, framed in the
   * view (its transform and size) and carrying the labels as placed for it, so an export of it
   * draws what the map shows. Null before the first scene.
   */
  scene(): Scene | null;
  /** The view state: transform, size and hovered author. */
  view(): SceneView;
  /**
   * World positions of the drawn scene's nodes, in scene order, as drawn now (they follow
   * `updatePositions`); read only. Null before the first scene.
   */
  nodePositions(): { x: Float64Array; y: Float64Array } | null;
  /** Text width in CSS pixels for a CSS font (cached), for label placement. */
  measureText(text: string, font: string): number;
}

/**
 * The same positions as a layout holds them: x, y of `ids[j]` at 2j, 2j + 1 (read without lookups
 * by id; the renderer matches the ids to its scene once).
 */
export interface LayoutPositions {
  ids: readonly string[];
  xy: Float64Array;
}

/** What an underlay paints: the scene, its nodes' current world positions, and the view. */
export interface UnderlayFrame {
  scene: Scene;
  x: Float64Array;
  y: Float64Array;
  transform: SceneTransform;
  width: number;
  height: number;
}

/** Creates a renderer drawing into `canvas`. Nothing animates: it draws when asked. */
export function createCanvasRenderer(
  canvas: HTMLCanvasElement,
  options: Partial<RendererOptions> = {},
): CanvasRenderer {
  const o: RendererOptions = { ...DEFAULT_RENDERER_OPTIONS, ...options };
  const context = canvas.getContext("2d", { alpha: false });
  if (!context) throw new Error("coauthor-atlas/view: canvas 2D context unavailable");
  const ctx = context;
  const scheduler = createFrameScheduler(() => draw(), o, o.clock);
  const newCanvas = () => document.createElement("canvas") as unknown as LayerCanvas;
  /** Edges and discs exactly as on screen, for redraws that change only the overlay. */
  const body = new LayerCache(newCanvas, false, scheduler);
  /** Edges and discs with a margin around the view, moved and scaled while the view moves. */
  const motion = new LayerCache(newCanvas, true, scheduler);

  let compiled: CompiledScene | null = null;
  let order: readonly number[] = [];
  const view: { transform: SceneTransform; width: number; height: number; ratio: number } = {
    transform: { x: 0, y: 0, k: 1 },
    width: canvas.clientWidth || canvas.width,
    height: canvas.clientHeight || canvas.height,
    ratio: 1,
  };
  let hoverId: string | null = null;
  let hovered = -1;
  /** The scene at the current positions (a new value once they moved). */
  let current: Scene | null = null;
  /** Labels as placed last, for `current` and the view unless `labelsStale`. */
  let labels: PlacedLabel[] = [];
  let labelsStale = true;
  /** Screen positions of the labelled nodes when the labels were placed (for LOD frames). */
  let labelledAt = new Map<number, { x: number; y: number }>();
  /** The scene last drawn sharp or from the motion cache (the cache pays off from its second frame). */
  let lastScene: Scene | null = null;
  /** Where each drawn author is in the newest layout's id order (see `updatePositions`). */
  let slots: { c: CompiledScene; ids: readonly string[]; slots: Int32Array } | null = null;
  const widths = new Map<string, Map<string, number>>();
  const spriteImages = new Map<string, HTMLCanvasElement>();

  // Widths by font, then text (no key string made per lookup): at most WIDTHS_KEPT texts.
  let measured = 0;
  const measureText = (text: string, font: string) => {
    let byText = widths.get(font);
    if (!byText) widths.set(font, (byText = new Map()));
    let w = byText.get(text);
    if (w === undefined) {
      ctx.font = font;
      w = ctx.measureText(text).width;
      if (++measured > WIDTHS_KEPT) {
        widths.clear();
        widths.set(font, (byText = new Map()));
        measured = 1;
      }
      byText.set(text, w);
    }
    return w;
  };

  const sprites: SpriteSource = {
    get ratio() {
      return view.ratio;
    },
    sprite(fill, r) {
      const ratio = view.ratio;
      const key = `${fill}|${r}|${ratio}`;
      let image = spriteImages.get(key);
      if (!image) {
        const size = Math.ceil(2 * r + 4);
        image = document.createElement("canvas");
        image.width = Math.ceil(size * ratio);
        image.height = Math.ceil(size * ratio);
        const g = image.getContext("2d") as CanvasRenderingContext2D;
        g.scale(ratio, ratio);
        g.beginPath();
        g.arc(size / 2, size / 2, r, 0, 2 * Math.PI);
        g.fillStyle = fill;
        g.fill();
        if (r >= OUTLINE_MIN_RADIUS) {
          g.strokeStyle = SCENE_STYLE.nodeStroke;
          g.lineWidth = SCENE_STYLE.nodeStrokeWidth;
          g.stroke();
        }
        if (spriteImages.size > 2000) spriteImages.clear();
        spriteImages.set(key, image);
      }
      return image;
    },
  };

  const sceneView = (): SceneView => ({
    transform: { ...view.transform },
    width: view.width,
    height: view.height,
    hover: hoverId,
  });

  /** The labels for the current positions and view, placed when stale. */
  const placed = (): PlacedLabel[] => {
    if (!labelsStale) return labels;
    if (!compiled) return [];
    const positions = { x: compiled.nx, y: compiled.ny };
    labels = placeLabels(compiled.scene, sceneView(), { measureText, order, positions });
    labelsStale = false;
    const { k, x, y } = view.transform;
    labelledAt = new Map(
      labels.map((l) => [
        l.index,
        { x: compiled!.nx[l.index] * k + x, y: compiled!.ny[l.index] * k + y },
      ]),
    );
    return labels;
  };

  /** Edges, then discs, in slices of at most SLICE_ITEMS (whole runs when painted at once). */
  const layerSlices: LayerSlices = (target, key) => {
    const c = key.c;
    const t = key.t;
    const slices: Slice[] = [];
    for (const batch of c.edgeBatches)
      for (let start = batch.start; start < batch.end; start += SLICE_ITEMS) {
        const part = { ...batch, start, end: Math.min(batch.end, start + SLICE_ITEMS) };
        const runLength = batch.end - batch.start;
        slices.push({
          run: () => paintEdges(target(), c, part, t, runLength),
          size: part.end - start,
        });
      }
    for (const batch of c.nodeBatches)
      for (let start = batch.start; start < batch.end; start += SLICE_ITEMS) {
        const part = { ...batch, start, end: Math.min(batch.end, start + SLICE_ITEMS) };
        const runLength = batch.end - batch.start;
        slices.push({
          run: () => paintDiscRun(target(), c, part, t, sprites, true, runLength),
          size: part.end - start,
        });
      }
    return slices;
  };

  const background = (c: CompiledScene) => c.scene.background ?? "#ffffff";
  const isBig = (c: CompiledScene) => c.items >= o.lodItems;
  const useCache = (c: CompiledScene) =>
    o.motionCache === "on" || (o.motionCache === "auto" && c.items >= o.motionCacheItems);
  const key = (c: CompiledScene, margin = 0): LayerKey => ({
    c,
    t: view.transform,
    width: view.width,
    height: view.height,
    ratio: view.ratio,
    margin,
  });
  const cacheMargin = () => Math.round(CACHE_MARGIN * Math.max(view.width, view.height));

  /** Whether the motion cache can show the current view: scale close enough, viewport inside. */
  function motionServes(c: CompiledScene): boolean {
    const from = motion.shown;
    if (!from || from.c !== c || from.ratio !== view.ratio) return false;
    const t = view.transform;
    const s = t.k / from.t.k;
    if (s > CACHE_SCALE_LIMIT || s < 1 / CACHE_SCALE_LIMIT) return false;
    const m = from.margin;
    const toCache = (sx: number, sy: number) => ({
      x: (sx - t.x) / s + from.t.x + m,
      y: (sy - t.y) / s + from.t.y + m,
    });
    const a = toCache(0, 0);
    const b = toCache(view.width, view.height);
    return a.x >= 0 && a.y >= 0 && b.x <= from.width + 2 * m && b.y <= from.height + 2 * m;
  }

  /** The cheap frame: an even subsample of the edges, the discs, the first few labels. */
  function paintLod(c: CompiledScene): void {
    const target: PaintTarget = { ctx, width: view.width, height: view.height, dx: 0, dy: 0 };
    const t = view.transform;
    const stride = Math.max(1, Math.ceil(c.es.length / o.lodEdges));
    ctx.lineCap = "butt";
    for (const batch of c.edgeBatches)
      paintEdges(target, c, batch, t, batch.end - batch.start, stride);
    // Discs without their white outlines: one fill per chunk, no stroke; many, as pixels.
    if (!(c.nr.length >= o.lodPixelDiscs && paintDiscPixels(c, t)))
      for (const batch of c.nodeBatches) paintDiscRun(target, c, batch, t, sprites, false);
    // The labels placed last, moved with their authors, the top ones only.
    const { k, x, y } = t;
    const top = labels.slice(-o.lodLabels);
    for (const label of top) {
      const at = labelledAt.get(label.index);
      if (!at) continue;
      const dx = c.nx[label.index] * k + x - at.x;
      const dy = c.ny[label.index] * k + y - at.y;
      paintLabels(ctx, c.scene, [label], dx, dy);
    }
  }

  /** Batch styles as the pixel painter reads them (null: a style it cannot). */
  const pixelColors = new Map<string, ReturnType<typeof parseCanvasColor>>();
  const pixelColor = (style: string) => {
    let color = pixelColors.get(style);
    if (color === undefined) {
      // The canvas normalises any CSS colour to "#rrggbb" or "rgba(…)".
      ctx.fillStyle = "#000000";
      ctx.fillStyle = style;
      color = parseCanvasColor(String(ctx.fillStyle));
      if (pixelColors.size > 1000) pixelColors.clear();
      pixelColors.set(style, color);
    }
    return color;
  };

  /**
   * A CPU-backed canvas and its pixels for the LOD frame's discs: they are painted into these
   * pixels and the canvas drawn over the edges (reading the shown canvas back would cost more
   * than everything else).
   */
  let pixelLayer: { g: CanvasRenderingContext2D; image: ImageData } | null = null;

  /** Paints the discs of a LOD frame as pixels; false (nothing done) if it cannot. */
  function paintDiscPixels(c: CompiledScene, t: SceneTransform): boolean {
    if (typeof ctx.putImageData !== "function") return false;
    if (c.nodeBatches.some((batch) => pixelColor(batch.style) === null)) return false;
    const { width, height } = canvas;
    if (pixelLayer?.image.width !== width || pixelLayer.image.height !== height) {
      const layer = document.createElement("canvas");
      layer.width = width;
      layer.height = height;
      const g = layer.getContext("2d", { willReadFrequently: true });
      if (!g) return false;
      pixelLayer = { g, image: g.createImageData(width, height) };
    }
    const { g, image } = pixelLayer;
    image.data.fill(0);
    paintPixelDiscs(image.data, width, height, c, t, view.ratio, pixelColor);
    g.putImageData(image, 0, 0);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalAlpha = 1;
    ctx.drawImage(g.canvas, 0, 0);
    ctx.setTransform(view.ratio, 0, 0, view.ratio, 0, 0);
    return true;
  }

  /** Draws the motion cache moved and scaled to the current view. */
  function blitMotion(): void {
    const from = motion.shown as LayerKey;
    const image = motion.image() as unknown as HTMLCanvasElement;
    const t = view.transform;
    const ratio = view.ratio;
    const s = t.k / from.t.k;
    ctx.setTransform(
      ratio * s,
      0,
      0,
      ratio * s,
      ratio * (t.x - (from.t.x + from.margin) * s),
      ratio * (t.y - (from.t.y + from.margin) * s),
    );
    ctx.drawImage(image, 0, 0, image.width / ratio, image.height / ratio);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  }

  function draw(): void {
    o.beforeDraw?.();
    // Drawn now: a frame already asked for has nothing more to draw.
    scheduler.frameStarted();
    const { ratio, width, height } = view;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.globalAlpha = 1;
    ctx.fillStyle = compiled?.scene.background ?? "#ffffff";
    ctx.fillRect(0, 0, width, height);
    const c = compiled;
    if (!c) return;
    const big = isBig(c);
    if (big && scheduler.layout === "moving") {
      paintLod(c);
      return;
    }
    const shown = placed();
    if (o.underlay?.(ctx, { scene: c.scene, x: c.nx, y: c.ny, ...view })) {
      paintOverlay(ctx, c, view.transform, hovered);
      paintLabels(ctx, c.scene, shown);
      return;
    }
    const previous = lastScene;
    lastScene = c.scene;
    // A scene seen for the first time (a filter, a selection) is painted sharp once rather than
    // into the bigger motion cache; the cache pays off only for frames that reuse it.
    if (scheduler.view === "moving" && useCache(c) && (motionServes(c) || previous === c.scene)) {
      if (!motionServes(c)) {
        const next = key(c, cacheMargin());
        // A big map's cache is painted in slices, never in one long frame: meanwhile the last
        // cache of this scene is shown stretched (or, without one, the LOD frame).
        if (big) {
          if (!motion.paintingScene(c))
            motion.paintSliced(next, layerSlices, background(c), () => scheduler.requestFrame());
          if (motion.shown?.c !== c) {
            paintLod(c);
            return;
          }
        } else motion.paint(next, layerSlices, background(c));
      }
      blitMotion();
    } else {
      // Painted through the resting bitmap, so the rest redraw and hover only copy it. A big
      // scene's bitmap is painted in slices; the LOD frame shows until it is ready.
      const next = key(c);
      if (!body.serves(next)) {
        if (big) {
          body.paintSliced(next, layerSlices, background(c), () => scheduler.requestFrame());
          paintLod(c);
          return;
        }
        body.paint(next, layerSlices, background(c));
      }
      const image = body.image() as unknown as HTMLCanvasElement;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.drawImage(image, 0, 0);
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    }
    paintOverlay(ctx, c, view.transform, hovered);
    paintLabels(ctx, c.scene, shown);
  }

  /** Finds the hovered author's index in the compiled scene; true when it changed. */
  const applyHover = (): boolean => {
    const index = hoverId === null || !compiled ? -1 : (compiled.index.get(hoverId) ?? -1);
    if (index === hovered) return false;
    hovered = index;
    return true;
  };

  /** Compiles `scene` in steps; the last one shows it (the drawn scene is the old one until then). */
  function* setSceneSteps(scene: Scene): Generator<void, void> {
    const next = yield* compileSceneSteps(scene);
    const nextOrder = labelOrder(scene);
    yield;
    compiled = next;
    order = nextOrder;
    current = scene;
    labels = [];
    labelsStale = true;
    body.invalidate();
    motion.invalidate();
    view.transform = { ...scene.transform };
    hovered = -1;
    applyHover();
  }

  return {
    canvas,
    setScene(scene) {
      runSteps(setSceneSteps(scene));
    },
    setSceneSteps,
    updatePositions(positions, layout) {
      const c = compiled;
      if (!c) return false;
      if (layout) {
        if (slots?.c !== c || slots.ids !== layout.ids)
          slots = { c, ids: layout.ids, slots: layoutSlots(c, layout.ids) };
        movePositionsFrom(c, slots.slots, layout.xy);
      } else movePositions(c, positions);
      current = null;
      labelsStale = true;
      body.invalidate();
      motion.invalidate();
      lastScene = null;
      // A big map's layout step: LOD frames until the positions rest; labels are placed then.
      if (isBig(c)) scheduler.positionsMoved();
      return true;
    },
    setHover(id) {
      hoverId = id;
      if (applyHover()) {
        labelsStale = true;
        scheduler.requestFrame();
      }
    },
    setTransform(transform, jump = false) {
      if (!compiled) return;
      const previous = view.transform;
      const changed =
        previous.x !== transform.x || previous.y !== transform.y || previous.k !== transform.k;
      view.transform = { x: transform.x, y: transform.y, k: transform.k };
      if (changed && !jump) scheduler.viewMoved();
      if (changed) labelsStale = true;
    },
    resize(w, h, pixelRatio) {
      view.width = w;
      view.height = h;
      view.ratio = pixelRatio;
      body.invalidate();
      motion.invalidate();
      labelsStale = true;
      canvas.width = Math.max(1, Math.round(w * pixelRatio));
      canvas.height = Math.max(1, Math.round(h * pixelRatio));
    },
    draw,
    requestDraw: () => scheduler.requestFrame(),
    scene() {
      if (!compiled) return null;
      const shown = placed();
      current ??= sceneAtPositions(compiled);
      const scene = current;
      return {
        ...scene,
        transform: { ...view.transform },
        width: view.width,
        height: view.height,
        labels: shown,
      };
    },
    view: sceneView,
    nodePositions: () => (compiled ? { x: compiled.nx, y: compiled.ny } : null),
    measureText,
  };
}
