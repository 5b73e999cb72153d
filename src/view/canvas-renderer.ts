// Draws a Scene on a canvas: edges and discs batched by style, labels on top; big maps move a cached bitmap.
import { labelOrder, placeSceneLabels } from "../scene/build-scene.ts";
import type { Scene, SceneNode, SceneTransform } from "../scene/scene.ts";
import {
  labelFont,
  nodeLabelAnchor,
  nodeRings,
  SCENE_STYLE,
  type NodeRing,
} from "../scene/style.ts";
import { runSteps } from "./sliced.ts";

/** Segments or discs per path: small enough for fast rasterizing, big enough to batch calls. */
const CHUNK = 256;
/** Runs of at least this many wide edges are drawn as hairline bands. */
const BUNDLE_THRESHOLD = 500;
/** Runs of at least this many discs are stamped from sprites. */
const SPRITE_THRESHOLD = 1500;
/** Discs smaller than this get no white outline. */
const OUTLINE_MIN_RADIUS = 2.5;

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
  settleDelay: number;
  sliceBudget: number;
  sliceItems: number;
  /**
   * Called first in every draw, e.g. to apply a change of view deferred to the frame; a draw it
   * asks for is this one.
   */
  beforeDraw?: () => void;
}

export const DEFAULT_RENDERER_OPTIONS: RendererOptions = {
  motionCache: "auto",
  motionCacheItems: 12_000,
  restDelay: 120,
  lodItems: 12_000,
  lodEdges: 8_000,
  lodLabels: 25,
  settleDelay: 200,
  sliceBudget: 25,
  sliceItems: 4_000,
};

/** Edges or discs painted per slice of the sharp frame between budget checks. */
const SLICE_ITEMS = 2_000;

/** Largest scale change served from the motion cache before it is rendered again. */
const CACHE_SCALE_LIMIT = 1.5;
/** Margin rendered around the viewport in the motion cache, as a share of its larger side. */
const CACHE_MARGIN = 0.2;

interface Batch {
  style: string;
  width: number;
  alpha: number;
  start: number;
  end: number;
}

/** The scene compiled to typed arrays and style runs, rebuilt only when the scene changes. */
interface Compiled {
  scene: Scene;
  index: Map<string, number>;
  nx: Float64Array;
  ny: Float64Array;
  nr: Float64Array;
  nodeBatches: Batch[];
  ex: Float64Array;
  ey: Float64Array;
  ex2: Float64Array;
  ey2: Float64Array;
  /** Node indices of each edge's ends. */
  es: Int32Array;
  et: Int32Array;
  /** Larger radius of the two ends: an edge shorter than this on screen hides under a disc. */
  er: Float32Array;
  edgeBatches: Batch[];
  rings: ({ index: number; alpha: number } & NodeRing)[];
  labelOrder: number[];
}

/** Where a layer is painted: a context, its size in CSS pixels, and an offset added to x and y. */
interface Target {
  ctx: CanvasRenderingContext2D;
  width: number;
  height: number;
  dx: number;
  dy: number;
}

export interface CanvasRenderer {
  readonly canvas: HTMLCanvasElement;
  /** Replaces what is drawn; the hovered author (see `setHover`) stays hovered if still shown. */
  setScene(scene: Scene): void;
  /**
   * `setScene` in steps, for a caller that pauses between them: the scene is prepared meanwhile
   * and replaces the drawn one in the last step. The scene must not change meanwhile.
   */
  setSceneSteps(scene: Scene): Generator<void, void>;
  /**
   * Marks the author under the pointer (null: none): a ring, its label forced and its disc drawn
   * on top, as `buildScene` draws `selection.hover`. Only the overlay is redrawn: edges and
   * discs come from a bitmap of the resting view, so hovering costs the same at any size.
   */
  setHover(id: string | null): void;
  /**
   * Moves the drawn authors to new world positions (a layout step, a drag) without rebuilding
   * the scene: the scene's nodes are updated in place and labels placed again. Authors missing
   * from `positions` stay put. Returns false when there is no scene.
   */
  updatePositions(positions: Readonly<Record<string, { x: number; y: number }>>): boolean;
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
  /** The scene as currently drawn, labels placed for the current transform. */
  scene(): Scene | null;
  /** Text width in CSS pixels for a CSS font (cached), for label placement. */
  measureText(text: string, font: string): number;
}

