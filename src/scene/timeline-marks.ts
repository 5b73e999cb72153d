// Marks on a built scene for a timeline frame: what first appears in the frame's year stands out.
import { edgeKey, type ReadonlyEdgeKeySet } from "../graph/coauthor-graph.ts";
import type { Scene, SceneEdge } from "./scene.ts";
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
  const old: SceneEdge[] = [];
  const marked: SceneEdge[] = [];
  for (const e of scene.edges) {
    if (!fresh.edges.has(edgeKey(e.source, e.target))) old.push(e);
    else
      marked.push({
        ...e,
        color: SCENE_STYLE.newEdgeColor,
        width: e.width + SCENE_STYLE.newEdgeExtraWidth,
        fresh: true,
      });
  }
  // Dimmed new edges under the others' emphasis; within each group the scene's order.
  const edges = [...old, ...marked.filter((e) => e.dimmed), ...marked.filter((e) => !e.dimmed)];
  const nodes = scene.nodes.map((n) => (fresh.authors.has(n.id) ? { ...n, fresh: true } : n));
  return { ...scene, nodes, edges };
}
