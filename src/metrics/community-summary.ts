// One community at a glance: members ranked, papers, top authors, internal and external links.
import type { CoauthorGraph, ReadonlyEdgeKeySet } from "../graph/coauthor-graph.ts";

export interface CommunitySummary {
  community: number;
  /** Member author ids (those shown, when `visible` is given), highest score first, ties by id. */
  members: string[];
  /** Distinct papers with at least one member among their authors. */
  papers: number;
  /** The first `topCount` members. */
  topAuthors: string[];
  /** Collaborations with both ends in the community. */
  internalLinks: number;
  /** Collaborations with exactly one end in the community. */
  externalLinks: number;
}

export interface CommunitySummaryInput {
  graph: CoauthorGraph;
  /** The community of an author (undefined when it has none). */
  communityOf: (id: string) => number | undefined;
  /** Only these authors and collaborations count (what the filters show); all when omitted. */
  visible?: { nodes: ReadonlySet<string>; edges: ReadonlyEdgeKeySet };
  /** Paper ids of each author, for the paper count. */
  authorPapers?: ReadonlyMap<string, readonly string[]>;
  /** Ranks the members (higher first), e.g. PageRank. */
  score?: (id: string) => number;
  /** How many top authors to name (default 5). */
  topCount?: number;
}

/** The summary of community `community` among the shown authors and collaborations. */
export function communitySummary(
  input: CommunitySummaryInput,
  community: number,
): CommunitySummary {
  const { graph, communityOf, visible, authorPapers } = input;
  const score = input.score ?? (() => 0);
  const inside = new Set<string>();
  graph.forEachNode((id) => {
    if ((visible === undefined || visible.nodes.has(id)) && communityOf(id) === community)
      inside.add(id);
  });
  let internalLinks = 0;
  let externalLinks = 0;
  graph.forEachEdge((edge, _attributes, source, target) => {
    if (visible !== undefined && !visible.edges.has(edge)) return;
    const a = inside.has(source);
    const b = inside.has(target);
    if (a && b) internalLinks++;
    else if (a || b) externalLinks++;
  });
  const papers = new Set<string>();
  for (const id of inside) for (const p of authorPapers?.get(id) ?? []) papers.add(p);
  const members = [...inside].sort((x, y) => score(y) - score(x) || (x < y ? -1 : x > y ? 1 : 0));
  return {
    community,
    members,
    papers: papers.size,
    topAuthors: members.slice(0, input.topCount ?? 5),
    internalLinks,
    externalLinks,
  };
}

/** Number of shown authors in each community. */
export function communitySizes(
  graph: CoauthorGraph,
  communityOf: (id: string) => number | undefined,
  visible?: { nodes: ReadonlySet<string> },
): Map<number, number> {
  const sizes = new Map<number, number>();
  graph.forEachNode((id) => {
    if (visible !== undefined && !visible.nodes.has(id)) return;
    const c = communityOf(id);
    if (c !== undefined) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  });
  return sizes;
}
