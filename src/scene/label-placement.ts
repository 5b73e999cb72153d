// Greedy label placement over boxes: in priority order, each label takes the first of its places that is free.

/** A box in screen pixels (top-left corner and size). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A label to place: its first place, the others to try, and the disc it belongs to. */
export interface LabelBox extends Box {
  /** Always shown (hovered or selected authors), at its first place, even over other labels. */
  forced?: boolean;
  /** Further places to try (same size), in order, when the first is taken or off screen. */
  alternatives?: readonly { x: number; y: number }[];
  /**
   * Places further away, tried in order only when neither the first place nor an alternative is
   * free; made only then (most labels never need them).
   */
  far?: () => readonly { x: number; y: number }[];
  /**
   * The disc of the label's author: once this label is placed (or not), no later (lower-ranked)
   * label may cover it. Earlier labels may: a label may cover smaller discs, never another label.
   */
  disc?: Box;
}

/**
 * Where a label went: -1 nowhere, 0 its first place, i ≤ alternatives its (i−1)-th alternative,
 * beyond that its (i − 1 − alternatives)-th far place.
 */
export type LabelChoice = number;

export interface LabelPlacementOptions {
  /** Viewport size: unforced labels must lie inside it entirely. */
  width: number;
  height: number;
  /** Minimum free space between two labels, in pixels. */
  padding: number;
  /** Most labels kept, forced ones included. */
  maxLabels: number;
  /** Boxes no unforced label may overlap, besides the labels kept and the discs of earlier ones. */
  obstacles: readonly Box[];
  /**
   * Of the free places of a label, the one taken is the one that overlaps the fewest first
   * places and discs of the next `lookahead` labels (ties: the earlier place), so a label does
   * not take the spot the next ones need; 0 takes the first free place.
   */
  lookahead: number;
}

export const DEFAULT_LABEL_PLACEMENT: LabelPlacementOptions = {
  width: Infinity,
  height: Infinity,
  padding: 2,
  maxLabels: 80,
  obstacles: [],
  lookahead: 0,
};

const CELL = 64;

const overlap = (a: Box, b: Box, p: number) =>
  a.x < b.x + b.width + p &&
  b.x < a.x + a.width + p &&
  a.y < b.y + b.height + p &&
  b.y < a.y + a.height + p;

/** A uniform grid of boxes answering "does this box come within `padding` of one kept?". */
export class BoxGrid {
  private readonly cells = new Map<number, Box[]>();

  constructor(private readonly padding: number) {}

  private visit(
    b: Box,
    pad: number,
    f: (list: Box[] | undefined, key: number) => boolean,
  ): boolean {
    const x0 = Math.floor((b.x - pad) / CELL);
    const x1 = Math.floor((b.x + b.width + pad) / CELL);
    const y0 = Math.floor((b.y - pad) / CELL);
    const y1 = Math.floor((b.y + b.height + pad) / CELL);
    for (let gx = x0; gx <= x1; gx++)
      for (let gy = y0; gy <= y1; gy++) {
        // Cells keyed by one number: 2^21 cells each way is far beyond any viewport.
        const key = (gx + 1048576) * 2097152 + (gy + 1048576);
        if (f(this.cells.get(key), key)) return true;
      }
    return false;
  }

  /** Keeps `b`. */
  add(b: Box): void {
    this.visit(b, 0, (list, key) => {
      if (list) list.push(b);
      else this.cells.set(key, [b]);
      return false;
    });
  }

  /** Whether `b` overlaps a kept box, or comes closer to one than the padding. */
  hits(b: Box): boolean {
    const p = this.padding;
    return this.visit(b, p, (list) => (list ? list.some((k) => overlap(b, k, p)) : false));
  }
}

/**
 * Chooses which labels to draw and where. `boxes` come in priority order (most important
 * first). Forced boxes are kept first at their first place; then each other box is kept at the
 * free place — inside the viewport, overlapping (with `padding`) no kept label, no obstacle and
 * no disc of an earlier box — among its near places (the one the next labels need least, see
 * `lookahead`), else among its far ones; after its turn a box's disc blocks the later ones.
 * Returns one choice per box. Runs in O(n) expected time with a uniform grid.
 */
export function placeLabelBoxes(
  boxes: readonly LabelBox[],
  options: Partial<LabelPlacementOptions> = {},
): LabelChoice[] {
  const o: LabelPlacementOptions = { ...DEFAULT_LABEL_PLACEMENT, ...options };
  const keep = new Array<LabelChoice>(boxes.length).fill(-1);
  const labels = new BoxGrid(o.padding);
  // Discs need no padding: a label may touch a disc, not cover it.
  const discs = new BoxGrid(0);
  let kept = 0;
  const inside = (b: Box) =>
    b.x >= 0 && b.y >= 0 && b.x + b.width <= o.width && b.y + b.height <= o.height;
  const fits = (b: Box) => inside(b) && !labels.hits(b) && !discs.hits(b);

  for (const obstacle of o.obstacles) discs.add(obstacle);
  boxes.forEach((b, i) => {
    if (!b.forced || kept >= o.maxLabels) return;
    keep[i] = 0;
    kept++;
    labels.add(b);
  });
  for (let i = 0; i < boxes.length; i++) {
    const b = boxes[i];
    if (!b.forced && kept < o.maxLabels) {
      // One scratch box moved from place to place; only the kept place becomes a box.
      const at: Box = { x: b.x, y: b.y, width: b.width, height: b.height };
      const alternatives = b.alternatives ?? [];
      let choice = -1;
      let best = Infinity;
      const near = 1 + alternatives.length;
      for (let c = 0; c < near && best > 0; c++) {
        const p = c === 0 ? b : alternatives[c - 1];
        at.x = p.x;
        at.y = p.y;
        if (!fits(at)) continue;
        const cost = o.lookahead > 0 ? conflicts(at, boxes, i + 1, o) : 0;
        if (cost < best) {
          best = cost;
          choice = c;
        }
      }
      const far = choice < 0 && b.far ? b.far() : [];
      for (let c = 0; c < far.length && best > 0; c++) {
        at.x = far[c].x;
        at.y = far[c].y;
        if (!fits(at)) continue;
        const cost = o.lookahead > 0 ? conflicts(at, boxes, i + 1, o) : 0;
        if (cost < best) {
          best = cost;
          choice = near + c;
        }
      }
      if (choice >= 0) {
        const p = choice === 0 ? b : choice < near ? alternatives[choice - 1] : far[choice - near];
        keep[i] = choice;
        kept++;
        labels.add({ x: p.x, y: p.y, width: b.width, height: b.height });
      }
    }
    if (b.disc) discs.add(b.disc);
  }
  return keep;
}

/** How many of the next `lookahead` unforced boxes `place` would crowd: their first place or disc. */
function conflicts(
  place: Box,
  boxes: readonly LabelBox[],
  from: number,
  o: LabelPlacementOptions,
): number {
  let n = 0;
  for (let j = from; j < Math.min(boxes.length, from + o.lookahead); j++) {
    const b = boxes[j];
    if (b.forced) continue;
    if (overlap(place, b, o.padding)) n++;
    if (b.disc && overlap(place, b.disc, 0)) n++;
  }
  return n;
}

/** A rough text width for when no canvas can measure: average glyph ≈ 0.56 em. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.56;
}
