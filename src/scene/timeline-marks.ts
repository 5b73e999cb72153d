// Marks on a built scene for a timeline frame: what first appears in the frame's year stands out.
import { edgeKey, type ReadonlyEdgeKeySet } from "../graph/coauthor-graph.ts";
import type { Scene } from "./scene.ts";
import {
  EDGE_DIMMED,
  EDGE_FRESH,
  finishSceneEdges,
  pushSceneEdge,
  sceneEdgesBuilder,
} from "./scene-edges.ts";
import { SCENE_STYLE } from "./style.ts";

/** What first appears in the shown year: author ids and edge keys (see `edgeKey`). */
export interface NewInFrame {
  authors: ReadonlySet<string>;
  edges: ReadonlyEdgeKeySet;
}

/**
 * A copy of `scene` with the new collaborations in the accent colour, thicker and drawn last (on
 * top), and the new authors flagged `fresh` (an accent ring); a dimmed one stays dimmed. Node
 * order, positions and everything else are unchanged; the scene itself is not modified.
 */
export function markNewInFrame(scene: Scene, fresh: NewInFrame): Scene {
  if (fresh.authors.size === 0 && fresh.edges.size === 0) return scene;
  const { source, target, width, color, flags } = scene.edges;
  const old: number[] = [];
  const markedDimmed: number[] = [];
  const markedLit: number[] = [];
  for (let j = 0; j < scene.edges.length; j++) {
    if (!fresh.edges.has(edgeKey(source[j], target[j]))) old.push(j);
    else if (flags[j] & EDGE_DIMMED) markedDimmed.push(j);
    else markedLit.push(j);
  }
  // Dimmed new edges under the others' emphasis; within each group the scene's order.
  const b = sceneEdgesBuilder(scene.edges.length);
  for (const j of old) pushSceneEdge(b, source[j], target[j], width[j], color[j], flags[j]);
  for (const group of [markedDimmed, markedLit])
    for (const j of group)
      pushSceneEdge(
        b,
        source[j],
        target[j],
        width[j] + SCENE_STYLE.newEdgeExtraWidth,
        SCENE_STYLE.newEdgeColor,
        flags[j] | EDGE_FRESH,
      );
  const nodes = scene.nodes.map((n) => (fresh.authors.has(n.id) ? { ...n, fresh: true } : n));
  return { ...scene, nodes, edges: finishSceneEdges(b) };
}
