// Collaboration paths: the shortest chain of coauthorships between two authors, hop by hop.
import type { CoauthorGraph } from "./coauthor-graph.ts";

/** One link of a path: two coauthors and the papers they share. */
export interface PathHop {
  source: string;
  target: string;
  papers: string[];
  weight: number;
}

export interface CollaborationPath {
  /** Author ids from the first to the second, both included. */
  nodes: string[];
  hops: PathHop[];
}

export interface PathOptions {
  /** Only authors for which this returns true may be passed through (ends are always allowed). */
  allowed?: (id: string) => boolean;
}

/**
 * The shortest collaboration path (fewest hops, breadth-first) from `from` to `to`, or null when
 * they are not connected. Among equally short paths the one using the strongest collaborations
 * first is chosen (neighbours are visited by decreasing shared papers, then id), so the answer is
 * deterministic.
 */
export function collaborationPath(
  graph: CoauthorGraph,
  from: string,
  to: string,
  options: PathOptions = {},
): CollaborationPath | null {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  if (from === to) return { nodes: [from], hops: [] };
  const parent = new Map<string, string>([[from, from]]);
  let frontier = [from];
  while (frontier.length > 0 && !parent.has(to)) {
    const next: string[] = [];
    for (const id of frontier) {
      const neighbours: { id: string; weight: number }[] = [];
      graph.forEachEdge(id, (_edge, attributes, source, target) => {
        const other = source === id ? target : source;
        if (parent.has(other)) return;
        if (other !== to && options.allowed && !options.allowed(other)) return;
        neighbours.push({ id: other, weight: attributes.weight });
      });
      neighbours.sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      for (const { id: other } of neighbours) {
        if (parent.has(other)) continue;
        parent.set(other, id);
        next.push(other);
      }
    }
    frontier = next;
  }
  if (!parent.has(to)) return null;
  const nodes = [to];
  while (nodes[nodes.length - 1] !== from)
    nodes.push(parent.get(nodes[nodes.length - 1]) as string);
  nodes.reverse();
  const hops = nodes.slice(1).map((target, i): PathHop => {
    const source = nodes[i];
    const edge = graph.getEdgeAttributes(graph.edge(source, target) as string);
    return { source, target, papers: [...edge.papers], weight: edge.weight };
  });
  return { nodes, hops };
}

/** Paper ids on both lists, in the order of the first. */
export function sharedPapers(first: readonly string[], second: readonly string[]): string[] {
  const other = new Set(second);
  return first.filter((id) => other.has(id));
}
