// Painter of discs: one style run of filled circles with white outlines, or stamped from sprites.
import type { SceneTransform } from "../../scene/scene.ts";
import { SCENE_STYLE } from "../../scene/style.ts";
import type { Batch, CompiledScene } from "./compiled-scene.ts";
import type { PaintTarget } from "./paint-target.ts";
import { PATH_CHUNK } from "./paint-edges.ts";

/** Discs smaller than this get no white outline. */
export const OUTLINE_MIN_RADIUS = 2.5;
/** Runs of at least this many discs are stamped from sprites. */
export const SPRITE_THRESHOLD = 1500;

/** Pre-rendered discs: a bitmap of a disc of `fill` and radius `r` with its outline. */
export interface SpriteSource {
  sprite(fill: string, r: number): CanvasImageSource & { width: number };
  /** Device pixels per CSS pixel of the sprites. */
  ratio: number;
}

/** Paints the discs of one style run, in paths of {@link PATH_CHUNK}; `outlines` off skips strokes. */
export function paintDiscs(
  target: PaintTarget,
  c: CompiledScene,
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
    if (++discs === PATH_CHUNK) {
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

/**
 * Stamps the discs of one style run from sprites at whole device pixels: a bitmap copy per disc
 * instead of an anti-aliased path fill (for big runs). Radii are rounded to a quarter pixel.
 */
export function stampDiscs(
  target: PaintTarget,
  c: CompiledScene,
  batch: Batch,
  t: SceneTransform,
  sprites: SpriteSource,
): void {
  const { ctx, width: w, height: h } = target;
  const { ratio } = sprites;
  const tx = t.x + target.dx;
  const ty = t.y + target.dy;
  ctx.globalAlpha = batch.alpha;
  for (let i = batch.start; i < batch.end; i++) {
    const r = Math.round(c.nr[i] * 4) / 4;
    const sx = c.nx[i] * t.k + tx;
    const sy = c.ny[i] * t.k + ty;
    if (sx < -r || sy < -r || sx > w + r || sy > h + r) continue;
    const image = sprites.sprite(batch.style, r);
    const size = image.width / ratio;
    ctx.drawImage(
      image,
      Math.round((sx - size / 2) * ratio) / ratio,
      Math.round((sy - size / 2) * ratio) / ratio,
      size,
      size,
    );
  }
}

/**
 * A run of discs the way frames paint it: stamped when the run (`runLength`: the whole run's,
 * when `batch` is a slice of it) is big, else filled.
 */
export function paintDiscRun(
  target: PaintTarget,
  c: CompiledScene,
  batch: Batch,
  t: SceneTransform,
  sprites: SpriteSource,
  outlines = true,
  runLength = batch.end - batch.start,
): void {
  if (runLength >= SPRITE_THRESHOLD) stampDiscs(target, c, batch, t, sprites);
  else paintDiscs(target, c, batch, t, outlines);
}
