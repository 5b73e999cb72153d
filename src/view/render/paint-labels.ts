// Painter of labels: placed labels (from placeLabels) with their halo, and their leader lines.
import type { PlacedLabel, Scene } from "../../scene/scene.ts";
import { labelFont, SCENE_STYLE } from "../../scene/style.ts";
import type { Paint2D } from "./paint-target.ts";

const CANVAS_ALIGN = { start: "left", middle: "center", end: "right" } as const;

/**
 * Paints `labels` of `scene` where they were placed, shifted by (dx, dy): leader lines first,
 * then each text over a halo that keeps it readable over edges.
 */
export function paintLabels(
  ctx: Paint2D,
  scene: Scene,
  labels: readonly PlacedLabel[],
  dx = 0,
  dy = 0,
): void {
  ctx.globalAlpha = 1;
  let leaders = false;
  ctx.beginPath();
  for (const { leader } of labels) {
    if (!leader) continue;
    ctx.moveTo(leader.x1 + dx, leader.y1 + dy);
    ctx.lineTo(leader.x2 + dx, leader.y2 + dy);
    leaders = true;
  }
  if (leaders) {
    ctx.strokeStyle = SCENE_STYLE.leaderColor;
    ctx.lineWidth = SCENE_STYLE.leaderWidth;
    ctx.stroke();
  }
  ctx.textBaseline = "alphabetic";
  ctx.lineJoin = "round";
  for (const label of labels) {
    const text = scene.nodes[label.index]?.label;
    if (!text) continue;
    ctx.font = labelFont(label.fontSize, label.strong);
    ctx.textAlign = CANVAS_ALIGN[label.align];
    ctx.strokeStyle = SCENE_STYLE.labelHalo;
    ctx.lineWidth = SCENE_STYLE.labelHaloWidth;
    ctx.strokeText(text, label.x + dx, label.y + dy);
    ctx.fillStyle = SCENE_STYLE.labelColor;
    ctx.fillText(text, label.x + dx, label.y + dy);
  }
}
