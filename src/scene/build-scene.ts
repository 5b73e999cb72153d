// Builds the Scene — exactly what the map draws — from the graph, metrics, positions and view state.
import { allEdgeKeys, type CoauthorGraph } from "../graph/coauthor-graph.ts";
import type { FilterResult } from "../graph/filters.ts";
import { authorRow, authorValue, type AuthorTable } from "../metrics/author-table.ts";
import { formatMetric, METRIC_INFO, type SizeMetric } from "./metric-info.ts";
import type { NodeColoring } from "./color-by.ts";
import { COMMUNITY_PALETTE, communityColors, OTHER_COLOR } from "./palette.ts";
import { DEFAULT_PLACE_LABELS_OPTIONS, placeLabels } from "./place-labels.ts";
import {
  defaultRadiusRange,
  defaultWidthRange,
  edgeWidthScale,
  radiusScale,
  type RadiusRange,
  type WidthRange,
} from "./scales.ts";
import type { Scene, SceneLegend, SceneNode, SceneTransform } from "./scene.ts";
import { edgeFlags, finishSceneEdges, pushSceneEdge, sceneEdgesBuilder } from "./scene-edges.ts";
import { SCENE_STYLE } from "./style.ts";
import { countingSortBy, stableOrder } from "./stable-order.ts";
import { float64Of } from "../model/typed-of.ts";

/** What is selected on the map; ids of authors. */
export interface SceneSelection {
  author?: string;
  /** Second author of a pair. */
  with?: string;
  /** Collaboration path from `author` to `with`, both included, when they share no paper. */
  path?: readonly string[];
  hover?: string;
  /** A highlighted community: its authors and inner links stay, the rest is dimmed. */
  community?: number;
}

export interface SceneInput {
  graph: CoauthorGraph;
  metrics: AuthorTable;
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
  /** Most labels placed for the scene's own frame (see `placeLabels`). */
  maxLabels: number;
  /** Only this many on-screen authors, highest ranked first, compete for a label. */
  labelCandidates: number;
  /** Node radii; by default they depend on how many authors are shown. */
  radius?: RadiusRange;
  /** Edge widths; by default they depend on how many authors are shown. */
  widths?: WidthRange;
  /** Text width in pixels for a CSS font, for the labels; a browser passes canvas measureText. */
  measureText: (text: string, font: string) => number;
  /** Community colours, when the caller keeps them stable across scenes. */
  colors?: ReadonlyMap<number, string>;
  /** Most community entries in the legend (communities in the neutral colour are counted, not listed). */
  legendCommunities: number;
  /** Colours by another value than community (year, citations, file), with its legend. */
  coloring?: NodeColoring;
}

export const DEFAULT_SCENE_OPTIONS: SceneOptions = {
  background: "#ffffff",
  fontSize: 12,
  legend: true,
  maxLabels: DEFAULT_PLACE_LABELS_OPTIONS.maxLabels,
  labelCandidates: DEFAULT_PLACE_LABELS_OPTIONS.labelCandidates,
  measureText: DEFAULT_PLACE_LABELS_OPTIONS.measureText,
  legendCommunities: COMMUNITY_PALETTE.length,
};

/** Layers, drawn bottom to top: dimmed, normal, emphasized. */
function layerOf(dimmed: boolean, emphasized: boolean): number {
  return dimmed ? 0 : emphasized ? 2 : 1;
}

