// The scene: a plain, immutable description of what the map shows, drawn by the canvas view and
// written by the SVG/PNG exporters, so an export looks like what the user sees. Build one with
// buildScene (build-scene.ts); where its labels go for a view is placeLabels (place-labels.ts);
// colours, rings and label geometry every renderer uses are in style.ts.
import type { ColorScale } from "./color-by.ts";

/** A node as drawn. Position in world (layout) coordinates; sizes in screen pixels. */
export interface SceneNode {
  id: string;
  x: number;
  y: number;
  /** Radius in screen pixels (does not grow with zoom). */
  r: number;
  fill: string;
  label: string;
  /** Value of the size metric: labels go to the highest first (r when absent). */
  value?: number;
  owner: boolean;
  selected: boolean;
  /** Faded because something else is selected or highlighted. */
  dimmed: boolean;
  /** Under the pointer (drawn with a thin ring); the map's view state sets this in a frame. */
  hovered?: boolean;
  /** The label is shown whatever it overlaps (selected, on a selected path). */
  labelForced?: boolean;
  /** First appears in the timeline's year (drawn with an accent ring). */
  fresh?: boolean;
}

/** A label as placed for one view: which node, where its text is anchored, and its size. */
export interface PlacedLabel {
  /** Index of the node in `scene.nodes`. */
  index: number;
  /** Text anchor in screen pixels: x per `align`, y the baseline. */
  x: number;
  y: number;
  align: "start" | "middle" | "end";
  fontSize: number;
  /** Drawn bold (selected, hovered or on a selected path). */
  strong: boolean;
  /** The box the label occupies, in screen pixels. */
  box: { x: number; y: number; width: number; height: number };
  /** A line from the disc's edge to the label, when the label sits away from its disc. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

/** An edge as drawn, between two nodes of the scene (one row of {@link SceneEdges}). */
export interface SceneEdge {
  source: string;
  target: string;
  /** Stroke width in screen pixels. */
  width: number;
  color: string;
  highlighted: boolean;
  dimmed: boolean;
  /** First appears in the timeline's year (accent colour, thicker, drawn on top). */
  fresh?: boolean;
}

/**
 * The edges of a scene in drawing order, edge j at index j of every column. A 300k-edge scene as
 * objects was 300k objects and as many boxed widths for the collector to walk at every major
 * collection while the map was open; as columns it is six arrays.
 */
export interface SceneEdges {
  readonly length: number;
  /** Author ids of the ends. */
  readonly source: readonly string[];
  readonly target: readonly string[];
  /** Stroke width in screen pixels. */
  readonly width: Float64Array;
  /** Stroke colour. */
  readonly color: readonly string[];
  /** EDGE_HIGHLIGHTED | EDGE_DIMMED | EDGE_FRESH (scene-edges.ts). */
  readonly flags: Uint8Array;
}

export interface SceneLegend {
  /** What node size means, e.g. "PageRank". */
  sizeMetric: string;
  /** A few reference sizes: label and radius in pixels. */
  sizes: { label: string; r: number }[];
  /**
   * Colour keys of the communities that have a colour of their own: label (its number, as the
   * details panel and rankings print it, and its top author), colour and number.
   */
  colors: { label: string; color: string; community?: number; count?: number }[];
  /** Shown communities drawn in the neutral colour, and that colour. */
  others?: { count: number; color: string };
  /** What colour means when it is not community, e.g. "Mean publication year". */
  colorTitle?: string;
  /** The continuous scale of a year or citation colouring (a gradient with ticks). */
  scale?: ColorScale;
  /** What edge width means, e.g. "shared papers". */
  edgeMeaning: string;
}

/** Zoom transform: screen = world * k + (x, y), as d3-zoom's ZoomTransform. */
export interface SceneTransform {
  x: number;
  y: number;
  k: number;
}

/** What the map's view adds to a scene: zoom, size and the author under the pointer. */
export interface SceneView {
  transform: SceneTransform;
  width: number;
  height: number;
  hover?: string | null;
}

/**
 * Everything drawn on the map, never changed once built. `width`, `height` and `transform` are
 * the frame it is shown in (an export's, or the view's when the map hands a scene out with
 * `labels` placed for that view); the map keeps its own view state while it draws.
 */
export interface Scene {
  /** Output size in CSS pixels. */
  width: number;
  height: number;
  transform: SceneTransform;
  nodes: SceneNode[];
  edges: SceneEdges;
  legend?: SceneLegend;
  caption?: string;
  /** CSS colour, or null for transparent. */
  background: string | null;
  /** Label font size in pixels (of the smallest labels; bigger authors get bigger ones). */
  fontSize: number;
  /**
   * Most labels placed at once (forced ones included), when the view asks for other than the
   * default; `Infinity` places as many as fit. Every renderer that places labels reads it.
   */
  maxLabels?: number;
  /** The labels as placed for this frame, when known (else renderers place them). */
  labels?: readonly PlacedLabel[];
}