/** Edges compiled between two yields of {@link compileSteps}. */
const COMPILE_EDGES_PER_STEP = 15_000;

/** Compiles a scene in steps (yields between phases and every few thousand edges). */
function* compileSteps(scene: Scene): Generator<void, Compiled> {
  const index = new Map<string, number>();
  const n = scene.nodes.length;
  const nx = new Float64Array(n);
  const ny = new Float64Array(n);
  const nr = new Float64Array(n);
  const nodeBatches: Batch[] = [];
  const rings: Compiled["rings"] = [];
  scene.nodes.forEach((node, i) => {
    index.set(node.id, i);
    nx[i] = node.x;
    ny[i] = node.y;
    nr[i] = node.r;
    const alpha = node.dimmed ? SCENE_STYLE.dimmedOpacity : 1;
    const last = nodeBatches[nodeBatches.length - 1];
    if (last && last.style === node.fill && last.alpha === alpha) last.end = i + 1;
    else nodeBatches.push({ style: node.fill, width: 0, alpha, start: i, end: i + 1 });
    for (const ring of nodeRings(node)) rings.push({ index: i, alpha, ...ring });
  });
  yield;
  const m = scene.edges.length;
  const ex = new Float64Array(m);
  const ey = new Float64Array(m);
  const ex2 = new Float64Array(m);
  const ey2 = new Float64Array(m);
  const er = new Float32Array(m);
  const es = new Int32Array(m);
  const et = new Int32Array(m);
  const edgeBatches: Batch[] = [];
  let count = 0;
  for (let j = 0; j < m; j++) {
    if (j > 0 && j % COMPILE_EDGES_PER_STEP === 0) yield;
    const edge = scene.edges[j];
    const s = index.get(edge.source);
    const t = index.get(edge.target);
    if (s === undefined || t === undefined) continue;
    const e = count++;
    ex[e] = nx[s];
    ey[e] = ny[s];
    ex2[e] = nx[t];
    ey2[e] = ny[t];
    es[e] = s;
    et[e] = t;
    // Only an opaque disc hides an edge; dimmed discs are translucent.
    er[e] = Math.max(
      scene.nodes[s].dimmed ? 0 : nr[s] - 0.5,
      scene.nodes[t].dimmed ? 0 : nr[t] - 0.5,
    );
    const alpha = edge.dimmed ? SCENE_STYLE.dimmedOpacity : 1;
    const last = edgeBatches[edgeBatches.length - 1];
    if (last && last.style === edge.color && last.width === edge.width && last.alpha === alpha)
      last.end = e + 1;
    else edgeBatches.push({ style: edge.color, width: edge.width, alpha, start: e, end: e + 1 });
  }
  yield;
  const order = labelOrder(scene);
  yield;
  return {
    scene,
    index,
    nx,
    ny,
    nr,
    nodeBatches,
    ex,
    ey,
    ex2,
    ey2,
    es,
    et,
    er,
    edgeBatches,
    rings,
    labelOrder: order,
  };
}

/**
 * Edges of one style run. Strokes wider than a pixel leave the rasterizer's hairline fast path
 * (ten times slower in software), so in big runs a wide edge is drawn as a band of parallel
 * one-pixel hairlines, which covers the same pixels. Paths are cut into chunks: software
 * rasterizers slow down on one path of thousands of crossing segments. Level of detail: edges
 * off screen, and edges shorter on screen than the larger disc at their ends (they would be
 * painted over by it), are skipped.
 */