/**
 * Builds the scene: visible authors as discs (size by `sizeMetric`, colour by community) and
 * visible collaborations as lines (width by shared papers), with selection emphasis, and its
 * labels placed for its own frame (`transform`, `width`, `height`; see `placeLabels`). The scene
 * is a value: nothing changes it later. Node and edge order is drawing order (bottom first):
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
  const ids = graph.nodes();
  const visibleNodes = input.visible?.nodes ?? new Set(ids);
  const visibleEdges = input.visible?.edges ?? allEdgeKeys(graph);
  // Each node's metrics row (-1 without), its community (0 without) and size value (0 without).
  const community = metrics.columns.community;
  const sizeValues = metrics.columns[sizeMetric];
  const rows = new Int32Array(ids.length);
  const nodeCommunities = new Float64Array(ids.length);
  const values = new Float64Array(ids.length);
  for (let j = 0; j < ids.length; j++) {
    const row = authorRow(metrics, ids[j]);
    rows[j] = row;
    if (row < 0) continue;
    nodeCommunities[j] = community[row];
    values[j] = sizeValues[row];
  }
  const colors = o.colors ?? communityColors(nodeCommunities);
  const colorRank = new Map<string, number>();
  [...new Set(colors.values())].forEach((c, i) => colorRank.set(c, i));

  const radius = radiusScale(values, o.radius ?? defaultRadiusRange(visibleNodes.size));
  yield;

  // Emphasis: the selected authors, their neighbourhood or the path between them.
  const selected = new Set<string>();
  for (const id of [selection.author, selection.with])
    if (id !== undefined && visibleNodes.has(id)) selected.add(id);
  const lit = new Set<string>(selected);
  // Emphasised edges by their ends, not their keys (the edge loop below would look up every key):
  // the path's pairs both ways, and in single mode the selected author's visible edges.
  const pathPairs = new Map<string, Set<string>>();
  const link = (x: string, y: string) => {
    const ends = pathPairs.get(x) ?? new Set<string>();
    pathPairs.set(x, ends.add(y));
  };
  const addPathPair = (a: string, b: string) => {
    if (!graph.hasEdge(a, b)) return;
    link(a, b);
    link(b, a);
  };
  let litCenter: string | undefined;
  const pairMode = selection.with !== undefined;
  if (pairMode) {
    const chain = selection.path && selection.path.length > 1 ? selection.path : [];
    for (const id of chain) lit.add(id);
    for (let i = 1; i < chain.length; i++) addPathPair(chain[i - 1], chain[i]);
    if (selection.author !== undefined && selection.with !== undefined)
      addPathPair(selection.author, selection.with);
  } else if (selection.author !== undefined && visibleNodes.has(selection.author)) {
    litCenter = selection.author;
    graph.forEachEdge(selection.author, (edge, _a, source, target) => {
      if (visibleEdges.has(edge)) lit.add(source === selection.author ? target : source);
    });
  }
  const anySelection = selected.size > 0;
  const focus = selection.community;
  const inFocus = (id: string) =>
    focus === undefined || authorValue(metrics, id, "community") === focus;

  const nodes: SceneNode[] = [];
  // Drawing order keys per placed node: layer, colour rank, radius.
  const layers = new Uint8Array(ids.length);
  const colorRanks = new Uint32Array(ids.length);
  const radii = new Float64Array(ids.length);
  /** Community of each placed node (NaN without metrics), for the legend. */
  const communities = new Float64Array(ids.length);
  /** Authors of the graph without a position: while there are none, no edge need be checked. */
  let unplaced = 0;
  for (let j = 0; j < ids.length; j++) {
    if (j > 0 && j % NODES_PER_STEP === 0) yield;
    const id = ids[j];
    const p = positions[id];
    if (!p) unplaced++;
    if (!p || !visibleNodes.has(id)) continue;
    const row = rows[j];
    const value = values[j];
    const attributes = graph.getNodeAttributes(id);
    const fill = o.coloring
      ? o.coloring.colorOf(id)
      : (colors.get(nodeCommunities[j]) ?? OTHER_COLOR);
    if (!colorRank.has(fill)) colorRank.set(fill, colorRank.size);
    const isSelected = selected.has(id);
    const hovered = selection.hover === id;
    const outside = focus !== undefined && (row < 0 || community[row] !== focus);
    const dimmed = ((anySelection && !lit.has(id)) || (outside && !isSelected)) && !hovered;
    const node: SceneNode = {
      id,
      x: p.x,
      y: p.y,
      r: radius(value),
      fill,
      label: attributes.name,
      value,
      owner: attributes.owner,
      selected: isSelected,
      dimmed,
    };
    if (hovered) node.hovered = true;
    if (isSelected || (pairMode && lit.has(id))) node.labelForced = true;
    layers[nodes.length] = layerOf(dimmed, isSelected || hovered);
    colorRanks[nodes.length] = colorRank.get(fill) ?? 0;
    radii[nodes.length] = node.r;
    communities[nodes.length] = row < 0 ? NaN : community[row];
    nodes.push(node);
  }
  yield;
  // By layer, colour and radius, ties in graph order: a stable sort per key, the last key first.
  const byRadius = stableOrder(radii.subarray(0, nodes.length));
  const byColor = countingSortBy(byRadius, colorRanks, colorRank.size);
  const nodeIndex = countingSortBy(byColor, layers, 3);
  const sortedNodes = Array.from(nodeIndex, (i) => nodes[i]);
  const sortedCommunities = float64Of(nodeIndex, (i) => communities[i]);
  yield;

  // The visible edges between placed authors, in graph order, and the heaviest visible edge.
  let maxWeight = 1;
  const edgeSources: string[] = [];
  const edgeTargets: string[] = [];
  const edgeWeights: number[] = [];
  let seen = 0;
  for (const { edge, attributes, source, target } of graph.edgeEntries()) {
    if (++seen % EDGES_PER_STEP === 0) yield;
    if (!visibleEdges.has(edge)) continue;
    if (attributes.weight > maxWeight) maxWeight = attributes.weight;
    if (unplaced > 0 && (!positions[source] || !positions[target])) continue;
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
  // Per bucket the indices of its edges (small integers, no object per edge) and each edge's
  // final width and flags.
  const byStyle = new Map<string, Map<number, number[]>>();
  const bucketKeys: { bucket: number[]; layer: number; color: string; width: number }[] = [];
  const edgeWidth = new Float64Array(edgeSources.length);
  const edgeFlagBits = new Uint8Array(edgeSources.length);
  for (let start = 0; start < edgeSources.length; start += EDGES_PER_STEP) {
    const end = Math.min(edgeSources.length, start + EDGES_PER_STEP);
    for (let e = start; e < end; e++) {
      const source = edgeSources[e];
      const target = edgeTargets[e];
      const onPath = pathPairs.size > 0 && pathPairs.get(source)?.has(target) === true;
      const highlighted =
        onPath || (litCenter !== undefined && (source === litCenter || target === litCenter));
      const dimmed =
        (anySelection && !highlighted) || (!highlighted && !(inFocus(source) && inFocus(target)));
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
      bucket.push(e);
      edgeWidth[e] = w;
      edgeFlagBits[e] = edgeFlags(highlighted, dimmed);
    }
    yield;
  }
  bucketKeys.sort(
    (a, b) =>
      a.layer - b.layer ||
      (a.color < b.color ? -1 : a.color > b.color ? 1 : 0) ||
      a.width - b.width,
  );
  const drawnEdges = sceneEdgesBuilder(edgeSources.length);
  for (const { bucket, color } of bucketKeys)
    for (const e of bucket) {
      if (drawnEdges.length > 0 && drawnEdges.length % EDGES_PER_STEP === 0) yield;
      pushSceneEdge(
        drawnEdges,
        edgeSources[e],
        edgeTargets[e],
        edgeWidth[e],
        color,
        edgeFlagBits[e],
      );
    }
  const sceneEdges = finishSceneEdges(drawnEdges);
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
  if (options.maxLabels !== undefined) scene.maxLabels = options.maxLabels;
  if (o.legend)
    scene.legend = buildLegend(
      input,
      sortedNodes,
      sortedCommunities,
      colors,
      radius,
      maxWeight,
      o.legendCommunities,
      o.coloring,
    );
  yield;
  scene.labels = placeLabels(scene, { ...scene, hover: selection.hover ?? null }, o);
  return scene;
}

