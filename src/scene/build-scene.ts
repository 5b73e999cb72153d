// Builds the Scene — exactly what the map draws — from the graph, metrics, positions and view state.
import type { CoauthorGraph } from "../graph/coauthor-graph.ts";
import type { FilterResult } from "../graph/filters.ts";
import type { AuthorMetrics } from "../metrics/compute-metrics.ts";
import { placeLabels, estimateTextWidth, type LabelBox } from "./label-placement.ts";
import { formatMetric, METRIC_INFO, type SizeMetric } from "./metric-info.ts";
import type { NodeColoring } from "./color-by.ts";
import { communityColors } from "./palette.ts";
import {
  defaultRadiusRange,
  defaultWidthRange,
  edgeWidthScale,
  radiusScale,
  type RadiusRange,
  type WidthRange,
} from "./scales.ts";
import type { Scene, SceneEdge, SceneLegend, SceneNode, SceneTransform } from "./scene.ts";
import { labelFont, ringExtent, SCENE_STYLE } from "./style.ts";

/** What is selected on the map; ids of authors. */
export interface SceneSelection {
  author?: string;
  /** Second author of a pair. */
  with?: string;
  /** Collaboration path from `author` to `with`, both included, when they share no paper. */
  path?: readonly string[];
  hover?: string;
}

export interface SceneInput {
  graph: CoauthorGraph;
  metrics: Record<string, AuthorMetrics>;
  positions: Record<string, { x: number; y: number }>;
  /** What the filters keep; everything when omitted. */
  visible?: FilterResult;
  sizeMetric: SizeMetric;
  selection?: SceneSelection;
  transform: SceneTransform;
  width: number;
  height: number;
}

export interface SceneOptions {
  background: string | null;
  fontSize: number;
  legend: boolean;
  caption?: string;
  /** Most labels drawn at once. */
  maxLabels: number;
  /** Only this many on-screen authors, biggest first, compete for a label. */
  labelCandidates: number;
  /** Node radii; by default they depend on how many authors are shown. */
  radius?: RadiusRange;
  /** Edge widths; by default they depend on how many authors are shown. */
  widths?: WidthRange;
  /** Text width in pixels for a CSS font; a browser passes canvas measureText. */
  measureText: (text: string, font: string) => number;
  /** Community colours, when the caller keeps them stable across scenes. */
  colors?: ReadonlyMap<number, string>;
  /** Community entries in the legend. */
  legendCommunities: number;
  /** Colours by another value than community (year, citations, file), with its legend. */
  coloring?: NodeColoring;
}

export const DEFAULT_SCENE_OPTIONS: SceneOptions = {
  background: "#ffffff",
  fontSize: 12,
  legend: true,
  maxLabels: 80,
  labelCandidates: 600,
  measureText: (text, font) =>
    estimateTextWidth(text, Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 12)),
  legendCommunities: 8,
};

/** Discs at least this big (in pixels) keep unforced labels off them. */
const LABEL_OBSTACLE_RADIUS = 4;

/** Layers, drawn bottom to top: dimmed, normal, emphasized. */
function layerOf(dimmed: boolean, emphasized: boolean): number {
  return dimmed ? 0 : emphasized ? 2 : 1;
}

/**
 * Builds the scene: visible authors as discs (size by `sizeMetric`, colour by community) and
 * visible collaborations as lines (width by shared papers), with selection emphasis and labels
 * placed without overlap for `transform`. Node and edge order is drawing order (bottom first):
 * renderers that batch by style get the same picture, because the order is by layer, then style.
 */
