// The density view on the canvas: scene/density.ts's bands painted under the labels, cached while panning.
import { sceneDensity, type DensityOptions } from "../scene/density.ts";
import type { Scene, SceneTransform } from "../scene/scene.ts";
import type { UnderlayFrame } from "./canvas-renderer.ts";

/** Largest zoom change served from the cached bands before they are computed again. */
const SCALE_LIMIT = 1.5;
/** Margin computed around the viewport, as a share of its larger side. */
const MARGIN = 0.3;

export interface DensityPainter {
  /** Whether the density view is on. */
  enabled(): boolean;
  setEnabled(on: boolean): void;
  /**
   * The canvas renderer's underlay: paints the heat map of `scene` into `ctx` (in CSS pixels)
   * and returns true (edges and discs are then left out), or returns false when the view is off.
   */
  paint(ctx: CanvasRenderingContext2D, frame: UnderlayFrame): boolean;
}

interface Cached {
  scene: Scene;
  positions: number;
  width: number;
  height: number;
  t: SceneTransform;
  margin: number;
  bands: { path: Path2D; color: string; alpha: number }[];
  opacity: number;
}

/** A checksum of the nodes' positions, which a running layout changes in place. */
function positionsSum(frame: UnderlayFrame): number {
  let s = frame.x.length;
  for (let i = 0; i < frame.x.length; i++)
    s = (s * 31 + frame.x[i] * 7.1 + frame.y[i] * 3.3) % 1e12;
  return s;
}

/** The frame as a scene value: nodes at their current positions, framed in the view. */
function frameScene(frame: UnderlayFrame): Scene {
  return {
    ...frame.scene,
    nodes: frame.scene.nodes.map((n, i) => ({ ...n, x: frame.x[i] ?? n.x, y: frame.y[i] ?? n.y })),
    transform: frame.transform,
    width: frame.width,
    height: frame.height,
  };
}

/**
 * Creates the density painter (off at first). Bands are computed for the viewport plus a margin
 * and reused, moved and scaled, while the view pans or zooms less than 1.5×; new positions or a
 * new scene compute them again.
 */
export function createDensityPainter(options: Partial<DensityOptions> = {}): DensityPainter {
  let on = false;
  let cached: Cached | null = null;

  function serves(c: Cached | null, frame: UnderlayFrame, positions: number): c is Cached {
    if (!c || c.scene !== frame.scene || c.positions !== positions) return false;
    if (c.width !== frame.width || c.height !== frame.height) return false;
    const scene = frame;
    const t = frame.transform;
    const s = t.k / c.t.k;
    if (s > SCALE_LIMIT || s < 1 / SCALE_LIMIT) return false;
    // The viewport, in the cached bands' pixels, must lie inside what was computed.
    const left = ((0 - t.x) / t.k) * c.t.k + c.t.x;
    const top = ((0 - t.y) / t.k) * c.t.k + c.t.y;
    const right = ((scene.width - t.x) / t.k) * c.t.k + c.t.x;
    const bottom = ((scene.height - t.y) / t.k) * c.t.k + c.t.y;
    return (
      left >= -c.margin &&
      top >= -c.margin &&
      right <= c.width + c.margin &&
      bottom <= c.height + c.margin
    );
  }

  function compute(frame: UnderlayFrame, positions: number): Cached {
    const scene = frameScene(frame);
    const margin = Math.round(MARGIN * Math.max(scene.width, scene.height));
    const t = scene.transform;
    const layer = sceneDensity(
      {
        ...scene,
        width: scene.width + 2 * margin,
        height: scene.height + 2 * margin,
        transform: { x: t.x + margin, y: t.y + margin, k: t.k },
      },
      options,
    );
    return {
      scene: frame.scene,
      positions,
      width: scene.width,
      height: scene.height,
      t: { ...t },
      margin,
      bands: layer.bands.map((b) => ({ path: new Path2D(b.path), color: b.color, alpha: b.alpha })),
      opacity: layer.opacity,
    };
  }

  return {
    enabled: () => on,
    setEnabled(value) {
      on = value;
      if (!on) cached = null;
    },
    paint(ctx, frame) {
      if (!on) return false;
      const positions = positionsSum(frame);
      if (!serves(cached, frame, positions)) cached = compute(frame, positions);
      const c = cached;
      const t = frame.transform;
      const s = t.k / c.t.k;
      ctx.save();
      // Cached pixel p (computed at c.t, shifted by the margin) is on screen at (p − m − c.t)·s + t.
      ctx.transform(s, 0, 0, s, t.x - (c.t.x + c.margin) * s, t.y - (c.t.y + c.margin) * s);
      for (const band of c.bands) {
        ctx.globalAlpha = c.opacity * band.alpha;
        ctx.fillStyle = band.color;
        ctx.fill(band.path, "evenodd");
      }
      ctx.restore();
      return true;
    },
  };
}
