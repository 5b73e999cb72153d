// Which labels a scene shows for a view, and where: the one placement the map, SVG and PNG all draw.
import { estimateTextWidth, placeLabelBoxes, type LabelBox } from "./label-placement.ts";
import type { PlacedLabel, Scene, SceneNode, SceneView } from "./scene.ts";
import { labelFont, ringExtent, SCENE_STYLE } from "./style.ts";

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

const orders = new WeakMap<Scene, number[]>();

/**
 * Label priority of a scene's nodes (indices): forced labels, then the profile owner, then by
 * the size metric (`value`, else radius), highest first; ties in scene order. Dimmed nodes
 * never get an unforced label. Cached per scene (scenes do not change).
 */
export function labelOrder(scene: Scene): readonly number[] {
  let order = orders.get(scene);
  if (order) return order;
  const candidates: number[] = [];
  scene.nodes.forEach((node, i) => {
    if (!node.dimmed || node.labelForced) candidates.push(i);
  });
  const rank = (n: SceneNode) => (n.labelForced ? 2 : n.owner ? 1 : 0);
  const value = (n: SceneNode) => n.value ?? n.r;
  order = candidates.sort((a, b) => {
    const na = scene.nodes[a];
    const nb = scene.nodes[b];
    return rank(nb) - rank(na) || value(nb) - value(na) || nb.r - na.r || a - b;
  });
  orders.set(scene, order);
  return order;
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
  const choices = placeLabelBoxes(boxes, {
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

/** The labels of a scene for its own frame: those it carries, else placed now. */
export function sceneLabels(
  scene: Scene,
  options: Partial<PlaceLabelsOptions> = {},
): readonly PlacedLabel[] {
  return scene.labels ?? placeLabels(scene, sceneView(scene), options);
}
