// View filters over the coauthor graph: which authors and collaborations are shown.
import { createEdgeKeySet, type CoauthorGraph, type EdgeKeySet } from "./coauthor-graph.ts";
import { normalizeYearRange, yearInRange } from "./year-range.ts";

export interface FilterOptions {
  /**
   * Authors with fewer papers (in the year range, when one is set) are hidden, except authors
   * read from network files (GML, GEXF, GraphML, VOSviewer), which often have no papers at all:
   * a network file is drawn whole.
   */
  minPapers: number;
  /** Collaborations with fewer shared papers (in the year range) are hidden. */
  minWeight: number;
  /** Inclusive year range (an inverted one is swapped). */
  yearFrom?: number;
  yearTo?: number;
  /** Papers without a year count while a range is set (they cannot be placed in time). */
  includeUndated: boolean;
  /**
   * Authors with fewer coauthors are hidden. Degree is counted on the current graph, as Gephi's
   * "Degree range" filter does: among the authors and collaborations the year, papers and shared
   * papers filters leave, in one pass (an author whose coauthor this filter hides keeps its place,
   * even if it now has fewer shown coauthors). 0 keeps all.
   */
  minDegree: number;
  /**
   * Connected components with fewer authors are hidden, counted after the filters above (and
   * the minimum degree). 1 keeps all.
   */
  minComponent: number;
  /** Keep only the largest connected component of what remains. */
  largestComponent: boolean;
  /** Keep only authors within `egoHops` hops of `egoCenter` (the center always stays). */
  egoCenter?: string;
  egoHops: number;
  /** Keep only the `topN` authors with the highest score (0 keeps all). */
  topN: number;
  /** Keep only the authors of this community (`context.communityOf` tells them). */
  community?: number;
}

export const DEFAULT_FILTER_OPTIONS: FilterOptions = {
  minPapers: 1,
  minWeight: 1,
  minDegree: 0,
  minComponent: 1,
  largestComponent: false,
  includeUndated: true,
  egoHops: 1,
  topN: 0,
};

/** Data the filters read besides the graph. */
export interface FilterContext {
  /** Year of each paper id, when known (needed for a year range). */
  paperYears?: ReadonlyMap<string, number>;
  /** Paper ids of each author (needed for a year range). */
  authorPapers?: ReadonlyMap<string, readonly string[]>;
  /** Score used by `topN` (higher first); ties keep graph order. */
  score?: (id: string) => number;
  /** Community of each author (needed for `community`). */
  communityOf?: (id: string) => number | undefined;
}

/** What is shown: author ids and edge keys (an edge is kept only with both its ends). */
export interface FilterResult {
  nodes: Set<string>;
  edges: EdgeKeySet;
}

/** Connected components of the subgraph induced by `nodes` and `edges`, in discovery order. */
function components(graph: CoauthorGraph, nodes: Set<string>, edges: EdgeKeySet): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const start of graph.nodes()) {
    if (!nodes.has(start) || seen.has(start)) continue;
    const component = [start];
    seen.add(start);
    for (let i = 0; i < component.length; i++)
      graph.forEachEdge(component[i], (edge, _a, source, target) => {
        const other = source === component[i] ? target : source;
        if (edges.has(edge) && nodes.has(other) && !seen.has(other)) {
          seen.add(other);
          component.push(other);
        }
      });
    out.push(component);
  }
  return out;
}

function keepEdgesWithin(graph: CoauthorGraph, nodes: Set<string>, edges: EdgeKeySet): void {
  for (const edge of [...edges])
    if (!nodes.has(graph.source(edge)) || !nodes.has(graph.target(edge))) edges.delete(edge);
}

/**
 * Applies the filters in this order: year range, minimum papers (neither hides an author of a
 * network file) and community, minimum shared papers (a network link counts as its weight, at least 1), minimum
 * degree, minimum component size, largest component, ego network, top N. Returns the visible authors and collaborations; the graph is
 * not modified.
 */
