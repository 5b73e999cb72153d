// Painter of the overlay over the cached layers: the hovered disc lifted on top, and every ring.
import type { SceneTransform } from "../../scene/scene.ts";
import { nodeRings, SCENE_STYLE } from "../../scene/style.ts";
import type { CompiledRing, CompiledScene } from "./compiled-scene.ts";
import { OUTLINE_MIN_RADIUS } from "./paint-discs.ts";
import type { Paint2D } from "./paint-target.ts";

/**
 * Paints the rings of `c` (owner, selection) and, when `hovered` ≥ 0, that author's disc on top,
 * never dimmed, with its hover ring, as buildScene's emphasized layer draws a hovered author.
 */
export function paintOverlay(
  ctx: Paint2D,
  c: CompiledScene,
  t: SceneTransform,
  hovered: number,
): void {
  const { k, x: tx, y: ty } = t;
  let rings: CompiledRing[] = c.rings;
  if (hovered >= 0) {
    const node = c.scene.nodes[hovered];
    ctx.beginPath();
    ctx.arc(c.nx[hovered] * k + tx, c.ny[hovered] * k + ty, c.nr[hovered], 0, 2 * Math.PI);
    ctx.globalAlpha = 1;
    ctx.fillStyle = node.fill;
    ctx.fill();
    if (c.nr[hovered] >= OUTLINE_MIN_RADIUS) {
      ctx.lineWidth = SCENE_STYLE.nodeStrokeWidth;
      ctx.strokeStyle = SCENE_STYLE.nodeStroke;
      ctx.stroke();
    }
    const own = nodeRings({ ...node, hovered: true }).map((ring) => ({
      index: hovered,
      alpha: 1,
      ...ring,
    }));
    rings = [...rings.filter((r) => r.index !== hovered), ...own];
  }
  for (const ring of rings) {
    const i = ring.index;
    ctx.beginPath();
    ctx.arc(c.nx[i] * k + tx, c.ny[i] * k + ty, c.nr[i] + ring.offset, 0, 2 * Math.PI);
    ctx.globalAlpha = ring.alpha;
    ctx.strokeStyle = ring.color;
    ctx.lineWidth = ring.width;
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
}
