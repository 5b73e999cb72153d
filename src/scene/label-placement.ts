// Greedy label placement over boxes: in priority order, each label takes the first of its places that is free.
import { float64Of } from "../model/typed-of.ts";

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

/**
 * Labels to place as columns, with no object per label (a big map places labels on every hover
 * change and view move). Label `i` is `width[i]` × `height[i]`; its near places — the first
 * place, then the alternatives — are `placeX/placeY[i * stride + c]` for `c < near[i]`.
 */
export interface LabelColumns {
  /** How many labels (the columns may be longer). */
  count: number;
  width: Float64Array;
  height: Float64Array;
  /** 1: always shown, at its first place (see {@link LabelBox.forced}). */
  forced: Uint8Array;
  /** Near places per label at most. */
  stride: number;
  /** How many near places label `i` has, at least 1. */
  near: Int32Array;
  placeX: Float64Array;
  placeY: Float64Array;
  /** 1 when label `i` has a disc (see {@link LabelBox.disc}), at `discX/discY`, `discW × discH`. */
  hasDisc: Uint8Array;
  discX: Float64Array;
  discY: Float64Array;
  discW: Float64Array;
  discH: Float64Array;
  /**
   * Writes the far places of label `i` (see {@link LabelBox.far}) into `farX/farY` from index 0
   * (the callee may replace the arrays with longer ones) and returns how many; made only when
   * needed.
   */
  far?: (i: number) => number;
  farX: Float64Array;
  farY: Float64Array;
}

/** Columns for `capacity` labels of up to `stride` near places each. */
export function labelColumns(capacity: number, stride: number): LabelColumns {
  const f = (k: number) => new Float64Array(k);
  return {
    count: 0,
    width: f(capacity),
    height: f(capacity),
    forced: new Uint8Array(capacity),
    stride,
    near: new Int32Array(capacity),
    placeX: f(capacity * stride),
    placeY: f(capacity * stride),
    hasDisc: new Uint8Array(capacity),
    discX: f(capacity),
    discY: f(capacity),
    discW: f(capacity),
    discH: f(capacity),
    farX: f(0),
    farY: f(0),
  };
}

/** A uniform grid of boxes answering "does this box come within `padding` of one kept?". */
export class BoxGrid {
  /** Each cell's last entry; entries chain to the earlier ones of their cell. */
  private readonly cells = new Map<number, number>();
  private xs = new Float64Array(64);
  private ys = new Float64Array(64);
  private ws = new Float64Array(64);
  private hs = new Float64Array(64);
  private size = 0;
  /** Entry e: box `box[e]`, then entry `next[e]` of the same cell (-1: none). */
  private box = new Int32Array(256);
  private next = new Int32Array(256);
  private entries = 0;

  constructor(private readonly padding: number) {}

  /** Keeps the `w` × `h` box at (x, y). */
  add(x: number, y: number, w: number, h: number): void {
    if (this.size === this.xs.length) {
      this.xs = grown(this.xs);
      this.ys = grown(this.ys);
      this.ws = grown(this.ws);
      this.hs = grown(this.hs);
    }
    const k = this.size++;
    this.xs[k] = x;
    this.ys[k] = y;
    this.ws[k] = w;
    this.hs[k] = h;
    const x1 = cellOf(x + w);
    const y0 = cellOf(y);
    const y1 = cellOf(y + h);
    for (let gx = cellOf(x); gx <= x1; gx++)
      for (let gy = y0; gy <= y1; gy++) {
        if (this.entries === this.box.length) {
          this.box = grown(this.box);
          this.next = grown(this.next);
        }
        const key = cellKey(gx, gy);
        const e = this.entries++;
        this.box[e] = k;
        this.next[e] = this.cells.get(key) ?? -1;
        this.cells.set(key, e);
      }
  }

  /** Whether the `w` × `h` box at (x, y) overlaps a kept box, or comes closer than the padding. */
  hits(x: number, y: number, w: number, h: number): boolean {
    const p = this.padding;
    const { xs, ys, ws, hs, box, next } = this;
    const x1 = cellOf(x + w + p);
    const y0 = cellOf(y - p);
    const y1 = cellOf(y + h + p);
    for (let gx = cellOf(x - p); gx <= x1; gx++)
      for (let gy = y0; gy <= y1; gy++)
        for (let e = this.cells.get(cellKey(gx, gy)) ?? -1; e >= 0; e = next[e]) {
          const k = box[e];
          if (overlaps(x, y, w, h, xs[k], ys[k], ws[k], hs[k], p)) return true;
        }
    return false;
  }
}

/** A copy of `a` twice as long. */
function grown<T extends Float64Array | Int32Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}

/** Whether the box at (ax, ay), aw × ah comes within `p` of the one at (bx, by), bw × bh. */
const overlaps = (
  ax: number,
  ay: number,
  aw: number,
  ah: number,
  bx: number,
  by: number,
  bw: number,
  bh: number,
  p: number,
) => ax < bx + bw + p && bx < ax + aw + p && ay < by + bh + p && by < ay + ah + p;

