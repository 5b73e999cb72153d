// Pure geometry of "fit": the zoom transform that shows a set of discs inside a viewport.
import type { SceneTransform } from "../scene/scene.ts";

export interface FitOptions {
  /** Free space kept on every side, in pixels. */
  padding: number;
  /** Extra space on the right, for labels. */
  labelRoom: number;
  minScale: number;
  maxScale: number;
}

export const DEFAULT_FIT_OPTIONS: FitOptions = {
  padding: 24,
  labelRoom: 60,
  minScale: 0.02,
  maxScale: 4,
};

/**
 * The transform that centres the points (world coordinates, radii in pixels) in a
 * `width` × `height` viewport at the largest scale that keeps them and their discs inside.
 */
export function fitTransform(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  rs: ArrayLike<number>,
  width: number,
  height: number,
  options: Partial<FitOptions> = {},
): SceneTransform {
  const o = { ...DEFAULT_FIT_OPTIONS, ...options };
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  let maxR = 0;
  for (let i = 0; i < xs.length; i++) {
    x0 = Math.min(x0, xs[i]);
    x1 = Math.max(x1, xs[i]);
    y0 = Math.min(y0, ys[i]);
    y1 = Math.max(y1, ys[i]);
    maxR = Math.max(maxR, rs[i] ?? 0);
  }
  if (!(x1 >= x0)) return { x: width / 2, y: height / 2, k: 1 };
  const availableW = Math.max(1, width - 2 * (o.padding + maxR) - o.labelRoom);
  const availableH = Math.max(1, height - 2 * (o.padding + maxR));
  const spanX = x1 - x0;
  const spanY = y1 - y0;
  let k = Math.min(
    spanX > 0 ? availableW / spanX : Infinity,
    spanY > 0 ? availableH / spanY : Infinity,
  );
  if (!Number.isFinite(k)) k = 1;
  k = Math.min(o.maxScale, Math.max(o.minScale, k));
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return { x: (width - o.labelRoom) / 2 - cx * k, y: height / 2 - cy * k, k };
}
