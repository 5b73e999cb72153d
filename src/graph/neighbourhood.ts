// An author's neighbourhood as shown: the author and the coauthors a filter result keeps.
import type { CoauthorGraph } from "./coauthor-graph.ts";
import type { FilterResult } from "./filters.ts";

/**
 * The author `id` and its coauthors joined to it by a shown collaboration of `visible` (every
 * coauthor when no filter result is given). Empty when the author is not in the graph or not
 * shown.
 */
export function shownNeighbourhood(
  graph: CoauthorGraph,
  id: string,
  visible?: FilterResult,
): Set<string> {
  const out = new Set<string>();
  if (!graph.hasNode(id) || (visible && !visible.nodes.has(id))) return out;
  out.add(id);
  graph.forEachEdge(id, (edge, _a, source, target) => {
    const other = source === id ? target : source;
    if (!visible || (visible.edges.has(edge) && visible.nodes.has(other))) out.add(other);
  });
  return out;
}
