// The scene: a plain description of what the map shows, drawn by the canvas view and written by the
// SVG/PNG exporters, so an export looks like what the user sees. Build one with buildScene
// (build-scene.ts); colours, rings and label geometry every renderer uses are in style.ts.

/** A node as drawn. Position in world (layout) coordinates; sizes in screen pixels. */
export interface SceneNode {
  id: string;
  x: number;
  y: number;
  /** Radius in screen pixels (does not grow with zoom). */
  r: number;
  fill: string;
  label: string;
  /** Whether the label is drawn (after overlap culling). */
  labelVisible: boolean;
  owner: boolean;
  selected: boolean;
  /** Faded because something else is selected or highlighted. */
  dimmed: boolean;
  /** Under the pointer (drawn with a thin ring). */
  hovered?: boolean;
  /** The label is shown whatever it overlaps (selected, hovered, on a selected path). */
  labelForced?: boolean;
  /** The label sits left of the node, right-aligned (its right side was taken). */
  labelLeft?: boolean;
}

/** An edge as drawn, between two nodes of the scene. */
export interface SceneEdge {
  source: string;
  target: string;
  /** Stroke width in screen pixels. */
  width: number;
  color: string;
  highlighted: boolean;
  dimmed: boolean;
}

export interface SceneLegend {
  /** What node size means, e.g. "PageRank". */
  sizeMetric: string;
  /** A few reference sizes: label and radius in pixels. */
  sizes: { label: string; r: number }[];
  /** Colour keys: community label and colour (or, with `colorTitle`, another value's stops). */
  colors: { label: string; color: string }[];
  /** What colour means when it is not community, e.g. "Mean publication year". */
  colorTitle?: string;
  /** What edge width means, e.g. "shared papers". */
  edgeMeaning: string;
}

/** Zoom transform: screen = world * k + (x, y), as d3-zoom's ZoomTransform. */
export interface SceneTransform {
  x: number;
  y: number;
  k: number;
}

export interface Scene {
  /** Output size in CSS pixels. */
  width: number;
  height: number;
  transform: SceneTransform;
  nodes: SceneNode[];
  edges: SceneEdge[];
  legend?: SceneLegend;
  caption?: string;
  /** CSS colour, or null for transparent. */
  background: string | null;
  /** Label font size in pixels. */
  fontSize: number;
}
