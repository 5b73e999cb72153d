// Zoom-to-fit: the largest zoom at which every disc (and label, when given) fits a frame, centred.
import type { SceneTransform } from "./scene.ts";
import { SCENE_STYLE } from "./style.ts";

/** A node to fit: world position, radius in pixels and label width in pixels (0 or none = no label). */
export interface FitItem {
  x: number;
  y: number;
  r: number;
  labelWidth?: number;
}

export interface FitOptions {
  /** Free margin inside the frame on every side, in pixels. */
  padding: number;
  /** Extra free space on the right, in pixels (room for labels whose widths are not given). */
  labelRoom: number;
  /** Gap between a disc and its label (labels sit right of the disc). */
  labelGap: number;
  /** Label height in pixels, centred on the node. */
  labelHeight: number;
  /** Smallest zoom. */
  minScale: number;
  /** Largest zoom, so a two-author graph is not blown up. */
  maxScale: number;
}

/** The explorer's "fit": room on the right for labels it has not measured. */
export const DEFAULT_FIT_OPTIONS: FitOptions = {
  padding: 24,
  labelRoom: 60,
  labelGap: SCENE_STYLE.labelGap,
  labelHeight: 16,
  minScale: 0.02,
  maxScale: 4,
};

/** Drawn extent in screen pixels relative to the world origin at zoom k (before translation). */
export interface Extent {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Bounds of every disc and label at zoom `k`, relative to the world origin (no translation). */
export function drawnExtent(
  items: readonly FitItem[],
  k: number,
  options: Partial<FitOptions> = {},
): Extent {
  return extent(items, k, { ...DEFAULT_FIT_OPTIONS, ...options });
}

function extent(items: readonly FitItem[], k: number, o: FitOptions): Extent {
  const e = { left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity };
  for (const it of items) {
    const sx = it.x * k;
    const sy = it.y * k;
    const label = it.labelWidth ?? 0;
    const half = Math.max(it.r, label > 0 ? o.labelHeight / 2 : 0);
    e.left = Math.min(e.left, sx - it.r);
    e.right = Math.max(e.right, sx + it.r + (label > 0 ? o.labelGap + label : 0));
    e.top = Math.min(e.top, sy - half);
    e.bottom = Math.max(e.bottom, sy + half);
  }
  return e;
}

/**
 * Finds the transform (screen = world·k + (x, y)) that shows every item, disc and label, inside
 * a `width` × `height` frame less `padding` on every side and `labelRoom` on the right, centred
 * there. Radii and labels keep their pixel size while k changes, so k is found by bisection (the
 * drawn extent grows monotonically with k), then clamped to [minScale, maxScale]. Items all at
 * one world point have no scale to fit: k is 1 (clamped). No items: centred, k = 1.
 */
export function fitTransform(
  items: readonly FitItem[],
  width: number,
  height: number,
  options: Partial<FitOptions> = {},
): SceneTransform {
  const o: FitOptions = { ...DEFAULT_FIT_OPTIONS, ...options };
  if (items.length === 0) return { x: width / 2, y: height / 2, k: 1 };
  const innerW = Math.max(1, width - 2 * o.padding - o.labelRoom);
  const innerH = Math.max(1, height - 2 * o.padding);
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  for (const it of items) {
    x0 = Math.min(x0, it.x);
    x1 = Math.max(x1, it.x);
    y0 = Math.min(y0, it.y);
    y1 = Math.max(y1, it.y);
  }
  let k: number;
  if (x1 === x0 && y1 === y0) k = 1;
  else {
    const fits = (z: number) => {
      const e = extent(items, z, o);
      return e.right - e.left <= innerW && e.bottom - e.top <= innerH;
    };
    let lo = 0;
    let hi = o.maxScale;
    if (fits(hi)) lo = hi;
    else
      for (let i = 0; i < 50; i++) {
        const mid = (lo + hi) / 2;
        if (fits(mid)) lo = mid;
        else hi = mid;
      }
    k = lo;
  }
  k = Math.min(o.maxScale, Math.max(o.minScale, k));
  const e = extent(items, k, o);
  return {
    k,
    x: o.padding + (innerW - (e.right - e.left)) / 2 - e.left,
    y: o.padding + (innerH - (e.bottom - e.top)) / 2 - e.top,
  };
}
