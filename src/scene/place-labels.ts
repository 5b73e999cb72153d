// Which labels a scene shows for a view, and where: the one placement the map, SVG and PNG all draw.
import {
  estimateTextWidth,
  labelColumns,
  placeLabelColumns,
  type LabelColumns,
} from "./label-placement.ts";
import type { PlacedLabel, Scene, SceneNode, SceneView } from "./scene.ts";
import { labelFont, ringExtent, SCENE_STYLE } from "./style.ts";
import { keepLast } from "../model/memo.ts";

export interface PlaceLabelsOptions {
  /** Most labels drawn at once (forced ones included). */
  maxLabels: number;
  /** Only this many on-screen authors, highest ranked first, compete for a label. */
  labelCandidates: number;
  /** Text width in pixels for a CSS font; a browser passes canvas measureText. */
  measureText: (text: string, font: string) => number;
  /**
   * Label size follows rank: the biggest disc's label is `1 + labelGrowth` times the scene's
   * font size, the smallest's the font size, in between by radius (rounded to half a pixel).
   */
  labelGrowth: number;
  /** Minimum free space between two labels, in pixels. */
  padding: number;
  /** Labels after this one whose places a label tries not to take (see `placeLabelBoxes`). */
  lookahead: number;
  /**
   * The first `leaderRanks` candidates may also go up to `leaderRings` label heights away from
   * their disc, joined to it by a leader line, when no place next to it is free.
   */
  leaderRanks: number;
  leaderRings: number;
  /** The scene's {@link labelOrder}, when the caller keeps it (it does not depend on positions). */
  order?: readonly number[];
  /**
   * World positions of the nodes by index, when they moved since the scene was built (a running
   * layout); the nodes' own x and y otherwise.
   */
  positions?: { x: ArrayLike<number>; y: ArrayLike<number> };
}

export const DEFAULT_PLACE_LABELS_OPTIONS: PlaceLabelsOptions = {
  maxLabels: 80,
  labelCandidates: 600,
  measureText: (text, font) =>
    estimateTextWidth(text, Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 12)),
  labelGrowth: 0.25,
  padding: 2,
  lookahead: 40,
  leaderRanks: 30,
  leaderRings: 3,
};

/** The view a scene is framed in (its own size and transform, nothing hovered). */
export function sceneView(scene: Scene): SceneView {
  return { transform: scene.transform, width: scene.width, height: scene.height, hover: null };
}

/**
 * Label priority of a scene's nodes (indices): forced labels, then the profile owner, then by
 * the size metric (`value`, else radius), highest first; ties in scene order. Dimmed nodes
 * never get an unforced label. Kept for the last scene (scenes do not change).
 */
export const labelOrder: (scene: Scene) => readonly number[] = keepLast((scene: Scene) => {
  const candidates: number[] = [];
  scene.nodes.forEach((node, i) => {
    if (!node.dimmed || node.labelForced) candidates.push(i);
  });
  const rank = (n: SceneNode) => (n.labelForced ? 2 : n.owner ? 1 : 0);
  const value = (n: SceneNode) => n.value ?? n.r;
  return candidates.sort((a, b) => {
    const na = scene.nodes[a];
    const nb = scene.nodes[b];
    return rank(nb) - rank(na) || value(nb) - value(na) || nb.r - na.r || a - b;
  });
});

/** Font size of a node's label: grows with its radius from `fontSize` by up to `growth`. */
function labelSize(r: number, lo: number, hi: number, fontSize: number, growth: number): number {
  const t = hi > lo ? (r - lo) / (hi - lo) : 0;
  return Math.round(fontSize * (1 + growth * t) * 2) / 2;
}

/** Near places per label: right, left, above, below, then the four corners. */
const NEAR = 8;
const NEAR_ALIGN: readonly PlacedLabel["align"][] = [
  "start",
  "end",
  "middle",
  "middle",
  "start",
  "start",
  "end",
  "end",
];

/** The candidates of one placement: the columns placed, and what drawing a label needs. */
interface Candidates extends LabelColumns {
  node: Int32Array;
  fontSize: Float64Array;
  sx: Float64Array;
  sy: Float64Array;
  reach: Float64Array;
  rings: Int32Array;
}

function candidates(capacity: number): Candidates {
  const c: Candidates = {
    ...labelColumns(capacity, NEAR),
    node: new Int32Array(capacity),
    fontSize: new Float64Array(capacity),
    sx: new Float64Array(capacity),
    sy: new Float64Array(capacity),
    reach: new Float64Array(capacity),
    rings: new Int32Array(capacity),
  };
  // Candidate b's far places: `rings[b]` rings of them, asked for only when no near one is free.
  c.far = (b) => {
    const n = c.rings[b] * FAR_DIRECTIONS.length;
    if (c.farX.length < n) {
      c.farX = new Float64Array(n);
      c.farY = new Float64Array(n);
    }
    for (let f = 0; f < n; f++)
      farPlace(c.sx[b], c.sy[b], c.reach[b], c.width[b], c.height[b], f, c.farX, c.farY, f);
    return n;
  };
  return c;
}

