// Painter of edges: one style run of lines, batched into short paths, off-screen and hidden ones skipped.
import type { SceneTransform } from "../../scene/scene.ts";
import type { Batch, CompiledScene } from "./compiled-scene.ts";
import type { PaintTarget } from "./paint-target.ts";

/** Segments per path: small enough for fast rasterizing, big enough to batch calls. */
export const PATH_CHUNK = 256;
/** Runs of at least this many wide edges are drawn as hairline bands. */
export const BUNDLE_THRESHOLD = 500;

/**
 * Paints the edges of one style run (every `stride`-th of them). Strokes wider than a pixel leave
 * the rasterizer's hairline fast path (ten times slower in software), so in runs of at least
 * {@link BUNDLE_THRESHOLD} (`runLength`: the whole run's, when `batch` is a slice of it) a wide
 * edge is drawn as a band of parallel one-pixel hairlines, which covers the same pixels. Paths
 * are cut into chunks of {@link PATH_CHUNK}: software rasterizers slow down on one path of
 * thousands of crossing segments. Edges off screen, and edges shorter on screen than the larger
 * disc at their ends (it would paint over them), are skipped.
 */
export function paintEdges(
  target: PaintTarget,
  c: CompiledScene,
  batch: Batch,
  t: SceneTransform,
  runLength = batch.end - batch.start,
  stride = 1,
): void {
  const { ctx, width, height } = target;
  const { k } = t;
  const { nx, ny } = c;
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
    const s = c.es[e];
    const o = c.et[e];
    const ax = nx[s] * k + tx;
    const ay = ny[s] * k + ty;
    const bx = nx[o] * k + tx;
    const by = ny[o] * k + ty;
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
    if (segments >= PATH_CHUNK) {
      ctx.stroke();
      ctx.beginPath();
      segments = 0;
    }
  }
  if (segments) ctx.stroke();
}
