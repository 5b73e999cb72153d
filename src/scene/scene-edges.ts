// The scene's drawn edges as columns: one array per field, not one object per edge.
import type { SceneEdge, SceneEdges } from "./scene.ts";

/** Bits of {@link SceneEdges.flags}. */
export const EDGE_HIGHLIGHTED = 1;
export const EDGE_DIMMED = 2;
/** First appears in the timeline's year (accent colour, thicker, drawn on top). */
export const EDGE_FRESH = 4;

/** Columns to fill in order with {@link pushSceneEdge}, then {@link finishSceneEdges}. */
export interface SceneEdgesBuilder {
  source: string[];
  target: string[];
  width: Float64Array;
  color: string[];
  flags: Uint8Array;
  length: number;
}

/** A builder for at most `capacity` edges. */
export function sceneEdgesBuilder(capacity: number): SceneEdgesBuilder {
  return {
    source: [],
    target: [],
    width: new Float64Array(capacity),
    color: [],
    flags: new Uint8Array(capacity),
    length: 0,
  };
}

/** Appends one edge to `b`. */
export function pushSceneEdge(
  b: SceneEdgesBuilder,
  source: string,
  target: string,
  width: number,
  color: string,
  flags: number,
): void {
  const j = b.length++;
  b.source.push(source);
  b.target.push(target);
  b.width[j] = width;
  b.color.push(color);
  b.flags[j] = flags;
}

/** The edges pushed into `b`. */
export function finishSceneEdges(b: SceneEdgesBuilder): SceneEdges {
  return {
    length: b.length,
    source: b.source,
    target: b.target,
    width: b.width.subarray(0, b.length),
    color: b.color,
    flags: b.flags.subarray(0, b.length),
  };
}

/** The flag bits of an edge's states. */
export function edgeFlags(highlighted: boolean, dimmed: boolean, fresh = false): number {
  return (
    (highlighted ? EDGE_HIGHLIGHTED : 0) | (dimmed ? EDGE_DIMMED : 0) | (fresh ? EDGE_FRESH : 0)
  );
}

/** Edge j as one object (an export or a hit; the drawing paths read the columns). */
export function sceneEdgeAt(edges: SceneEdges, j: number): SceneEdge {
  const flags = edges.flags[j];
  const edge: SceneEdge = {
    source: edges.source[j],
    target: edges.target[j],
    width: edges.width[j],
    color: edges.color[j],
    highlighted: (flags & EDGE_HIGHLIGHTED) !== 0,
    dimmed: (flags & EDGE_DIMMED) !== 0,
  };
  if (flags & EDGE_FRESH) edge.fresh = true;
  return edge;
}

/** Every edge as an object, in drawing order. */
export function sceneEdgeList(edges: SceneEdges): SceneEdge[] {
  return Array.from({ length: edges.length }, (_, j) => sceneEdgeAt(edges, j));
}

/** Columns of a list of edge objects (tests, small scenes). */
export function sceneEdgesOf(list: readonly SceneEdge[]): SceneEdges {
  const b = sceneEdgesBuilder(list.length);
  for (const e of list)
    pushSceneEdge(
      b,
      e.source,
      e.target,
      e.width,
      e.color,
      edgeFlags(e.highlighted, e.dimmed, e.fresh === true),
    );
  return finishSceneEdges(b);
}

/** A scene without edges. */
export const NO_SCENE_EDGES: SceneEdges = sceneEdgesOf([]);