// Reused by every call (not reentrant): a placement makes garbage only for the labels it keeps.
let scratch = candidates(0);
/** The chosen far place, made again for the few labels that took one. */
const chosenFar = { x: new Float64Array(1), y: new Float64Array(1) };

/**
 * Places the labels of `scene` for `view` (pure: the scene is not changed). In priority order
 * ({@link labelOrder}; the hovered author's label is forced and goes first) each on-screen
 * candidate takes the first free place of eight around its disc — right, left, above, below,
 * then the four corners — inside the view, clear of every label already placed and of the
 * discs of every author ranked above it: a label may cover smaller discs but never another
 * label, and lower ranks fill the space left. Returns the labels in drawing order (lowest rank
 * first, so the top ones are painted last).
 */
export function placeLabels(
  scene: Scene,
  view: SceneView = sceneView(scene),
  options: Partial<PlaceLabelsOptions> = {},
): PlacedLabel[] {
  const o: PlaceLabelsOptions = {
    ...DEFAULT_PLACE_LABELS_OPTIONS,
    ...(scene.maxLabels !== undefined && { maxLabels: scene.maxLabels }),
    ...options,
  };
  const nodes = scene.nodes;
  const order = o.order ?? labelOrder(scene);
  const hovered = view.hover ? nodes.findIndex((n) => n.id === view.hover) : -1;
  const capacity = Math.min(o.labelCandidates, order.length + 1);
  if (scratch.width.length < capacity) scratch = candidates(capacity);
  const c = scratch;
  c.count = collectCandidates(c, scene, view, o, order, hovered);
  const choices = placeLabelColumns(c, {
    width: view.width,
    height: view.height,
    maxLabels: o.maxLabels,
    padding: o.padding,
    lookahead: o.lookahead,
  });
  const placed: PlacedLabel[] = [];
  const far = chosenFar;
  choices.forEach((choice, b) => {
    if (choice < 0) return;
    const width = c.width[b];
    const height = c.height[b];
    const fontSize = c.fontSize[b];
    const box = { x: 0, y: 0, width, height };
    let align: PlacedLabel["align"];
    let leader: PlacedLabel["leader"] | undefined;
    if (choice < NEAR) {
      box.x = c.placeX[b * NEAR + choice];
      box.y = c.placeY[b * NEAR + choice];
      align = NEAR_ALIGN[choice];
    } else {
      const sx = c.sx[b];
      const sy = c.sy[b];
      const reach = c.reach[b];
      align = farPlace(sx, sy, reach, width, height, choice - NEAR, far.x, far.y, 0);
      box.x = far.x[0];
      box.y = far.y[0];
      leader = leaderTo(sx, sy, reach, box.x, box.y, width, height);
    }
    // Text sits in its box: baseline 0.35 em below the box's centre line.
    const baseline = box.y + box.height / 2 + fontSize * 0.35;
    const x =
      align === "start" ? box.x : align === "end" ? box.x + box.width : box.x + box.width / 2;
    const label: PlacedLabel = {
      index: c.node[b],
      x,
      y: baseline,
      align,
      fontSize,
      strong: c.forced[b] === 1,
      box,
    };
    if (leader) label.leader = leader;
    placed.push(label);
  });
  return placed.reverse();
}

/**
 * Writes the label candidates of `scene` for `view` into `c` and returns how many: the hovered
 * author first, then `order` without it (not copied: a big map places labels on every hover
 * change and view move), on screen, up to `labelCandidates`. Its own function, as are the
 * loops it calls, so V8 optimises each whole: compiled while running its first loop (on-stack
 * replacement) a longer function dropped out of optimised code after it, every call.
 */
function collectCandidates(
  c: Candidates,
  scene: Scene,
  view: SceneView,
  o: PlaceLabelsOptions,
  order: readonly number[],
  hovered: number,
): number {
  const { k, x: tx, y: ty } = view.transform;
  const nodes = scene.nodes;
  const [lo, hi] = radiusRange(nodes);
  let count = 0;
  for (let j = hovered >= 0 ? -1 : 0; j < order.length; j++) {
    const i = j < 0 ? hovered : order[j];
    if (j >= 0 && i === hovered) continue;
    if (count >= o.labelCandidates) break;
    const node = nodes[i];
    if (!node.label) continue;
    const forced = Boolean(node.labelForced) || i === hovered;
    const sx = (o.positions ? o.positions.x[i] : node.x) * k + tx;
    const sy = (o.positions ? o.positions.y[i] : node.y) * k + ty;
    if (!forced && (sx < -node.r || sy < -node.r || sx > view.width || sy > view.height)) continue;
    addCandidate(c, count++, i, node, sx, sy, forced, i === hovered, lo, hi, scene.fontSize, o);
  }
  return count;
}

/** The smallest and largest radius of a scene's nodes, kept for the last scene. */
const radiusRange = keepLast((nodes: readonly SceneNode[]): readonly [number, number] => {
  let lo = Infinity;
  let hi = -Infinity;
  for (const n of nodes) {
    if (n.r < lo) lo = n.r;
    if (n.r > hi) hi = n.r;
  }
  return [lo, hi];
});

