// The compact network the worker posts: rebuilt on the page, it equals the projection of the corpus.
import { describe, expect, it } from "vitest";
import { buildCoauthorGraph, type CoauthorGraph } from "../../src/graph/coauthor-graph.ts";
import type { Corpus, Paper } from "../../src/model/types.ts";
import { createDataset, createDatasetAsync } from "../../src/view/dataset.ts";
import { compactNetwork, indexedGraphOf } from "../../src/worker/compact-network.ts";
import { runPipeline } from "../../src/worker/pipeline.ts";

const paper = (id: string, authors: string[]): Paper => ({ id, title: id, authors }) as Paper;
// a–b share p1 and p2; p2 (b, a, c) adds b–c then a–c; a link adds c–d (weight 2, no paper).
const corpus = {
  owners: ["a"],
  authors: ["a", "b", "c", "d"].map((id) => ({ id, name: id.toUpperCase(), variants: [] })),
  papers: [paper("p1", ["a", "b"]), paper("p2", ["b", "a", "c"]), paper("p3", ["d"])],
  links: [{ source: "c", target: "d", weight: 2 }],
  files: [],
  warnings: [],
} as unknown as Corpus;

function dump(graph: CoauthorGraph) {
  return {
    nodes: graph.mapNodes((id, a) => [id, a]),
    edges: graph.mapEdges((key, a, s, t) => [key, s, t, a.weight, a.papers]),
  };
}

describe("compactNetwork / indexedGraphOf", () => {
  const graph = buildCoauthorGraph(corpus);
  const network = compactNetwork(graph, corpus);

  it("stores edges as indices with paper offsets", () => {
    expect([...network.sources]).toEqual([0, 1, 0, 2]);
    expect([...network.targets]).toEqual([1, 2, 2, 3]);
    expect([...network.weights]).toEqual([2, 1, 1, 2]);
    expect([...network.paperOffsets]).toEqual([0, 2, 3, 4, 4]);
    expect([...network.paperIndex]).toEqual([0, 1, 1, 1]);
    expect([...network.nodePapers]).toEqual([2, 2, 1, 1]);
    expect([...network.owners]).toEqual([1, 0, 0, 0]);
  });

  it("reads back as the same graph: nodes, edges, keys and attributes in order", () => {
    expect(dump(indexedGraphOf(network, graph.nodes(), corpus))).toEqual(dump(graph));
  });
});

describe("createDataset from a pipeline result with a compact network", () => {
  const text = [
    "Alpha, Ann",
    "One",
    "Alpha, Ann, Beta, Bob",
    "x",
    "Two",
    "Beta, Bob, Gamma, Gil",
    "y",
  ];
  const result = runPipeline([{ name: "p.txt", text: text.join("\n") }], {
    layout: { iterations: 5 },
  });

  it("has the graph the corpus projects to, with a lazily built search index", async () => {
    expect(result.network).toBeDefined();
    const expected = dump(buildCoauthorGraph(result.corpus));
    expect(dump(createDataset(result).graph)).toEqual(expected);
    const dataset = await createDatasetAsync(result, {}, () => Promise.resolve());
    expect(dump(dataset.graph)).toEqual(expected);
    expect(dataset.search).toBe(dataset.search);
  });
});
