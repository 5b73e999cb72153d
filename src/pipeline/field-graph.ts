// A field network (usually cut down) as the graphology coauthor graph the scene and map exports draw.
import Graph from "graphology";
import { edgeKey, type CoauthorGraphology } from "../graph/coauthor-graph.ts";
import type { FieldPart } from "./field-cut.ts";

/**
 * The graph `buildCoauthorGraph` would give for this network: same nodes and attributes, same
 * edges in the same order with their weights and paper ids. One object per edge: for networks a
 * map can show, not for a whole field.
 */
export function toCoauthorGraph({ corpus, network }: FieldPart): CoauthorGraphology {
  const graph: CoauthorGraphology = new Graph({
    type: "undirected",
    multi: false,
    allowSelfLoops: false,
  });
  network.ids.forEach((id, v) =>
    graph.addNode(id, {
      name: network.names[v],
      papers: network.paperCounts[v],
      owner: network.owner[v] === 1,
    }),
  );
  for (let e = 0; e < network.edgeSource.length; e++) {
    const source = network.ids[network.edgeSource[e]];
    const target = network.ids[network.edgeTarget[e]];
    const papers: string[] = [];
    for (let k = network.edgePaperOffsets[e]; k < network.edgePaperOffsets[e + 1]; k++)
      papers.push(corpus.papers[network.edgePapers[k]].id);
    graph.addEdgeWithKey(edgeKey(source, target), source, target, {
      weight: network.edgeWeight[e],
      papers,
    });
  }
  return graph;
}
