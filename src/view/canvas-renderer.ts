// Draws a Scene on a canvas: edges and discs batched into one path per style, labels on top.
import { labelOrder, placeSceneLabels } from "../scene/build-scene.ts";
import type { Scene, SceneTransform } from "../scene/scene.ts";
import { labelAnchor, labelFont, SCENE_STYLE } from "../scene/style.ts";

/** Segments or discs per path: small enough for fast rasterizing, big enough to batch calls. */
const CHUNK = 256;

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
  nx: Float64Array;
  ny: Float64Array;
  nr: Float64Array;
  nodeBatches: Batch[];
  ex: Float64Array;
  ey: Float64Array;
  ex2: Float64Array;
  ey2: Float64Array;
  edgeBatches: Batch[];
  rings: { index: number; color: string; width: number; gap: number }[];
  labelOrder: number[];
}

export interface CanvasRenderer {
  readonly canvas: HTMLCanvasElement;
  /** Replaces what is drawn. */
  setScene(scene: Scene): void;
  /** Moves the view; labels are placed again for the new transform. */
  setTransform(transform: SceneTransform): void;
  /** Resizes the drawing buffer (CSS pixels × device pixel ratio). */
  resize(width: number, height: number, pixelRatio: number): void;
  /** Draws now. */
  draw(): void;
  /** Draws on the next animation frame (once, however often it is asked). */
  requestDraw(): void;
  /** The scene as currently drawn, labels placed for the current transform. */
  scene(): Scene | null;
  /** Text width in CSS pixels for a CSS font (cached), for label placement. */
  measureText(text: string, font: string): number;
}

function compile(scene: Scene): Compiled {
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
    if (node.owner)
      rings.push({
        index: i,
        color: SCENE_STYLE.ownerRing,
        width: SCENE_STYLE.ownerRingWidth,
        gap: SCENE_STYLE.ownerRingGap,
      });
    if (node.selected)
      rings.push({
        index: i,
        color: SCENE_STYLE.selectedRing,
        width: SCENE_STYLE.selectedRingWidth,
        gap: node.owner ? SCENE_STYLE.ownerRingGap + SCENE_STYLE.ownerRingWidth + 1 : 1,
      });
    if (node.hovered && !node.selected)
      rings.push({
        index: i,
        color: SCENE_STYLE.hoverRing,
        width: SCENE_STYLE.hoverRingWidth,
        gap: 1,
      });
  });
  const m = scene.edges.length;
  const ex = new Float64Array(m);
  const ey = new Float64Array(m);
  const ex2 = new Float64Array(m);
  const ey2 = new Float64Array(m);
  const edgeBatches: Batch[] = [];
  let count = 0;
  for (const edge of scene.edges) {
    const s = index.get(edge.source);
    const t = index.get(edge.target);
    if (s === undefined || t === undefined) continue;
    const e = count++;
    ex[e] = nx[s];
    ey[e] = ny[s];
    ex2[e] = nx[t];
    ey2[e] = ny[t];
    const alpha = edge.dimmed ? SCENE_STYLE.dimmedOpacity : 1;
    const last = edgeBatches[edgeBatches.length - 1];
    if (last && last.style === edge.color && last.width === edge.width && last.alpha === alpha)
      last.end = e + 1;
    else edgeBatches.push({ style: edge.color, width: edge.width, alpha, start: e, end: e + 1 });
  }
  return {
    scene,
    nx,
    ny,
    nr,
    nodeBatches,
    ex,
    ey,
    ex2,
    ey2,
    edgeBatches,
    rings,
    labelOrder: labelOrder(scene),
  };
}