const cellOf = (v: number) => Math.floor(v / CELL);
// Cells keyed by one number: 2^21 cells each way is far beyond any viewport.
const cellKey = (gx: number, gy: number) => (gx + 1048576) * 2097152 + (gy + 1048576);

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
  const stride = boxes.reduce((m, b) => Math.max(m, 1 + (b.alternatives?.length ?? 0)), 1);
  const c = labelColumns(boxes.length, stride);
  c.count = boxes.length;
  boxes.forEach((b, i) => {
    c.width[i] = b.width;
    c.height[i] = b.height;
    c.forced[i] = b.forced ? 1 : 0;
    const places = [b, ...(b.alternatives ?? [])];
    c.near[i] = places.length;
    places.forEach((p, k) => {
      c.placeX[i * stride + k] = p.x;
      c.placeY[i * stride + k] = p.y;
    });
    if (b.disc) {
      c.hasDisc[i] = 1;
      c.discX[i] = b.disc.x;
      c.discY[i] = b.disc.y;
      c.discW[i] = b.disc.width;
      c.discH[i] = b.disc.height;
    }
  });
  c.far = (i) => {
    const far = boxes[i].far?.() ?? [];
    c.farX = float64Of(far, (p) => p.x);
    c.farY = float64Of(far, (p) => p.y);
    return far.length;
  };
  return Array.from(placeLabelColumns(c, options));
}

/** {@link placeLabelBoxes} over {@link LabelColumns}: one choice per label. */
export function placeLabelColumns(
  c: LabelColumns,
  options: Partial<LabelPlacementOptions> = {},
): Int32Array {
  const o: LabelPlacementOptions = { ...DEFAULT_LABEL_PLACEMENT, ...options };
  const n = c.count;
  const { width, height, forced, stride, near, placeX, placeY } = c;
  const keep = new Int32Array(n).fill(-1);
  const labels = new BoxGrid(o.padding);
  // Discs need no padding: a label may touch a disc, not cover it.
  const discs = new BoxGrid(0);
  let kept = 0;
  const fits = (x: number, y: number, w: number, h: number) =>
    x >= 0 &&
    y >= 0 &&
    x + w <= o.width &&
    y + h <= o.height &&
    !labels.hits(x, y, w, h) &&
    !discs.hits(x, y, w, h);

  for (const b of o.obstacles) discs.add(b.x, b.y, b.width, b.height);
  for (let i = 0; i < n; i++) {
    if (!forced[i] || kept >= o.maxLabels) continue;
    keep[i] = 0;
    kept++;
    labels.add(placeX[i * stride], placeY[i * stride], width[i], height[i]);
  }
  for (let i = 0; i < n; i++) {
    const w = width[i];
    const h = height[i];
    if (!forced[i] && kept < o.maxLabels) {
      let choice = -1;
      let best = Infinity;
      const base = i * stride;
      for (let k = 0; k < near[i] && best > 0; k++) {
        const x = placeX[base + k];
        const y = placeY[base + k];
        if (!fits(x, y, w, h)) continue;
        const cost = o.lookahead > 0 ? conflicts(c, x, y, w, h, i + 1, o) : 0;
        if (cost < best) {
          best = cost;
          choice = k;
        }
      }
      const far = choice < 0 && c.far ? c.far(i) : 0;
      for (let k = 0; k < far && best > 0; k++) {
        const x = c.farX[k];
        const y = c.farY[k];
        if (!fits(x, y, w, h)) continue;
        const cost = o.lookahead > 0 ? conflicts(c, x, y, w, h, i + 1, o) : 0;
        if (cost < best) {
          best = cost;
          choice = near[i] + k;
        }
      }
      if (choice >= 0) {
        keep[i] = choice;
        kept++;
        if (choice < near[i]) labels.add(placeX[base + choice], placeY[base + choice], w, h);
        else labels.add(c.farX[choice - near[i]], c.farY[choice - near[i]], w, h);
      }
    }
    if (c.hasDisc[i]) discs.add(c.discX[i], c.discY[i], c.discW[i], c.discH[i]);
  }
  return keep;
}

/**
 * How many of the next `lookahead` unforced labels the `w` × `h` place at (x, y) would crowd:
 * their first place or disc.
 */
function conflicts(
  c: LabelColumns,
  x: number,
  y: number,
  w: number,
  h: number,
  from: number,
  o: LabelPlacementOptions,
): number {
  let n = 0;
  const end = Math.min(c.count, from + o.lookahead);
  for (let j = from; j < end; j++) {
    if (c.forced[j]) continue;
    const first = j * c.stride;
    if (overlaps(x, y, w, h, c.placeX[first], c.placeY[first], c.width[j], c.height[j], o.padding))
      n++;
    if (c.hasDisc[j] && overlaps(x, y, w, h, c.discX[j], c.discY[j], c.discW[j], c.discH[j], 0))
      n++;
  }
  return n;
}

/** A rough text width for when no canvas can measure: average glyph ≈ 0.56 em. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.56;
}
