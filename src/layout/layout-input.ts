// The layout's input: a coauthor graph reduced to node ids and indexed, weighted edges.
import type { CoauthorGraph, ReadonlyEdgeKeySet } from "../graph/coauthor-graph.ts";
import { int32Of } from "../model/typed-of.ts";

/** Nodes and edges as typed arrays; edge `e` joins `ids[sources[e]]` and `ids[targets[e]]`. */
export interface LayoutInput {
  ids: string[];
  sources: Uint32Array;
  targets: Uint32Array;
  /** Shared papers (or link weight) per edge. */
  weights: Float64Array;
  /**
   * Community of each node (the metrics' Louvain `community`), which the default layout draws
   * apart; without it every connected component counts as one community.
   */
  community?: Int32Array;
}

/** An author's community (the metrics' `community`), or undefined when it has none. */
export type CommunityOf = (id: string) => number | undefined;

/**
 * Reads a coauthor graph into a {@link LayoutInput}; node order is `graph.nodes()` order. With
 * `communityOf`, the input carries communities (an author without one gets a community of its
 * own; none when no author has one).
 */
export function layoutInputFromGraph(graph: CoauthorGraph, communityOf?: CommunityOf): LayoutInput {
  const ids = graph.nodes();
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  const m = graph.size;
  const sources = new Uint32Array(m);
  const targets = new Uint32Array(m);
  const weights = new Float64Array(m);
  let e = 0;
  graph.forEachEdge((_key, attributes, source, target) => {
    sources[e] = index.get(source) as number;
    targets[e] = index.get(target) as number;
    weights[e] = attributes.weight > 0 ? attributes.weight : 1;
    e++;
  });
  const input: LayoutInput = { ids, sources, targets, weights };
  // Communities only when some author has one (metrics without communities change nothing).
  if (communityOf && ids.some((id) => communityOf(id) !== undefined))
    input.community = communityArray(ids, communityOf);
  return input;
}

/**
 * The {@link LayoutInput} of part of a graph: the authors of `shown.nodes` (in graph order) and
 * the collaborations of `shown.edges` between them, as a filter leaves them.
 */
export function layoutInputOfShown(
  graph: CoauthorGraph,
  shown: { nodes: ReadonlySet<string>; edges: ReadonlyEdgeKeySet },
  communityOf?: CommunityOf,
): LayoutInput {
  const ids = graph.filterNodes((id) => shown.nodes.has(id));
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  const sources: number[] = [];
  const targets: number[] = [];
  const weights: number[] = [];
  for (const edge of shown.edges) {
    const s = index.get(graph.source(edge));
    const t = index.get(graph.target(edge));
    if (s === undefined || t === undefined) continue;
    const weight = graph.getEdgeAttribute(edge, "weight");
    sources.push(s);
    targets.push(t);
    weights.push(weight > 0 ? weight : 1);
  }
  const input: LayoutInput = {
    ids,
    sources: Uint32Array.from(sources),
    targets: Uint32Array.from(targets),
    weights: Float64Array.from(weights),
  };
  if (communityOf && ids.some((id) => communityOf(id) !== undefined))
    input.community = communityArray(ids, communityOf);
  return input;
}

/**
 * Communities of `ids` as an array: each author's `communityOf`, authors without one numbered
 * apart (past the largest given number), so that none joins another's community.
 */
export function communityArray(ids: readonly string[], communityOf: CommunityOf): Int32Array {
  const given = ids.map((id) => communityOf(id));
  let next = 0;
  for (const c of given) if (c !== undefined && Number.isFinite(c)) next = Math.max(next, c + 1);
  return int32Of(given, (c) => (c !== undefined && Number.isFinite(c) ? c : next++));
}
