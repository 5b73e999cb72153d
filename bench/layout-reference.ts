// What the layout's quality is measured against (issue 10): ForceAtlas2 as Gephi users get it
// (graphology-layout-forceatlas2 with inferSettings, 600 iterations, edge weights, seeded random
// start), and the corpora's coauthor graphs with the metrics' (Louvain) communities.
import { readFileSync } from "node:fs";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { corpusOf } from "../src/analysis/analyze.ts";
import { buildCoauthorGraph, type CoauthorGraphology } from "../src/graph/coauthor-graph.ts";
import { layoutInputFromGraph, type LayoutInput } from "../src/layout/layout-input.ts";
import { DEFAULT_COMMUNITY_OPTIONS, louvainCommunities } from "../src/metrics/communities.ts";
import { toCsr } from "../src/metrics/csr.ts";
import { mulberry32 } from "../src/metrics/mulberry32.ts";

/** The four corpora issue 10 measures layouts on (in ../shared/corpora). */
export const LAYOUT_CORPORA = [
  "krr.bib",
  "Zeta-Alpha_ICLR2021.json",
  "scopus.bib",
  "hep-th.gml",
] as const;

/** ForceAtlas2's iterations in the reference. */
export const FA2_ITERATIONS = 600;

export interface CorpusGraph {
  graph: CoauthorGraphology;
  /** The layout input, with the communities the metrics compute (Louvain, default options). */
  input: LayoutInput & { community: Int32Array };
}

/** Reads a corpus file into its coauthor graph and layout input with communities. */
export function readCorpusGraph(path: string): CorpusGraph {
  const name = path.split("/").pop() as string;
  const graph = buildCoauthorGraph(corpusOf([{ name, text: readFileSync(path, "utf8") }]));
  const csr = toCsr(graph);
  const { community } = louvainCommunities(graph, csr, DEFAULT_COMMUNITY_OPTIONS);
  const byId = new Map(csr.ids.map((id, i) => [id, community[i]]));
  const input = layoutInputFromGraph(graph, (id) => byId.get(id));
  return { graph, input: input as CorpusGraph["input"] };
}

/**
 * ForceAtlas2 positions (interleaved, in `ids` order) of `graph`: inferSettings, edge weights,
 * `iterations` iterations from seeded uniform positions in a square of side 1000.
 */
export function forceAtlas2Positions(
  graph: CoauthorGraphology,
  ids: readonly string[],
  iterations = FA2_ITERATIONS,
  seed = 1,
): Float64Array {
  const random = mulberry32(seed);
  const copy = graph.copy() as unknown as Parameters<typeof forceAtlas2>[0];
  copy.forEachNode((id) =>
    copy.mergeNodeAttributes(id, { x: random() * 1000, y: random() * 1000 }),
  );
  const layout = forceAtlas2(copy, {
    iterations,
    getEdgeWeight: "weight",
    settings: forceAtlas2.inferSettings(copy),
  });
  const xy = new Float64Array(2 * ids.length);
  ids.forEach((id, i) => {
    xy[2 * i] = layout[id].x;
    xy[2 * i + 1] = layout[id].y;
  });
  return xy;
}