/**
 * Writes candidate `b`, node `i` drawn at (sx, sy), into the columns.
 */
function addCandidate(
  c: Candidates,
  b: number,
  i: number,
  node: SceneNode,
  sx: number,
  sy: number,
  forced: boolean,
  hovered: boolean,
  lo: number,
  hi: number,
  baseFontSize: number,
  o: PlaceLabelsOptions,
): void {
  const fontSize = labelSize(node.r, lo, hi, baseFontSize, o.labelGrowth);
  const w = o.measureText(node.label, labelFont(fontSize, forced));
  const h = fontSize * 1.3;
  const ringed = node.owner || node.selected || node.hovered || hovered;
  const reach = node.r + (ringed ? ringExtent({ ...node, hovered: node.hovered || hovered }) : 0);
  c.node[b] = i;
  c.fontSize[b] = fontSize;
  c.sx[b] = sx;
  c.sy[b] = sy;
  c.reach[b] = reach;
  c.rings[b] = b < o.leaderRanks ? o.leaderRings : 0;
  c.width[b] = w;
  c.height[b] = h;
  c.forced[b] = forced ? 1 : 0;
  c.near[b] = NEAR;
  nearPlaces(sx, sy, reach, w, h, c.placeX, c.placeY, b * NEAR);
  c.hasDisc[b] = 1;
  c.discX[b] = sx - reach;
  c.discY[b] = sy - reach;
  c.discW[b] = 2 * reach;
  c.discH[b] = 2 * reach;
}

/** Directions of the places away from the disc, clockwise from the right (y points down). */
const FAR_DIRECTIONS = Array.from({ length: 12 }, (_, i) => (i * Math.PI) / 6);

/**
 * Writes the top-left corners of the eight places of a `w` × `h` label next to a disc of radius
 * `reach` at (sx, sy) into `xs`/`ys` from `at`, in the order they are tried (see {@link NEAR_ALIGN}).
 */
function nearPlaces(
  sx: number,
  sy: number,
  reach: number,
  w: number,
  h: number,
  xs: Float64Array,
  ys: Float64Array,
  at: number,
): void {
  const gap = SCENE_STYLE.labelGap;
  const centre = sy - h / 2;
  const middle = sx - w / 2;
  // Corners sit diagonally off the disc, at 45°.
  const d = reach * Math.SQRT1_2;
  const above = sy - d - h;
  const below = sy + d;
  xs[at] = sx + reach + gap;
  ys[at] = centre;
  xs[at + 1] = sx - reach - gap - w;
  ys[at + 1] = centre;
  xs[at + 2] = middle;
  ys[at + 2] = sy - reach - gap - h;
  xs[at + 3] = middle;
  ys[at + 3] = sy + reach + gap;
  xs[at + 4] = xs[at + 5] = sx + d + gap;
  ys[at + 4] = ys[at + 6] = above;
  xs[at + 6] = xs[at + 7] = sx - d - gap - w;
  ys[at + 5] = ys[at + 7] = below;
}

/**
 * Far place `f` of a label that found none next to its disc: rings of twelve, one label height
 * apart (ring `1 + f / 12`, direction `f % 12`), each to be joined to the disc by a leader
 * line. Writes the box's top-left corner into `xs[at]`/`ys[at]` and returns the text alignment.
 */
function farPlace(
  sx: number,
  sy: number,
  reach: number,
  w: number,
  h: number,
  f: number,
  xs: Float64Array,
  ys: Float64Array,
  at: number,
): PlacedLabel["align"] {
  const ring = 1 + Math.floor(f / FAR_DIRECTIONS.length);
  const angle = FAR_DIRECTIONS[f % FAR_DIRECTIONS.length];
  const distance = reach + SCENE_STYLE.labelGap + ring * h;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  // The box's nearest side or corner touches the point `distance` away in that direction.
  const px = sx + distance * cos;
  const py = sy + distance * sin;
  const align = cos > 0.3 ? "start" : cos < -0.3 ? "end" : "middle";
  xs[at] = align === "start" ? px : align === "end" ? px - w : px - w / 2;
  ys[at] = sin > 0.3 ? py : sin < -0.3 ? py - h : py - h / 2;
  return align;
}

/** The leader from the edge of the disc at (sx, sy) to the nearest point of the box at (x, y). */
function leaderTo(
  sx: number,
  sy: number,
  reach: number,
  x: number,
  y: number,
  w: number,
  h: number,
): NonNullable<PlacedLabel["leader"]> {
  const nx = Math.min(Math.max(sx, x), x + w);
  const ny = Math.min(Math.max(sy, y), y + h);
  const length = Math.hypot(nx - sx, ny - sy) || 1;
  return {
    x1: sx + ((nx - sx) / length) * reach,
    y1: sy + ((ny - sy) / length) * reach,
    x2: nx,
    y2: ny,
  };
}

/** The labels of a scene for its own frame: those it carries, else placed now. */
export function sceneLabels(
  scene: Scene,
  options: Partial<PlaceLabelsOptions> = {},
): readonly PlacedLabel[] {
  return scene.labels ?? placeLabels(scene, sceneView(scene), options);
}
