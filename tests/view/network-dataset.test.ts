// A network file in the page's dataset: coauthors by link weight, the pair's link and its file.
import { describe, expect, it } from "vitest";
import { fileLinkBetween } from "../../src/graph/network-nodes.ts";
import { coauthorsOf, createDataset, pairPapers } from "../../src/view/dataset.ts";
import { runPipeline } from "../../src/worker/pipeline.ts";

// B is linked to A with weight 1, C with 4, D with 2.5; E is isolated.
const GML = `graph [
  node [ id 1 label "ALPHA, A" ]
  node [ id 2 label "BRAVO, B" ]
  node [ id 3 label "CHARLIE, C" ]
  node [ id 4 label "DELTA, D" ]
  node [ id 5 label "ECHO, E" ]
  edge [ source 2 target 1 weight 1 ]
  edge [ source 2 target 3 weight 4 ]
  edge [ source 2 target 4 weight 2.5 ]
]`;

const dataset = createDataset(runPipeline([{ name: "net.gml", text: GML }]));

describe("a network file in the dataset", () => {
  it("lists coauthors by link weight when no papers are shared", () => {
    expect(coauthorsOf(dataset, "b bravo").map((c) => `${c.name}:${c.shared}:${c.weight}`)).toEqual(
      ["C. Charlie:0:4", "D. Delta:0:2.5", "A. Alpha:0:1"],
    );
  });

  it("knows the file and weight of a link without papers", () => {
    expect(pairPapers(dataset, "b bravo", "d delta")).toEqual([]);
    expect(fileLinkBetween(dataset.corpus, "d delta", "b bravo")).toEqual({
      weight: 2.5,
      file: "net.gml",
    });
  });

  it("keeps every author, the isolated one too, with a finite position", () => {
    expect(Object.keys(dataset.positions).sort()).toEqual([
      "a alpha",
      "b bravo",
      "c charlie",
      "d delta",
      "e echo",
    ]);
    for (const p of Object.values(dataset.positions)) expect(Number.isFinite(p.x)).toBe(true);
  });
});
