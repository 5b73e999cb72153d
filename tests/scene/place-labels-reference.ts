// The object-per-candidate label placement that src/scene/place-labels.ts replaced (one object per
// place, box and disc), kept verbatim as the reference its column version must agree with.
import {
  DEFAULT_LABEL_PLACEMENT,
  type Box,
  type LabelBox,
  type LabelChoice,
  type LabelPlacementOptions,
} from "../../src/scene/label-placement.ts";
import {
  DEFAULT_PLACE_LABELS_OPTIONS,
  labelOrder,
  sceneView,
  type PlaceLabelsOptions,
} from "../../src/scene/place-labels.ts";
import type { PlacedLabel, Scene, SceneView } from "../../src/scene/scene.ts";
import { labelFont, ringExtent, SCENE_STYLE } from "../../src/scene/style.ts";

const CELL = 64;

const overlap = (a: Box, b: Box, p: number) =>
  a.x < b.x + b.width + p &&
  b.x < a.x + a.width + p &&
  a.y < b.y + b.height + p &&
  b.y < a.y + a.height + p;

/** A uniform grid of boxes answering "does this box come within `padding` of one kept?". */
class BoxGrid {
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
export function referencePlaceLabelBoxes(
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

/** Font size of a node's label: grows with its radius from `fontSize` by up to `growth`. */
function labelSize(r: number, lo: number, hi: number, fontSize: number, growth: number): number {
  const t = hi > lo ? (r - lo) / (hi - lo) : 0;
  return Math.round(fontSize * (1 + growth * t) * 2) / 2;
}

/**
 * Places the labels of `scene` for `view` (pure: the scene is not changed). In priority order
 * ({@link labelOrder}; the hovered author's label is forced and goes first) each on-screen
 * candidate takes the first free place of eight around its disc — right, left, above, below,
 * then the four corners — inside the view, clear of every label already placed and of the
 * discs of every author ranked above it: a label may cover smaller discs but never another
 * label, and lower ranks fill the space left. Returns the labels in drawing order (lowest rank
 * first, so the top ones are painted last).
 */
export function referencePlaceLabels(
  scene: Scene,
  view: SceneView = sceneView(scene),
  options: Partial<PlaceLabelsOptions> = {},
): PlacedLabel[] {
  const o: PlaceLabelsOptions = {
    ...DEFAULT_PLACE_LABELS_OPTIONS,
    ...(scene.maxLabels !== undefined && { maxLabels: scene.maxLabels }),
    ...options,
  };
  const { k, x: tx, y: ty } = view.transform;
  const nodes = scene.nodes;
  const order = o.order ?? labelOrder(scene);
  const hovered = view.hover ? nodes.findIndex((n) => n.id === view.hover) : -1;
  let lo = Infinity;
  let hi = -Infinity;
  for (const n of nodes) {
    if (n.r < lo) lo = n.r;
    if (n.r > hi) hi = n.r;
  }
  const boxes: LabelBox[] = [];
  const owners: number[] = [];
  const meta: { fontSize: number; strong: boolean; places: Place[] }[] = [];
  let rank = 0;
  // The hovered author first, then the order without it (not copied: a big map places labels
  // on every hover change and view move).
  for (let j = hovered >= 0 ? -1 : 0; j < order.length; j++) {
    const i = j < 0 ? hovered : order[j];
    if (j >= 0 && i === hovered) continue;
    if (boxes.length >= o.labelCandidates) break;
    const node = nodes[i];
    if (!node.label) continue;
    const forced = Boolean(node.labelForced) || i === hovered;
    const sx = (o.positions ? o.positions.x[i] : node.x) * k + tx;
    const sy = (o.positions ? o.positions.y[i] : node.y) * k + ty;
    if (!forced && (sx < -node.r || sy < -node.r || sx > view.width || sy > view.height)) continue;
    const fontSize = labelSize(node.r, lo, hi, scene.fontSize, o.labelGrowth);
    const w = o.measureText(node.label, labelFont(fontSize, forced));
    const h = fontSize * 1.3;
    const ringed = node.owner || node.selected || node.hovered || i === hovered;
    const reach =
      node.r + (ringed ? ringExtent({ ...node, hovered: node.hovered || i === hovered }) : 0);
    const places = nearPlaces(sx, sy, reach, w, h);
    const rings = rank++ < o.leaderRanks ? o.leaderRings : 0;
    const entry = { fontSize, strong: forced, places };
    const box: LabelBox = {
      x: places[0].x,
      y: places[0].y,
      width: w,
      height: h,
      forced,
      alternatives: places.slice(1),
      disc: { x: sx - reach, y: sy - reach, width: 2 * reach, height: 2 * reach },
    };
    if (rings > 0)
      box.far = () => {
        const far = farPlaces(sx, sy, reach, w, h, rings);
        entry.places = [...places, ...far];
        return far;
      };
    boxes.push(box);
    owners.push(i);
    meta.push(entry);
  }
  const choices = referencePlaceLabelBoxes(boxes, {
    width: view.width,
    height: view.height,
    maxLabels: o.maxLabels,
    padding: o.padding,
    lookahead: o.lookahead,
  });
  const placed: PlacedLabel[] = [];
  choices.forEach((choice, j) => {
    if (choice < 0) return;
    const b = boxes[j];
    const { fontSize, strong, places } = meta[j];
    const at = places[choice];
    const box = { x: at.x, y: at.y, width: b.width, height: b.height };
    // Text sits in its box: baseline 0.35 em below the box's centre line.
    const baseline = box.y + box.height / 2 + fontSize * 0.35;
    const { align } = at;
    const x =
      align === "start" ? box.x : align === "end" ? box.x + box.width : box.x + box.width / 2;
    const label: PlacedLabel = { index: owners[j], x, y: baseline, align, fontSize, strong, box };
    if (at.leader) label.leader = at.leader;
    placed.push(label);
  });
  return placed.reverse();
}

/** A place for a label: its box's top-left corner, text alignment and leader line if any. */
interface Place {
  x: number;
  y: number;
  align: PlacedLabel["align"];
  leader?: PlacedLabel["leader"];
}

/** Directions of the places away from the disc, clockwise from the right (y points down). */
const FAR_DIRECTIONS = Array.from({ length: 12 }, (_, i) => (i * Math.PI) / 6);

/**
 * The places of a `w` × `h` label next to a disc of radius `reach` at (sx, sy), in the order
 * they are tried: right, left, above, below, then the four corners.
 */
function nearPlaces(sx: number, sy: number, reach: number, w: number, h: number): Place[] {
  const gap = SCENE_STYLE.labelGap;
  const centre = sy - h / 2;
  const middle = sx - w / 2;
  // Corners sit diagonally off the disc, at 45°.
  const d = reach * Math.SQRT1_2;
  const places: Place[] = [
    { x: sx + reach + gap, y: centre, align: "start" },
    { x: sx - reach - gap - w, y: centre, align: "end" },
    { x: middle, y: sy - reach - gap - h, align: "middle" },
    { x: middle, y: sy + reach + gap, align: "middle" },
    { x: sx + d + gap, y: sy - d - h, align: "start" },
    { x: sx + d + gap, y: sy + d, align: "start" },
    { x: sx - d - gap - w, y: sy - d - h, align: "end" },
    { x: sx - d - gap - w, y: sy + d, align: "end" },
  ];
  return places;
}

/**
 * Places further out for a label that found none next to its disc: `rings` rings of twelve,
 * one label height apart, each joined to the disc by a leader line.
 */
function farPlaces(
  sx: number,
  sy: number,
  reach: number,
  w: number,
  h: number,
  rings: number,
): Place[] {
  const gap = SCENE_STYLE.labelGap;
  const places: Place[] = [];
  for (let ring = 1; ring <= rings; ring++) {
    const distance = reach + gap + ring * h;
    for (const angle of FAR_DIRECTIONS) {
      const cos = Math.cos(angle);
      const sin = Math.sin(angle);
      // The box's nearest side or corner touches the point `distance` away in that direction.
      const px = sx + distance * cos;
      const py = sy + distance * sin;
      const align = cos > 0.3 ? "start" : cos < -0.3 ? "end" : "middle";
      const x = align === "start" ? px : align === "end" ? px - w : px - w / 2;
      const y = sin > 0.3 ? py : sin < -0.3 ? py - h : py - h / 2;
      // The leader runs from the disc's edge to the nearest point of the box.
      const nx = Math.min(Math.max(sx, x), x + w);
      const ny = Math.min(Math.max(sy, y), y + h);
      const length = Math.hypot(nx - sx, ny - sy) || 1;
      const leader = {
        x1: sx + ((nx - sx) / length) * reach,
        y1: sy + ((ny - sy) / length) * reach,
        x2: nx,
        y2: ny,
      };
      places.push({ x, y, align, leader });
    }
  }
  return places;
}