function paintEdges(
  target: Target,
  c: Compiled,
  batch: Batch,
  t: SceneTransform,
  runLength = batch.end - batch.start,
  stride = 1,
): void {
  const { ctx, width, height } = target;
  const { k } = t;
  const tx = t.x + target.dx;
  const ty = t.y + target.dy;
  const bundle = batch.width > 1 && runLength >= BUNDLE_THRESHOLD;
  const lines = bundle ? Math.max(1, Math.round(batch.width)) : 1;
  const spread = lines > 1 ? batch.width - 1 : 0;
  ctx.globalAlpha = batch.alpha;
  ctx.strokeStyle = batch.style;
  ctx.lineWidth = bundle ? 1 : batch.width;
  ctx.beginPath();
  let segments = 0;
  for (let e = batch.start; e < batch.end; e += stride) {
    const ax = c.ex[e] * k + tx;
    const ay = c.ey[e] * k + ty;
    const bx = c.ex2[e] * k + tx;
    const by = c.ey2[e] * k + ty;
    if (
      (ax < 0 && bx < 0) ||
      (ay < 0 && by < 0) ||
      (ax > width && bx > width) ||
      (ay > height && by > height)
    )
      continue;
    const dx = bx - ax;
    const dy = by - ay;
    const hidden = c.er[e];
    if (dx * dx + dy * dy <= hidden * hidden) continue;
    if (lines === 1) {
      ctx.moveTo(ax, ay);
      ctx.lineTo(bx, by);
      segments++;
    } else {
      const length = Math.sqrt(dx * dx + dy * dy) || 1;
      const ux = -dy / length;
      const uy = dx / length;
      for (let j = 0; j < lines; j++) {
        const o = -spread / 2 + (j * spread) / (lines - 1);
        ctx.moveTo(ax + ux * o, ay + uy * o);
        ctx.lineTo(bx + ux * o, by + uy * o);
      }
      segments += lines;
    }
    if (segments >= CHUNK) {
      ctx.stroke();
      ctx.beginPath();
      segments = 0;
    }
  }
  if (segments) ctx.stroke();
}

function paintDiscs(
  target: Target,
  c: Compiled,
  batch: Batch,
  t: SceneTransform,
  outlines = true,
): void {
  const { ctx, width, height } = target;
  const tx = t.x + target.dx;
  const ty = t.y + target.dy;
  ctx.globalAlpha = batch.alpha;
  ctx.fillStyle = batch.style;
  ctx.lineWidth = SCENE_STYLE.nodeStrokeWidth;
  ctx.strokeStyle = SCENE_STYLE.nodeStroke;
  ctx.beginPath();
  let discs = 0;
  let outlined = false;
  for (let i = batch.start; i < batch.end; i++) {
    const r = c.nr[i];
    const sx = c.nx[i] * t.k + tx;
    const sy = c.ny[i] * t.k + ty;
    if (sx < -r || sy < -r || sx > width + r || sy > height + r) continue;
    ctx.moveTo(sx + r, sy);
    ctx.arc(sx, sy, r, 0, 2 * Math.PI);
    if (outlines && r >= OUTLINE_MIN_RADIUS) outlined = true;
    if (++discs === CHUNK) {
      ctx.fill();
      if (outlined) ctx.stroke();
      ctx.beginPath();
      discs = 0;
      outlined = false;
    }
  }
  if (discs) {
    ctx.fill();
    if (outlined) ctx.stroke();
  }
}

