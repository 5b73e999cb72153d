// The map without a browser (CLI): seeded layout → buildScene → zoom to fit with room for labels.
import type { CoauthorGraph } from "../graph/coauthor-graph.ts";
import { computeLayout, type LayoutOptions } from "../layout/index.ts";
import { authorValue, type AuthorTable } from "../metrics/author-table.ts";
import { buildScene, DEFAULT_SCENE_OPTIONS } from "../scene/build-scene.ts";
import type { SizeMetric } from "../scene/metric-info.ts";
import { drawnExtent, fitTransform, type FitOptions } from "../scene/fit-transform.ts";
import type { NodeColoring } from "../scene/color-by.ts";
import type { Scene } from "../scene/scene.ts";
import { DEFAULT_PLACE_LABELS_OPTIONS, placeLabels } from "../scene/place-labels.ts";
import { labelFont, SCENE_STYLE } from "../scene/style.ts";

export interface HeadlessSceneOptions {
  /** Map size in pixels (the legend panel and caption are added around it by the SVG writer). */
  width: number;
  height: number;
  fontSize: number;
  sizeMetric: SizeMetric;
  background: string | null;
  legend: boolean;
  caption?: string;
  /** Free margin around the fitted map, in pixels. */
  padding: number;
  /** Shrink the frame to the drawn map (plus padding) along the side that has room to spare. */
  crop: boolean;
  /** Layout options (seeded: the same input gives the same picture). */
  layout: Partial<LayoutOptions>;
  /** Positions to draw as they are, by author id, instead of running the layout (a file's own). */
  positions?: Record<string, { x: number; y: number }>;
  /** Text width for label placement; the CLI passes resvg's, the default estimates. */
  measureText: (text: string, font: string) => number;
  /** Node colours other than by community (see scene/color-by.ts). */
  coloring?: NodeColoring;
}

export const DEFAULT_HEADLESS_SCENE_OPTIONS: HeadlessSceneOptions = {
  width: 1200,
  height: 800,
  fontSize: 14,
  sizeMetric: "pagerank",
  background: "#ffffff",
  legend: true,
  padding: 28,
  crop: true,
  layout: {},
  measureText: DEFAULT_SCENE_OPTIONS.measureText,
};

/**
 * Lays the coauthor graph out with the shared force kernel, builds the Scene the explorer would
 * draw (nothing selected, no filters), then zooms to fit every disc and candidate label inside
 * the frame, crops the frame to the drawing, and places labels for that frame.
 */
export function buildHeadlessScene(
  graph: CoauthorGraph,
  metrics: AuthorTable,
  options: Partial<HeadlessSceneOptions> = {},
): Scene {
  const o: HeadlessSceneOptions = { ...DEFAULT_HEADLESS_SCENE_OPTIONS, ...options };
  const positions =
    o.positions ?? computeLayout(graph, o.layout, (id) => authorValue(metrics, id, "community"));
  const sceneOptions = {
    background: o.background,
    fontSize: o.fontSize,
    legend: o.legend,
    caption: o.caption,
    measureText: o.measureText,
    coloring: o.coloring,
  };
  const scene = buildScene(
    {
      graph,
      metrics,
      positions,
      sizeMetric: o.sizeMetric,
      transform: { x: 0, y: 0, k: 1 },
      width: o.width,
      height: o.height,
    },
    sceneOptions,
  );
  // Labels compete by rank; leave room for the top ones, as many as may be drawn, at the size
  // of the biggest label.
  const maxLabels = DEFAULT_SCENE_OPTIONS.maxLabels;
  const labelled = new Set(
    [...scene.nodes]
      .sort((a, b) => (b.value ?? b.r) - (a.value ?? a.r) || b.r - a.r)
      .slice(0, maxLabels)
      .map((n) => n.id),
  );
  const fontSize = o.fontSize * (1 + DEFAULT_PLACE_LABELS_OPTIONS.labelGrowth);
  const font = labelFont(fontSize);
  const items = scene.nodes.map((n) => ({
    x: n.x,
    y: n.y,
    r: n.r,
    labelWidth: labelled.has(n.id) ? o.measureText(n.label, font) : 0,
  }));
  // Label widths are measured here, so no blind label room; zoom out as far as needed, in up to 8×.
  const fit: FitOptions = {
    padding: o.padding,
    labelRoom: 0,
    labelGap: SCENE_STYLE.labelGap,
    labelHeight: fontSize * 1.3,
    minScale: 1e-6,
    maxScale: 8,
  };
  let frame = {
    width: o.width,
    height: o.height,
    transform: fitTransform(items, o.width, o.height, fit),
  };
  if (o.crop && items.length) {
    const e = drawnExtent(items, frame.transform.k, fit);
    const width = Math.min(o.width, Math.ceil(e.right - e.left + 2 * o.padding));
    const height = Math.min(o.height, Math.ceil(e.bottom - e.top + 2 * o.padding));
    frame = { width, height, transform: fitTransform(items, width, height, fit) };
  }
  const framed = { ...scene, ...frame };
  return {
    ...framed,
    labels: placeLabels(
      framed,
      { ...frame, hover: null },
      { measureText: o.measureText, maxLabels },
    ),
  };
}
