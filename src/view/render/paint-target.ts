// What painters draw on: the part of a 2D context they use, its size, and an offset for margins.

/** The 2D context calls painters make (a canvas context, or a recording fake in tests). */
export type Paint2D = Pick<
  CanvasRenderingContext2D,
  | "globalAlpha"
  | "strokeStyle"
  | "fillStyle"
  | "lineWidth"
  | "lineCap"
  | "lineJoin"
  | "font"
  | "textAlign"
  | "textBaseline"
  | "beginPath"
  | "moveTo"
  | "lineTo"
  | "arc"
  | "stroke"
  | "fill"
  | "strokeText"
  | "fillText"
  | "drawImage"
>;

/**
 * Where a layer is painted: a context, its size in CSS pixels, and an offset added to every
 * screen x and y (a bitmap with a margin around the viewport has its viewport at (dx, dy)).
 */
export interface PaintTarget {
  ctx: Paint2D;
  width: number;
  height: number;
  dx: number;
  dy: number;
}

/** A bitmap to stamp: its size in device pixels (drawn at width / ratio CSS pixels). */
export interface Stamp {
  width: number;
  height: number;
}