/** Creates a renderer drawing into `canvas`. Nothing animates: it draws when asked. */
export function createCanvasRenderer(canvas: HTMLCanvasElement): CanvasRenderer {
  const context = canvas.getContext("2d", { alpha: false });
  if (!context) throw new Error("coauthor-atlas/view: canvas 2D context unavailable");
  const ctx = context;
  let compiled: Compiled | null = null;
  let width = canvas.clientWidth || canvas.width;
  let height = canvas.clientHeight || canvas.height;
  let ratio = 1;
  let frame = 0;
  const widths = new Map<string, number>();
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
    if (!compiled) return;
    placeSceneLabels(compiled.scene, { measureText }, compiled.labelOrder);
  };

  function draw(): void {
    frame = 0;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    const scene = compiled?.scene;
    ctx.fillStyle = scene?.background ?? "#ffffff";
    ctx.fillRect(0, 0, width, height);
    if (!compiled || !scene) return;
    const { k, x: tx, y: ty } = scene.transform;
    const c = compiled;

    // One stroke per style run, split into chunks: software rasterizers slow down sharply on a
    // single path of thousands of crossing segments, and a call per segment costs more still.
    ctx.lineCap = "butt";
    for (const batch of c.edgeBatches) {
      ctx.globalAlpha = batch.alpha;
      ctx.strokeStyle = batch.style;
      ctx.lineWidth = batch.width;
      ctx.beginPath();
      let segments = 0;
      for (let e = batch.start; e < batch.end; e++) {
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
        ctx.moveTo(ax, ay);
        ctx.lineTo(bx, by);
        if (++segments === CHUNK) {
          ctx.stroke();
          ctx.beginPath();
          segments = 0;
        }
      }
      if (segments) ctx.stroke();
    }

    ctx.lineWidth = SCENE_STYLE.nodeStrokeWidth;
    ctx.strokeStyle = SCENE_STYLE.nodeStroke;
    for (const batch of c.nodeBatches) {
      ctx.globalAlpha = batch.alpha;
      ctx.fillStyle = batch.style;
      ctx.beginPath();
      let discs = 0;
      let outlined = false;
      for (let i = batch.start; i < batch.end; i++) {
        const r = c.nr[i];
        const sx = c.nx[i] * k + tx;
        const sy = c.ny[i] * k + ty;
        if (sx < -r || sy < -r || sx > width + r || sy > height + r) continue;
        ctx.moveTo(sx + r, sy);
        ctx.arc(sx, sy, r, 0, 2 * Math.PI);
        if (r >= 2.5) outlined = true;
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
    ctx.globalAlpha = 1;

    for (const ring of c.rings) {
      const i = ring.index;
      const sx = c.nx[i] * k + tx;
      const sy = c.ny[i] * k + ty;
      ctx.beginPath();
      ctx.arc(sx, sy, c.nr[i] + ring.gap + ring.width / 2, 0, 2 * Math.PI);
      ctx.strokeStyle = ring.color;
      ctx.lineWidth = ring.width;
      ctx.stroke();
    }

    ctx.textBaseline = "alphabetic";
    ctx.textAlign = "left";
    ctx.lineJoin = "round";
    for (let i = 0; i < scene.nodes.length; i++) {
      const node = scene.nodes[i];
      if (!node.labelVisible) continue;
      const anchor = labelAnchor(c.nx[i] * k + tx, c.ny[i] * k + ty, c.nr[i], scene.fontSize);
      ctx.font = labelFont(scene.fontSize, Boolean(node.labelForced));
      ctx.strokeStyle = SCENE_STYLE.labelHalo;
      ctx.lineWidth = SCENE_STYLE.labelHaloWidth;
      ctx.strokeText(node.label, anchor.x, anchor.y);
      ctx.fillStyle = SCENE_STYLE.labelColor;
      ctx.fillText(node.label, anchor.x, anchor.y);
    }
  }

  return {
    canvas,
    setScene(scene) {
      compiled = compile(scene);
      scene.width = width;
      scene.height = height;
      placeLabels();
    },
    setTransform(transform) {
      if (!compiled) return;
      compiled.scene.transform = { x: transform.x, y: transform.y, k: transform.k };
      placeLabels();
    },
    resize(w, h, pixelRatio) {
      width = w;
      height = h;
      ratio = pixelRatio;
      canvas.width = Math.max(1, Math.round(w * pixelRatio));
      canvas.height = Math.max(1, Math.round(h * pixelRatio));
      if (compiled) {
        compiled.scene.width = w;
        compiled.scene.height = h;
        placeLabels();
      }
    },
    draw,
    requestDraw() {
      if (!frame) frame = requestAnimationFrame(draw);
    },
    scene: () => compiled?.scene ?? null,
    measureText,
  };
}