/** One label with its halo, on the side the scene placed it. */
function drawLabel(
  ctx: CanvasRenderingContext2D,
  node: SceneNode,
  sx: number,
  sy: number,
  fontSize: number,
): void {
  const anchor = nodeLabelAnchor(sx, sy, node, fontSize);
  ctx.font = labelFont(fontSize, Boolean(node.labelForced));
  ctx.textAlign = anchor.align === "end" ? "right" : "left";
  ctx.strokeStyle = SCENE_STYLE.labelHalo;
  ctx.lineWidth = SCENE_STYLE.labelHaloWidth;
  ctx.strokeText(node.label, anchor.x, anchor.y);
  ctx.fillStyle = SCENE_STYLE.labelColor;
  ctx.fillText(node.label, anchor.x, anchor.y);
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
  let compiled: Compiled | null = null;
  let width = canvas.clientWidth || canvas.width;
  let height = canvas.clientHeight || canvas.height;
  let ratio = 1;
  let frame = 0;
  const widths = new Map<string, number>();
  const sprites = new Map<string, HTMLCanvasElement>();

  // Motion cache: a bitmap of edges and discs for transform `cached.t`, `margin` px around.
  let moving = false;
  let restTimer: ReturnType<typeof setTimeout> | undefined;
  let cacheCanvas: HTMLCanvasElement | null = null;
  /** Where the next motion cache is painted in slices; it becomes `cacheCanvas` when complete. */
  let cacheNext: HTMLCanvasElement | null = null;
  let cached: { t: SceneTransform; margin: number; scene: Scene } | null = null;
  // Resting bitmap: edges and discs exactly as on screen, for redraws that change only the overlay.
  let bodyCanvas: HTMLCanvasElement | null = null;
  let body: {
    t: SceneTransform;
    c: Compiled;
    width: number;
    height: number;
    ratio: number;
  } | null = null;
  // Hover: the node's index and its own labelForced, restored when the pointer leaves it.
  let hoverId: string | null = null;
  let lastScene: Scene | null = null;
  let hover: { index: number; forced: boolean | undefined } | null = null;
  // Level of detail: positions still changing, labels placed for old positions, and the sharp
  // frame being painted into the resting bitmap slice by slice.
  let layoutMoving = false;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let labelsStale = false;
  let job: {
    /** What the job paints: the resting bitmap, or the motion cache. */
    kind: "body" | "cache";
    c: Compiled;
    t: SceneTransform;
    width: number;
    height: number;
    ratio: number;
    next: number;
    timer: ReturnType<typeof setTimeout> | undefined;
  } | null = null;

  const measureText = (text: string, font: string) => {
    const key = `${font}\u0000${text}`;
    let w = widths.get(key);
    if (w === undefined) {
      ctx.font = font;
      w = ctx.measureText(text).width;
      if (widths.size > 20_000) widths.clear();
      widths.set(key, w);
    }
    return w;
  };

  const placeLabels = () => {
    labelsStale = false;
    if (!compiled) return;
    let order = compiled.labelOrder;
    if (hover) {
      const first = hover.index;
      order = [first, ...order.filter((i) => i !== first)];
    }
    placeSceneLabels(compiled.scene, { measureText }, order);
  };

  /** Moves the hover flags to `hoverId` in the compiled scene; true when anything changed. */
  const applyHover = (): boolean => {
    const c = compiled;
    if (!c) return false;
    const index = hoverId === null ? undefined : c.index.get(hoverId);
    if (hover && hover.index === index) return false;
    if (hover) {
      const node = c.scene.nodes[hover.index];
      delete node.hovered;
      if (hover.forced) node.labelForced = true;
      else delete node.labelForced;
      hover = null;
    }
    if (index !== undefined) {
      const node = c.scene.nodes[index];
      hover = { index, forced: node.labelForced };
      node.hovered = true;
      node.labelForced = true;
    }
    return true;
  };

  /** A disc (with its outline) pre-rendered at device resolution, stamped with drawImage. */
  function sprite(fill: string, r: number): HTMLCanvasElement {
    const key = `${fill}|${r}|${ratio}`;
    let image = sprites.get(key);
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
      if (sprites.size > 2000) sprites.clear();
      sprites.set(key, image);
    }
    return image;
  }

  /**
   * Big runs of discs are stamped from cached sprites at whole device pixels: a bitmap copy per
   * disc instead of an anti-aliased path fill. Radii are rounded to a quarter pixel.
   */
  function stampDiscs(target: Target, c: Compiled, batch: Batch, t: SceneTransform): void {
    const { ctx: g, width: w, height: h } = target;
    const tx = t.x + target.dx;
    const ty = t.y + target.dy;
    g.globalAlpha = batch.alpha;
    for (let i = batch.start; i < batch.end; i++) {
      const r = Math.round(c.nr[i] * 4) / 4;
      const sx = c.nx[i] * t.k + tx;
      const sy = c.ny[i] * t.k + ty;
      if (sx < -r || sy < -r || sx > w + r || sy > h + r) continue;
      const image = sprite(batch.style, r);
      const size = image.width / ratio;
      g.drawImage(
        image,
        Math.round((sx - size / 2) * ratio) / ratio,
        Math.round((sy - size / 2) * ratio) / ratio,
        size,
        size,
      );
    }
  }

  /** Edges, then discs: everything but rings and labels. */
  function paintBody(target: Target, c: Compiled, t: SceneTransform): void {
    target.ctx.lineCap = "butt";
    for (const batch of c.edgeBatches) paintEdges(target, c, batch, t);
    for (const batch of c.nodeBatches) {
      if (batch.end - batch.start >= SPRITE_THRESHOLD) stampDiscs(target, c, batch, t);
      else paintDiscs(target, c, batch, t);
    }
    target.ctx.globalAlpha = 1;
  }

  function paintOverlay(c: Compiled, scene: Scene, t: SceneTransform): void {
    const { k, x: tx, y: ty } = t;
    const rings: Compiled["rings"] = c.rings;
    const lifted = hover?.index ?? -1;
    if (lifted >= 0) {
      // The hovered disc, on top and never dimmed, as buildScene's emphasized layer draws it.
      const node = scene.nodes[lifted];
      ctx.beginPath();
      ctx.arc(c.nx[lifted] * k + tx, c.ny[lifted] * k + ty, c.nr[lifted], 0, 2 * Math.PI);
      ctx.globalAlpha = 1;
      ctx.fillStyle = node.fill;
      ctx.fill();
      if (c.nr[lifted] >= OUTLINE_MIN_RADIUS) {
        ctx.lineWidth = SCENE_STYLE.nodeStrokeWidth;
        ctx.strokeStyle = SCENE_STYLE.nodeStroke;
        ctx.stroke();
      }
    }
    const hoverRings =
      lifted >= 0
        ? nodeRings(scene.nodes[lifted]).map((ring) => ({ index: lifted, alpha: 1, ...ring }))
        : [];
    for (const ring of [...rings.filter((r) => r.index !== lifted), ...hoverRings]) {
      const i = ring.index;
      ctx.beginPath();
      ctx.arc(c.nx[i] * k + tx, c.ny[i] * k + ty, c.nr[i] + ring.offset, 0, 2 * Math.PI);
      ctx.globalAlpha = ring.alpha;
      ctx.strokeStyle = ring.color;
      ctx.lineWidth = ring.width;
      ctx.stroke();
    }
    ctx.globalAlpha = 1;
    ctx.textBaseline = "alphabetic";
    ctx.lineJoin = "round";
    for (let i = 0; i < scene.nodes.length; i++) {
      const node = scene.nodes[i];
      if (!node.labelVisible) continue;
      drawLabel(ctx, node, c.nx[i] * k + tx, c.ny[i] * k + ty, scene.fontSize);
    }
  }

  const useCache = (c: Compiled) =>
    o.motionCache === "on" ||
    (o.motionCache === "auto" && c.scene.nodes.length + c.scene.edges.length >= o.motionCacheItems);

  /** Whether the cached bitmap can show transform `t`: scale close enough, viewport inside. */
  function cacheServes(t: SceneTransform, scene: Scene): boolean {
    if (!cached || cached.scene !== scene) return false;
    const from = cached.t;
    const s = t.k / from.k;
    if (s > CACHE_SCALE_LIMIT || s < 1 / CACHE_SCALE_LIMIT) return false;
    const m = cached.margin;
    const toCache = (sx: number, sy: number) => ({
      x: (sx - t.x) / s + from.x + m,
      y: (sy - t.y) / s + from.y + m,
    });
    const a = toCache(0, 0);
    const b = toCache(width, height);
    return a.x >= 0 && a.y >= 0 && b.x <= width + 2 * m && b.y <= height + 2 * m;
  }

  /**
   * Sizes `image` to `w × h` CSS pixels at the pixel ratio, fills it with `background` and
   * returns its context, scaled to CSS pixels, edges with butt caps.
   */
  function clearedContext(
    image: HTMLCanvasElement,
    w: number,
    h: number,
    background: string,
    alpha: boolean,
  ): CanvasRenderingContext2D {
    const pw = Math.max(1, Math.round(w * ratio));
    const ph = Math.max(1, Math.round(h * ratio));
    if (image.width !== pw || image.height !== ph) {
      image.width = pw;
      image.height = ph;
    }
    const g = image.getContext("2d", { alpha }) as CanvasRenderingContext2D;
    g.setTransform(ratio, 0, 0, ratio, 0, 0);
    g.globalAlpha = 1;
    g.lineCap = "butt";
    g.fillStyle = background;
    g.fillRect(0, 0, w, h);
    return g;
  }

  /** Whether a bitmap painted for (`v.c`, `v.t`) at `v`'s size shows scene `c` at `t` now. */
  const paintedFor = (
    v: { c: Compiled; t: SceneTransform; width: number; height: number; ratio: number },
    c: Compiled,
    t: SceneTransform,
  ) =>
    v.c === c &&
    v.width === width &&
    v.height === height &&
    v.ratio === ratio &&
    v.t.x === t.x &&
    v.t.y === t.y &&
    v.t.k === t.k;

  function renderCache(c: Compiled, t: SceneTransform): void {
    // Painted now, whole: a cache painted in slices meanwhile would overwrite it.
    if (job?.kind === "cache") cancelJob();
    const margin = Math.round(CACHE_MARGIN * Math.max(width, height));
    const w = width + 2 * margin;
    const h = height + 2 * margin;
    cacheCanvas ??= document.createElement("canvas");
    const g = clearedContext(cacheCanvas, w, h, c.scene.background ?? "#ffffff", true);
    paintBody({ ctx: g, width: w, height: h, dx: margin, dy: margin }, c, t);
    cached = { t: { ...t }, margin, scene: c.scene };
  }

  const bodyServes = (c: Compiled, t: SceneTransform) => body !== null && paintedFor(body, c, t);

  function renderBody(c: Compiled, t: SceneTransform): void {
    bodyCanvas ??= document.createElement("canvas");
    const g = clearedContext(bodyCanvas, width, height, c.scene.background ?? "#ffffff", false);
    paintBody({ ctx: g, width, height, dx: 0, dy: 0 }, c, t);
    body = { t: { ...t }, c, width, height, ratio };
  }

  const isBig = (c: Compiled) => c.scene.nodes.length + c.scene.edges.length >= o.lodItems;

  /** The cheap frame: an even subsample of the edges, the discs, the first few labels. */
  function paintLod(c: Compiled, scene: Scene, t: SceneTransform): void {
    const target: Target = { ctx, width, height, dx: 0, dy: 0 };
    const stride = Math.max(1, Math.ceil(c.es.length / o.lodEdges));
    ctx.lineCap = "butt";
    for (const batch of c.edgeBatches)
      paintEdges(target, c, batch, t, batch.end - batch.start, stride);
    // Discs without their white outlines: one fill per chunk, no stroke.
    for (const batch of c.nodeBatches) {
      if (batch.end - batch.start >= SPRITE_THRESHOLD) stampDiscs(target, c, batch, t);
      else paintDiscs(target, c, batch, t, false);
    }
    ctx.globalAlpha = 1;
    ctx.textBaseline = "alphabetic";
    ctx.lineJoin = "round";
    const { k, x: tx, y: ty } = t;
    let shown = 0;
    for (const i of c.labelOrder) {
      if (shown >= o.lodLabels) break;
      const node = scene.nodes[i];
      if (!node.labelVisible) continue;
      shown++;
      drawLabel(ctx, node, c.nx[i] * k + tx, c.ny[i] * k + ty, scene.fontSize);
    }
  }

  function cancelJob(): void {
    if (job) clearTimeout(job.timer);
    job = null;
  }

  /**
   * Paints the resting bitmap (or the motion cache) for (c, t) in slices of about `sliceBudget`
   * ms, one task each, and asks for a draw when it is complete. A job for the same bitmap, scene
   * and view keeps running.
   */
  function startJob(c: Compiled, t: SceneTransform, kind: "body" | "cache" = "body"): void {
    if (job && job.kind === kind && paintedFor(job, c, t)) return;
    cancelJob();
    const slices: (() => void)[] = [];
    /** Edges or discs painted by each slice. */
    const sizes: number[] = [];
    const margin = kind === "cache" ? Math.round(CACHE_MARGIN * Math.max(width, height)) : 0;
    const [jobWidth, jobHeight] = [width + 2 * margin, height + 2 * margin];
    let image: HTMLCanvasElement;
    // A cache is painted into a second canvas: the current one is still shown meanwhile.
    if (kind === "body") image = bodyCanvas ??= document.createElement("canvas");
    else image = cacheNext ??= document.createElement("canvas");
    const g = () => image.getContext("2d", { alpha: kind === "cache" }) as CanvasRenderingContext2D;
    const target = (): Target => ({
      ctx: g(),
      width: jobWidth,
      height: jobHeight,
      dx: margin,
      dy: margin,
    });
    const view = { ...t };
    slices.push(() =>
      clearedContext(image, jobWidth, jobHeight, c.scene.background ?? "#ffffff", kind === "cache"),
    );
    sizes.push(0);
    for (const batch of c.edgeBatches)
      for (let start = batch.start; start < batch.end; start += SLICE_ITEMS) {
        const part = { ...batch, start, end: Math.min(batch.end, start + SLICE_ITEMS) };
        slices.push(() => paintEdges(target(), c, part, view, batch.end - batch.start));
        sizes.push(part.end - part.start);
      }
    for (const batch of c.nodeBatches) {
      const stamp = batch.end - batch.start >= SPRITE_THRESHOLD;
      for (let start = batch.start; start < batch.end; start += SLICE_ITEMS) {
        const part = { ...batch, start, end: Math.min(batch.end, start + SLICE_ITEMS) };
        slices.push(() =>
          stamp ? stampDiscs(target(), c, part, view) : paintDiscs(target(), c, part, view),
        );
        sizes.push(part.end - part.start);
      }
    }
    const current = {
      kind,
      c,
      t: view,
      width,
      height,
      ratio,
      next: 0,
      timer: undefined as ReturnType<typeof setTimeout> | undefined,
    };
    job = current;
    const run = () => {
      if (job !== current) return;
      const start = performance.now();
      let items = 0;
      while (
        current.next < slices.length &&
        performance.now() - start < o.sliceBudget &&
        items < o.sliceItems
      ) {
        items += sizes[current.next];
        slices[current.next++]();
      }
      g().globalAlpha = 1;
      if (current.next < slices.length) {
        current.timer = setTimeout(run, 0);
        return;
      }
      job = null;
      if (kind === "cache") {
        // The new cache replaces the one shown meanwhile.
        [cacheCanvas, cacheNext] = [image, cacheCanvas];
        cached = { t: view, margin, scene: c.scene };
      } else
        body = { t: view, c, width: current.width, height: current.height, ratio: current.ratio };
      requestDraw();
    };
    current.timer = setTimeout(run, 0);
  }

  /** Compiles `scene` in steps; the last one shows it (the drawn scene is the old one until then). */
  function* setSceneSteps(scene: Scene): Generator<void, void> {
    const next = yield* compileSteps(scene);
    compiled = next;
    hover = null;
    body = null;
    cancelJob();
    scene.width = width;
    scene.height = height;
    applyHover();
    placeLabels();
  }

  function requestDraw(): void {
    if (!frame) frame = requestAnimationFrame(draw);
  }

  function draw(): void {
    o.beforeDraw?.();
    // Drawn now: a frame already asked for has nothing more to draw.
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    const scene = compiled?.scene;
    ctx.globalAlpha = 1;
    ctx.fillStyle = scene?.background ?? "#ffffff";
    ctx.fillRect(0, 0, width, height);
    if (!compiled || !scene) return;
    const t = scene.transform;
    const c = compiled;
    const big = isBig(c);
    if (big && layoutMoving) {
      paintLod(c, scene, t);
      return;
    }
    if (labelsStale) placeLabels();
    const previousScene = lastScene;
    lastScene = scene;
    // A scene seen for the first time (a layout step, a filter) is painted sharp once rather than
    // into the bigger motion cache; the cache pays off only for frames that reuse it.
    if (moving && useCache(c) && (cacheServes(t, scene) || previousScene === scene)) {
      if (!cacheServes(t, scene)) {
        // A big map's cache is painted in slices (LOD frames meanwhile): a first pan or zoom
        // does not wait for all of it in one frame.
        // A big map's cache is painted in slices, never in one long frame: meanwhile the last
        // cache of this scene is shown stretched (or, without one, the LOD frame).
        if (big) {
          if (job?.kind !== "cache" || job.c !== c) startJob(c, t, "cache");
          if (cached?.scene !== scene) {
            paintLod(c, scene, t);
            return;
          }
        } else renderCache(c, t);
      }
      const from = cached as { t: SceneTransform; margin: number };
      const s = t.k / from.t.k;
      ctx.setTransform(
        ratio * s,
        0,
        0,
        ratio * s,
        ratio * (t.x - (from.t.x + from.margin) * s),
        ratio * (t.y - (from.t.y + from.margin) * s),
      );
      const image = cacheCanvas as HTMLCanvasElement;
      ctx.drawImage(image, 0, 0, image.width / ratio, image.height / ratio);
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    } else {
      // Painted through the resting bitmap, so the rest redraw and hover only copy it. A big
      // scene's bitmap is painted in slices; the LOD frame shows until it is ready.
      if (!bodyServes(c, t)) {
        if (big) {
          startJob(c, t);
          paintLod(c, scene, t);
          return;
        }
        renderBody(c, t);
      }
      const image = bodyCanvas as HTMLCanvasElement;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.drawImage(image, 0, 0);
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    }
    paintOverlay(c, scene, t);
  }

  return {
    canvas,
    setScene(scene) {
      runSteps(setSceneSteps(scene));
    },
    setSceneSteps,
    updatePositions(positions) {
      const c = compiled;
      if (!c) return false;
      const nodes = c.scene.nodes;
      for (let i = 0; i < nodes.length; i++) {
        const p = positions[nodes[i].id];
        if (!p) continue;
        nodes[i].x = c.nx[i] = p.x;
        nodes[i].y = c.ny[i] = p.y;
      }
      for (let e = 0; e < c.es.length; e++) {
        c.ex[e] = c.nx[c.es[e]];
        c.ey[e] = c.ny[c.es[e]];
        c.ex2[e] = c.nx[c.et[e]];
        c.ey2[e] = c.ny[c.et[e]];
      }
      cached = null;
      body = null;
      lastScene = null;
      cancelJob();
      if (isBig(c)) {
        // A layout step: LOD frames until the positions rest; labels are placed then.
        labelsStale = true;
        layoutMoving = true;
        clearTimeout(settleTimer);
        settleTimer = setTimeout(() => {
          layoutMoving = false;
          requestDraw();
        }, o.settleDelay);
      } else placeLabels();
      return true;
    },
    setHover(id) {
      hoverId = id;
      if (applyHover()) {
        if (layoutMoving) labelsStale = true;
        else placeLabels();
        requestDraw();
      }
    },
    setTransform(transform, jump = false) {
      if (!compiled) return;
      const previous = compiled.scene.transform;
      compiled.scene.transform = { x: transform.x, y: transform.y, k: transform.k };
      const changed =
        previous.x !== transform.x || previous.y !== transform.y || previous.k !== transform.k;
      if (changed && !jump) {
        moving = true;
        clearTimeout(restTimer);
        restTimer = setTimeout(() => {
          moving = false;
          requestDraw();
        }, o.restDelay);
      }
      // Labels depend on the transform only (positions, hover and size place them themselves).
      if (layoutMoving) labelsStale = true;
      else if (changed || labelsStale) placeLabels();
    },
    resize(w, h, pixelRatio) {
      width = w;
      height = h;
      ratio = pixelRatio;
      cached = null;
      body = null;
      cancelJob();
      canvas.width = Math.max(1, Math.round(w * pixelRatio));
      canvas.height = Math.max(1, Math.round(h * pixelRatio));
      if (compiled) {
        compiled.scene.width = w;
        compiled.scene.height = h;
        placeLabels();
      }
    },
    draw,
    requestDraw,
    scene: () => {
      if (labelsStale) placeLabels();
      return compiled?.scene ?? null;
    },
    measureText,
  };
}
