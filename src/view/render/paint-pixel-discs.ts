// Painter of the discs of a moving frame straight into the canvas's pixels: no anti-aliasing, no
// outlines, but tens of thousands of discs in a few milliseconds where paths and sprite stamps
// take a hundred or more (software canvas).
import type { SceneTransform } from "../../scene/scene.ts";
import type { Batch } from "./compiled-scene.ts";

/** What the pixel painter reads of a compiled scene. */
export interface PixelDiscs {
  nx: Float64Array;
  ny: Float64Array;
  nr: Float64Array;
  nodeBatches: readonly Batch[];
}

/** A colour's red, green and blue channels (0–255). */
interface Rgb {
  r: number;
  g: number;
  b: number;
}

/**
 * Parses a CSS colour as the canvas normalises it ("#rrggbb", or "rgba(r, g, b, a)" with its
 * alpha folded into `alpha`); null for anything else (then the caller paints another way).
 */
export function parseCanvasColor(style: string): { rgb: Rgb; alpha: number } | null {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(style);
  if (hex)
    return {
      rgb: { r: parseInt(hex[1], 16), g: parseInt(hex[2], 16), b: parseInt(hex[3], 16) },
      alpha: 1,
    };
  const rgba = /^rgba?\(\s*(\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\s*\)$/.exec(style);
  if (rgba)
    return {
      rgb: { r: Number(rgba[1]), g: Number(rgba[2]), b: Number(rgba[3]) },
      alpha: rgba[4] === undefined ? 1 : Number(rgba[4]),
    };
  return null;
}

/**
 * Paints every disc of `c` (world positions, transform `t`, `ratio` device pixels per CSS pixel)
 * into `pixels` (straight RGBA, `width` × `height` device pixels, painted over as canvas
 * source-over does; a transparent buffer to be drawn over the canvas, typically), batch by batch
 * in order: a disc covers the pixels whose centres lie within its radius, at least the one under
 * its centre; a batch's opacity (times its colour's) blends with what is there. `colorOf` resolves
 * a batch's style (null: the batch is skipped; returns false then, true when all were painted).
 */
export function paintPixelDiscs(
  pixels: Uint8ClampedArray,
  width: number,
  height: number,
  c: PixelDiscs,
  t: SceneTransform,
  ratio: number,
  colorOf: (style: string) => { rgb: Rgb; alpha: number } | null,
): boolean {
  let all = true;
  // Opaque discs are written a whole pixel at a time (RGBA bytes as one little-endian word).
  const words = new Uint32Array(pixels.buffer, pixels.byteOffset, width * height);
  const k = t.k * ratio;
  const tx = t.x * ratio;
  const ty = t.y * ratio;
  for (const batch of c.nodeBatches) {
    const color = colorOf(batch.style);
    if (!color) {
      all = false;
      continue;
    }
    const { r: cr, g: cg, b: cb } = color.rgb;
    const a = Math.max(0, Math.min(1, color.alpha * batch.alpha));
    if (a === 0) continue;
    const keep = 1 - a;
    const word = keep === 0 ? ((255 << 24) | (cb << 16) | (cg << 8) | cr) >>> 0 : 0;
    for (let i = batch.start; i < batch.end; i++) {
      const r = Math.max(0.5, c.nr[i] * ratio);
      const sx = c.nx[i] * k + tx;
      const sy = c.ny[i] * k + ty;
      if (sx < -r || sy < -r || sx > width + r || sy > height + r) continue;
      const r2 = r * r;
      const x0 = Math.max(0, Math.ceil(sx - r - 0.5));
      const x1 = Math.min(width - 1, Math.floor(sx + r - 0.5));
      const y0 = Math.max(0, Math.ceil(sy - r - 0.5));
      const y1 = Math.min(height - 1, Math.floor(sy + r - 0.5));
      let painted = false;
      for (let y = y0; y <= y1; y++) {
        const dy = y + 0.5 - sy;
        const row = y * width;
        for (let x = x0; x <= x1; x++) {
          const dx = x + 0.5 - sx;
          if (dx * dx + dy * dy > r2) continue;
          if (word) words[row + x] = word;
          else blend(pixels, 4 * (row + x), cr, cg, cb, a, keep);
          painted = true;
        }
      }
      // A disc smaller than a pixel still shows: the pixel under its centre.
      if (!painted) {
        const x = Math.floor(sx);
        const y = Math.floor(sy);
        if (x >= 0 && y >= 0 && x < width && y < height) {
          if (word) words[y * width + x] = word;
          else blend(pixels, 4 * (y * width + x), cr, cg, cb, a, keep);
        }
      }
    }
  }
  return all;
}

/** Paints (r, g, b) at opacity `a` over pixel `p` (straight alpha, source-over). */
function blend(
  pixels: Uint8ClampedArray,
  p: number,
  r: number,
  g: number,
  b: number,
  a: number,
  keep: number,
): void {
  const below = pixels[p + 3] / 255;
  if (keep === 0 || below === 0) {
    pixels[p] = r;
    pixels[p + 1] = g;
    pixels[p + 2] = b;
    pixels[p + 3] = 255 * a;
    return;
  }
  const under = below * keep;
  const out = a + under;
  pixels[p] = (r * a + pixels[p] * under) / out;
  pixels[p + 1] = (g * a + pixels[p + 1] * under) / out;
  pixels[p + 2] = (b * a + pixels[p + 2] * under) / out;
  pixels[p + 3] = 255 * out;
}