export function buildScene(input: SceneInput, options: Partial<SceneOptions> = {}): Scene {
  const steps = buildSceneSteps(input, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Edges, and authors, looked at between two yields of {@link buildSceneSteps}. */
const EDGES_PER_STEP = 8_000;
const NODES_PER_STEP = 2_500;

/**
 * The steps of {@link buildScene}: yields between phases and every few thousand edges, so a page
 * can let input through while a big scene is built (the inputs must not change meanwhile);
 * returns the scene.
 */
export function* buildSceneSteps(
  input: SceneInput,
  options: Partial<SceneOptions> = {},
): Generator<void, Scene> {
  const o: SceneOptions = { ...DEFAULT_SCENE_OPTIONS, ...options };
  const { graph, metrics, positions, sizeMetric, selection = {} } = input;
  const visibleNodes = input.visible?.nodes ?? new Set(graph.nodes());
  const visibleEdges = input.visible?.edges ?? new Set(graph.edges());
  const colors = o.colors ?? communityColors(graph.mapNodes((id) => metrics[id]?.community ?? 0));
  const colorRank = new Map<string, number>();
  [...new Set(colors.values())].forEach((c, i) => colorRank.set(c, i));

  const values = graph.mapNodes((id) => metrics[id]?.[sizeMetric] ?? 0);
  const radius = radiusScale(values, o.radius ?? defaultRadiusRange(visibleNodes.size));
  yield;

  // Emphasis: the selected authors, their neighbourhood or the path between them.
  const selected = new Set<string>();
  for (const id of [selection.author, selection.with])
    if (id !== undefined && visibleNodes.has(id)) selected.add(id);
  const lit = new Set<string>(selected);
  const litEdges = new Set<string>();
  const pathEdges = new Set<string>();
  const pairMode = selection.with !== undefined;
  if (pairMode) {
    const chain = selection.path && selection.path.length > 1 ? selection.path : [];
    for (const id of chain) lit.add(id);
    for (let i = 1; i < chain.length; i++) {
      const edge = graph.edge(chain[i - 1], chain[i]);
      if (edge !== undefined) pathEdges.add(edge);
    }
    if (selection.author !== undefined && selection.with !== undefined) {
      const edge =
        graph.hasNode(selection.author) && graph.hasNode(selection.with)
          ? graph.edge(selection.author, selection.with)
          : undefined;
      if (edge !== undefined) pathEdges.add(edge);
    }
  } else if (selection.author !== undefined && visibleNodes.has(selection.author)) {
    graph.forEachEdge(selection.author, (edge, _a, source, target) => {
      if (!visibleEdges.has(edge)) return;
      litEdges.add(edge);
      lit.add(source === selection.author ? target : source);
    });
  }
  const anySelection = selected.size > 0;

  const nodes: SceneNode[] = [];
  const order: { layer: number; color: number; r: number }[] = [];
  const ids = graph.nodes();
  for (let j = 0; j < ids.length; j++) {
    if (j > 0 && j % NODES_PER_STEP === 0) yield;
    const id = ids[j];
    if (!visibleNodes.has(id)) continue;
    const p = positions[id];
    if (!p) continue;
    const m = metrics[id];
    const attributes = graph.getNodeAttributes(id);
    const fill = o.coloring ? o.coloring.colorOf(id) : (colors.get(m?.community ?? 0) ?? "#94a3b8");
    if (!colorRank.has(fill)) colorRank.set(fill, colorRank.size);
    const isSelected = selected.has(id);
    const hovered = selection.hover === id;
    const dimmed = anySelection && !lit.has(id) && !hovered;
    const node: SceneNode = {
      id,
      x: p.x,
      y: p.y,
      r: radius(m?.[sizeMetric] ?? 0),
      fill,
      label: attributes.name,
      labelVisible: false,
      owner: attributes.owner,
      selected: isSelected,
      dimmed,
    };
    if (hovered) node.hovered = true;
    if (isSelected || hovered || (pairMode && lit.has(id))) node.labelForced = true;
    nodes.push(node);
    order.push({
      layer: layerOf(dimmed, isSelected || hovered),
      color: colorRank.get(fill) ?? 0,
      r: node.r,
    });
  }
  yield;
  const nodeIndex = nodes.map((_n, i) => i);
  nodeIndex.sort(
    (a, b) =>
      order[a].layer - order[b].layer ||
      order[a].color - order[b].color ||
      order[a].r - order[b].r ||
      a - b,
  );
  const sortedNodes = nodeIndex.map((i) => nodes[i]);
  yield;

  // The visible edges between placed authors, in graph order, and the heaviest visible edge.
  let maxWeight = 1;
  const edgeKeys: string[] = [];
  const edgeSources: string[] = [];
  const edgeTargets: string[] = [];
  const edgeWeights: number[] = [];
  let seen = 0;
  for (const { edge, attributes, source, target } of graph.edgeEntries()) {
    if (++seen % EDGES_PER_STEP === 0) yield;
    if (!visibleEdges.has(edge)) continue;
    if (attributes.weight > maxWeight) maxWeight = attributes.weight;
    if (!positions[source] || !positions[target]) continue;
    edgeKeys.push(edge);
    edgeSources.push(source);
    edgeTargets.push(target);
    edgeWeights.push(attributes.weight);
  }
  yield;
  const width = edgeWidthScale(maxWeight, o.widths ?? defaultWidthRange(visibleNodes.size));
  const widthOf = new Map<number, number>();
  // Edges go into buckets by layer, colour and width (a stable counting sort: same order as
  // sorting by those keys, without comparing 100k objects). The style of an edge is one of the
  // eight combinations of on the path, highlighted and dimmed (six occur), each a layer and a colour.
  const styles = [false, true].flatMap((onPath) =>
    [false, true].flatMap((lit) =>
      [false, true].map((dimmed) => {
        const color = onPath
          ? SCENE_STYLE.pathEdgeColor
          : lit
            ? SCENE_STYLE.highlightEdgeColor
            : SCENE_STYLE.edgeColor;
        const layer = layerOf(dimmed, lit);
        return { layer, color, name: `${layer}|${color}` };
      }),
    ),
  );
  const byStyle = new Map<string, Map<number, SceneEdge[]>>();
  const bucketKeys: { bucket: SceneEdge[]; layer: number; color: string; width: number }[] = [];
  for (let start = 0; start < edgeKeys.length; start += EDGES_PER_STEP) {
    const end = Math.min(edgeKeys.length, start + EDGES_PER_STEP);
    for (let e = start; e < end; e++) {
      const edge = edgeKeys[e];
      const onPath = pathEdges.has(edge);
      const highlighted = onPath || litEdges.has(edge);
      const dimmed = anySelection && !highlighted;
      const weight = edgeWeights[e];
      let base = widthOf.get(weight);
      if (base === undefined) {
        base = width(weight);
        widthOf.set(weight, base);
      }
      const w = base + (onPath ? 1 : 0);
      const style = styles[(onPath ? 4 : 0) + (highlighted ? 2 : 0) + (dimmed ? 1 : 0)];
      let widths = byStyle.get(style.name);
      if (!widths) {
        widths = new Map();
        byStyle.set(style.name, widths);
      }
      let bucket = widths.get(w);
      if (!bucket) {
        bucket = [];
        widths.set(w, bucket);
        bucketKeys.push({ bucket, layer: style.layer, color: style.color, width: w });
      }
      bucket.push({
        source: edgeSources[e],
        target: edgeTargets[e],
        width: w,
        color: style.color,
        highlighted,
        dimmed,
      });
    }
    yield;
  }
  bucketKeys.sort(
    (a, b) =>
      a.layer - b.layer ||
      (a.color < b.color ? -1 : a.color > b.color ? 1 : 0) ||
      a.width - b.width,
  );
  const sceneEdges: SceneEdge[] = [];
  for (const { bucket } of bucketKeys) for (const edge of bucket) sceneEdges.push(edge);
  yield;

  const scene: Scene = {
    width: input.width,
    height: input.height,
    transform: { ...input.transform },
    nodes: sortedNodes,
    edges: sceneEdges,
    background: o.background,
    fontSize: o.fontSize,
  };
  if (o.caption !== undefined) scene.caption = o.caption;
  if (o.legend)
    scene.legend = buildLegend(
      input,
      sortedNodes,
      colors,
      radius,
      maxWeight,
      o.legendCommunities,
      o.coloring,
    );
  yield;
  placeSceneLabels(scene, o);
  return scene;
}

/** Label priority: forced labels, then the profile owner, then bigger discs; dimmed never. */
export function labelOrder(scene: Scene): number[] {
  const candidates: number[] = [];
  scene.nodes.forEach((node, i) => {
    if (!node.dimmed || node.labelForced) candidates.push(i);
  });
  const rank = (n: SceneNode) => (n.labelForced ? 2 : n.owner ? 1 : 0);
  return candidates.sort((a, b) => {
    const na = scene.nodes[a];
    const nb = scene.nodes[b];
    return rank(nb) - rank(na) || nb.r - na.r || a - b;
  });
}

/**
 * Decides `labelVisible` of every node for the scene's current transform (call it again after
 * a pan or zoom). `order` is {@link labelOrder} of the scene, which callers may cache.
 */
export function placeSceneLabels(
  scene: Scene,
  options: Partial<Pick<SceneOptions, "maxLabels" | "labelCandidates" | "measureText">> = {},
  order: readonly number[] = labelOrder(scene),
): void {
  const o = { ...DEFAULT_SCENE_OPTIONS, ...options };
  const { k, x: tx, y: ty } = scene.transform;
  const fontSize = scene.fontSize;
  for (const node of scene.nodes) {
    node.labelVisible = false;
    delete node.labelLeft;
  }
  const boxes: LabelBox[] = [];
  const obstacles: LabelBox[] = [];
  const owners: number[] = [];
  for (const i of order) {
    if (boxes.length >= o.labelCandidates) break;
    const node = scene.nodes[i];
    const sx = node.x * k + tx;
    const sy = node.y * k + ty;
    if (
      !node.labelForced &&
      (sx < -node.r || sy < -node.r || sx > scene.width || sy > scene.height)
    )
      continue;
    const strong = Boolean(node.labelForced);
    const w = o.measureText(node.label, labelFont(fontSize, strong));
    const reach = node.r + ringExtent(node);
    boxes.push({
      x: sx + reach + SCENE_STYLE.labelGap,
      y: sy - fontSize * 0.65,
      width: w,
      height: fontSize * 1.3,
      forced: node.labelForced,
      alternative: { x: sx - reach - SCENE_STYLE.labelGap - w, y: sy - fontSize * 0.65 },
    });
    // Labels keep off the bigger discs, so names never hide authors.
    if (node.r >= LABEL_OBSTACLE_RADIUS)
      obstacles.push({ x: sx - reach, y: sy - reach, width: 2 * reach, height: 2 * reach });
    owners.push(i);
  }
  const keep = placeLabels(boxes, {
    width: scene.width,
    height: scene.height,
    maxLabels: o.maxLabels,
    obstacles,
  });
  keep.forEach((choice, j) => {
    const node = scene.nodes[owners[j]];
    if (choice >= 0) node.labelVisible = true;
    if (choice === 1) node.labelLeft = true;
  });
}

function buildLegend(
  input: SceneInput,
  nodes: SceneNode[],
  colors: ReadonlyMap<number, string>,
  radius: (v: number) => number,
  maxWeight: number,
  communities: number,
  coloring?: NodeColoring,
): SceneLegend {
  const { metrics, sizeMetric, graph } = input;
  const values = nodes.map((n) => metrics[n.id]?.[sizeMetric] ?? 0).sort((a, b) => a - b);
  const picks = values.length
    ? [...new Set([values[values.length - 1], values[Math.floor(values.length / 2)], values[0]])]
    : [];
  const sizes = picks.map((v) => ({ label: formatMetric(v, sizeMetric), r: radius(v) }));

  const groups = new Map<number, { count: number; top: string; best: number }>();
  for (const n of nodes) {
    const m = metrics[n.id];
    if (!m) continue;
    const value = m[sizeMetric];
    const g = groups.get(m.community);
    if (!g) groups.set(m.community, { count: 1, top: n.id, best: value });
    else {
      g.count++;
      if (value > g.best) {
        g.best = value;
        g.top = n.id;
      }
    }
  }
  const ranked = [...groups.entries()].sort((a, b) => b[1].count - a[1].count || a[0] - b[0]);
  const legendColors = ranked.slice(0, communities).map(([c, g]) => ({
    label: `${graph.getNodeAttribute(g.top, "name")}${g.count > 1 ? ` +${g.count - 1}` : ""}`,
    color: colors.get(c) ?? "#94a3b8",
  }));
  return {
    sizeMetric: METRIC_INFO[sizeMetric].label,
    sizes,
    colors: coloring ? coloring.legend : legendColors,
    ...(coloring && { colorTitle: coloring.title }),
    edgeMeaning:
      maxWeight > 1 ? `shared papers (1–${formatMetric(maxWeight, "papers")})` : "shared papers",
  };
}