function buildLegend(
  input: SceneInput,
  nodes: SceneNode[],
  /** Community of each node (NaN for a node without metrics), aligned with `nodes`. */
  communities: Float64Array,
  colors: ReadonlyMap<number, string>,
  radius: (v: number) => number,
  maxWeight: number,
  communityCount: number,
  coloring?: NodeColoring,
): SceneLegend {
  const { sizeMetric, graph } = input;
  const values = float64Of(nodes, (n) => n.value ?? 0).sort();
  const picks = values.length
    ? [...new Set([values[values.length - 1], values[Math.floor(values.length / 2)], values[0]])]
    : [];
  const sizes = picks.map((v) => ({ label: formatMetric(v, sizeMetric), r: radius(v) }));

  const groups = new Map<number, { count: number; top: string; best: number }>();
  for (let k = 0; k < nodes.length; k++) {
    const community = communities[k];
    if (Number.isNaN(community)) continue;
    const n = nodes[k];
    const value = n.value ?? 0;
    const g = groups.get(community);
    if (!g) groups.set(community, { count: 1, top: n.id, best: value });
    else {
      g.count++;
      if (value > g.best) {
        g.best = value;
        g.top = n.id;
      }
    }
  }
  const ranked = [...groups.entries()].sort((a, b) => b[1].count - a[1].count || a[0] - b[0]);
  const colorOf = (c: number) => colors.get(c) ?? OTHER_COLOR;
  const own = ranked.filter(([c]) => colorOf(c) !== OTHER_COLOR).slice(0, communityCount);
  const grey = ranked.filter(([c]) => colorOf(c) === OTHER_COLOR).length;
  // Numbered as the details panel and rankings number them (community 0 is "1").
  const legendColors = own.map(([c, g]) => ({
    label: `${c + 1} · ${graph.getNodeAttribute(g.top, "name")}${g.count > 1 ? ` +${g.count - 1}` : ""}`,
    color: colorOf(c),
    community: c,
    count: g.count,
  }));
  return {
    sizeMetric: METRIC_INFO[sizeMetric].label,
    sizes,
    colors: coloring ? coloring.legend : legendColors,
    ...(coloring && { colorTitle: coloring.title }),
    ...(coloring?.scale && { scale: coloring.scale }),
    ...(!coloring && grey > 0 ? { others: { count: grey, color: OTHER_COLOR } } : {}),
    edgeMeaning:
      maxWeight > 1 ? `shared papers (1–${formatMetric(maxWeight, "papers")})` : "shared papers",
  };
}