export function filterGraph(
  graph: CoauthorGraph,
  options: Partial<FilterOptions> = {},
  context: FilterContext = {},
): FilterResult {
  const o: FilterOptions = { ...DEFAULT_FILTER_OPTIONS, ...options };
  const range = normalizeYearRange({ from: o.yearFrom, to: o.yearTo });
  const ranged = o.yearFrom !== undefined || o.yearTo !== undefined;
  const years = context.paperYears;
  if (ranged && (!years || !context.authorPapers))
    throw new Error("coauthor-atlas/graph: a year range needs paperYears and authorPapers");
  const countInRange = (papers: readonly string[]) =>
    papers.reduce((n, id) => n + (yearInRange(years?.get(id), range, o.includeUndated) ? 1 : 0), 0);

  const inCommunity = (id: string) =>
    o.community === undefined || context.communityOf?.(id) === o.community;
  const nodes = new Set<string>();
  graph.forEachNode((id, attributes) => {
    if (attributes.network === true) {
      if (inCommunity(id)) nodes.add(id);
      return;
    }
    const papers = ranged ? countInRange(context.authorPapers?.get(id) ?? []) : attributes.papers;
    if (papers >= o.minPapers && inCommunity(id)) nodes.add(id);
  });

  // Links read from network files have a weight and no papers: their weight stands for papers,
  // and a link is at least one collaboration (Newman's fractional weights are often below 1).
  const edgePasses = (attributes: { weight: number; papers: string[] }) => {
    const shared =
      attributes.papers.length === 0
        ? Math.max(1, attributes.weight)
        : ranged
          ? countInRange(attributes.papers)
          : attributes.papers.length;
    return shared >= o.minWeight && shared > 0;
  };
  const edges = createEdgeKeySet(graph);
  graph.forEachEdge((edge, attributes, source, target) => {
    if (nodes.has(source) && nodes.has(target) && edgePasses(attributes)) edges.add(edge);
  });

  if (o.minDegree > 0) {
    const degree = new Map<string, number>();
    for (const edge of edges) {
      const a = graph.source(edge);
      const b = graph.target(edge);
      degree.set(a, (degree.get(a) ?? 0) + 1).set(b, (degree.get(b) ?? 0) + 1);
    }
    for (const id of [...nodes]) if ((degree.get(id) ?? 0) < o.minDegree) nodes.delete(id);
    keepEdgesWithin(graph, nodes, edges);
  }

  if (o.minComponent > 1) {
    for (const component of components(graph, nodes, edges))
      if (component.length < o.minComponent) for (const id of component) nodes.delete(id);
    keepEdgesWithin(graph, nodes, edges);
  }

  if (o.largestComponent && nodes.size > 0) {
    let largest: string[] = [];
    for (const component of components(graph, nodes, edges))
      if (component.length > largest.length) largest = component;
    const keep = new Set(largest);
    for (const id of [...nodes]) if (!keep.has(id)) nodes.delete(id);
    keepEdgesWithin(graph, nodes, edges);
  }

  if (o.egoCenter !== undefined && graph.hasNode(o.egoCenter)) {
    const center = o.egoCenter;
    // The center stays even when another filter hid it, with its edges to the shown authors.
    if (!nodes.has(center)) {
      graph.forEachEdge(center, (edge, attributes, source, target) => {
        const other = source === center ? target : source;
        if (nodes.has(other) && edgePasses(attributes)) edges.add(edge);
      });
      nodes.add(center);
    }
    const depth = new Map<string, number>([[center, 0]]);
    const queue = [center];
    for (let i = 0; i < queue.length; i++) {
      const id = queue[i];
      const d = depth.get(id) as number;
      if (d >= o.egoHops) continue;
      graph.forEachEdge(id, (edge, _a, source, target) => {
        const other = source === id ? target : source;
        if (edges.has(edge) && nodes.has(other) && !depth.has(other)) {
          depth.set(other, d + 1);
          queue.push(other);
        }
      });
    }
    nodes.clear();
    for (const id of depth.keys()) nodes.add(id);
    keepEdgesWithin(graph, nodes, edges);
  }

  if (o.topN > 0 && nodes.size > o.topN) {
    const score = context.score ?? ((id: string) => graph.getNodeAttribute(id, "papers"));
    const order = [...nodes];
    const position = new Map(order.map((id, i) => [id, i]));
    order.sort(
      (a, b) => score(b) - score(a) || (position.get(a) as number) - (position.get(b) as number),
    );
    const keep = new Set(order.slice(0, o.topN));
    if (o.egoCenter !== undefined && nodes.has(o.egoCenter)) keep.add(o.egoCenter);
    nodes.clear();
    for (const id of keep) nodes.add(id);
    keepEdgesWithin(graph, nodes, edges);
  }

  return { nodes, edges };
}
