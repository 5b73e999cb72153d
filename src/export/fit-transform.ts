// Zoom-to-fit for a rendered map: the largest zoom at which every disc and label fits the frame.
import type { SceneTransform } from "../scene/scene.ts";

/** A node to fit: world position, radius in pixels and label width in pixels (0 = no label). */
export interface FitItem {
  x: number;
  y: number;
  r: number;
  labelWidth: number;
}

export interface FitOptions {
  /** Free margin inside the frame, in pixels. */
  padding: number;
  /** Gap between a disc and its label (labels sit right of the disc). */
  labelGap: number;
  /** Label height in pixels, centred on the node. */
  labelHeight: number;
  /** Largest zoom, so a two-author graph is not blown up. */
  maxZoom: number;
}

export const DEFAULT_FIT_OPTIONS: FitOptions = {
  padding: 24,
  labelGap: 3,
  labelHeight: 16,
  maxZoom: 8,
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
    const half = Math.max(it.r, it.labelWidth > 0 ? o.labelHeight / 2 : 0);
    e.left = Math.min(e.left, sx - it.r);
    e.right = Math.max(
      e.right,
      sx + (it.labelWidth > 0 ? it.r + o.labelGap + it.labelWidth : it.r),
    );
    e.top = Math.min(e.top, sy - half);
    e.bottom = Math.max(e.bottom, sy + half);
  }
  return e;
}

/**
 * Finds the transform (screen = world·k + (x, y)) that shows every item, disc and label, inside a
 * `width` × `height` frame less `padding`, centred. Radii and labels keep their pixel size while
 * k changes, so k is found by bisection: the drawn extent grows monotonically with k.
 */
export function fitTransform(
  items: readonly FitItem[],
  width: number,
  height: number,
  options: Partial<FitOptions> = {},
): SceneTransform {
  const o: FitOptions = { ...DEFAULT_FIT_OPTIONS, ...options };
  if (items.length === 0) return { x: width / 2, y: height / 2, k: 1 };
  const innerW = Math.max(1, width - 2 * o.padding);
  const innerH = Math.max(1, height - 2 * o.padding);
  const fits = (k: number) => {
    const e = extent(items, k, o);
    return e.right - e.left <= innerW && e.bottom - e.top <= innerH;
  };
  let lo = 0;
  let hi = o.maxZoom;
  if (fits(hi)) lo = hi;
  else
    for (let i = 0; i < 50; i++) {
      const mid = (lo + hi) / 2;
      if (fits(mid)) lo = mid;
      else hi = mid;
    }
  const k = lo > 0 ? lo : 1e-6;
  const e = extent(items, k, o);
  return {
    k,
    x: o.padding + (innerW - (e.right - e.left)) / 2 - e.left,
    y: o.padding + (innerH - (e.bottom - e.top)) / 2 - e.top,
  };
}
