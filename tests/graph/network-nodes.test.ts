// Network files drawn whole: node data kept, no papers filter hides their authors, file layout scaled.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildCoauthorGraph } from "../../src/graph/coauthor-graph.ts";
import { filterGraph } from "../../src/graph/filters.ts";
import {
  citationsOf,
  documentsOf,
  fileClusters,
  fileLayoutPositions,
  fileLinkBetween,
} from "../../src/graph/network-nodes.ts";
import { buildCorpus } from "../../src/parse/corpus.ts";
import { parseFile } from "../../src/parse/detect.ts";
import { applyMerges } from "../../src/parse/merge-suggestions.ts";
import { compactNetwork, indexedGraphOf } from "../../src/worker/compact-network.ts";
import { sharedCorpus } from "../metrics/helpers.ts";

const VOS = JSON.stringify({
  network: {
    items: [
      {
        id: 1,
        label: "abbasi, a",
        x: 1,
        y: 2,
        cluster: 2,
        weights: { Documents: 3, Citations: 124 },
      },
      { id: 2, label: "ahlgren, p", x: -1, y: 0, cluster: 1, weights: { Documents: 4 } },
      { id: 3, label: "lonely, l", x: 0, y: -2, cluster: 1 },
    ],
    links: [{ source_id: 1, target_id: 2, strength: 5 }],
  },
});

const GML = `graph [
  node [ id 0 label "ABRAMSON, G" ]
  node [ id 1 label "KUPERMAN, M" ]
  node [ id 2 label "ISOLATED, X" ]
  edge [ source 0 target 1 value 2.5 ]
  edge [ source 1 target 2 value 0.25 ]
]`;

const PROFILE = `Kuperman, Marcelo
A paper
Kuperman, M., Other, Person
An abstract.
`;

describe("network files in the corpus", () => {
  const corpus = buildCorpus([parseFile(VOS, "joi.json"), parseFile(GML, "net.gml")]);

  it("lists every network author with its file and node data", () => {
    const nodes = corpus.networkAuthors ?? {};
    expect(Object.keys(nodes).sort()).toEqual(
      ["a abbasi", "p ahlgren", "l lonely", "g abramson", "m kuperman", "x isolated"].sort(),
    );
    expect(nodes["a abbasi"]).toEqual({
      file: "joi.json",
      x: 1,
      y: 2,
      cluster: 2,
      weights: { Documents: 3, Citations: 124 },
    });
    expect(nodes["g abramson"]).toEqual({ file: "net.gml" });
    expect(documentsOf(nodes["a abbasi"])).toBe(3);
    expect(citationsOf(nodes["a abbasi"])).toBe(124);
    expect(documentsOf(nodes["l lonely"])).toBeUndefined();
  });

  it("remembers the file of each link", () => {
    expect(fileLinkBetween(corpus, "p ahlgren", "a abbasi")).toEqual({
      weight: 5,
      file: "joi.json",
    });
    expect(fileLinkBetween(corpus, "g abramson", "m kuperman")).toEqual({
      weight: 2.5,
      file: "net.gml",
    });
    expect(fileLinkBetween(corpus, "a abbasi", "l lonely")).toBeNull();
    expect(fileLinkBetween(corpus, "x isolated", "m kuperman")?.weight).toBe(0.25);
  });

  it("takes VOSviewer documents as papers, and no papers filter hides a network author", () => {
    const graph = buildCoauthorGraph(corpus);
    expect(graph.getNodeAttribute("a abbasi", "papers")).toBe(3);
    expect(graph.getNodeAttribute("g abramson", "papers")).toBe(0);
    expect(graph.getNodeAttribute("x isolated", "network")).toBe(true);
    expect(filterGraph(graph).nodes.size).toBe(6);
    expect(filterGraph(graph, { minPapers: 10 }).nodes.size).toBe(6);
    // A link's weight stands for its papers, at least one: 0.25 passes 1; 2.5 passes 2, fails 3;
    // the JOI link (strength 5) passes 3.
    expect(filterGraph(graph).edges.size).toBe(3);
    expect(filterGraph(graph, { minWeight: 2 }).edges.size).toBe(2);
    expect(filterGraph(graph, { minWeight: 3 }).edges.size).toBe(1);
  });

  it("keeps the flag through the worker's compact network", () => {
    const graph = buildCoauthorGraph(corpus);
    const again = indexedGraphOf(compactNetwork(graph, corpus), graph.nodes(), corpus);
    expect(filterGraph(again, { minPapers: 5 }).nodes.size).toBe(6);
  });

  it("still hides authors of paper files by their papers", () => {
    const mixed = buildCorpus([parseFile(GML, "net.gml"), parseFile(PROFILE, "me.txt")]);
    const graph = buildCoauthorGraph(mixed);
    const shown = filterGraph(graph, { minPapers: 2 }).nodes;
    // Kuperman is in the GML file (kept), Other has one paper (hidden).
    expect([...shown].sort()).toEqual(["g abramson", "m kuperman", "x isolated"]);
  });

  it("keeps network authors through merges", () => {
    const merged = applyMerges(corpus, [{ keep: "g abramson", merge: "x isolated" }]);
    expect(Object.keys(merged.networkAuthors ?? {})).not.toContain("x isolated");
    expect(merged.networkAuthors?.["g abramson"]?.file).toBe("net.gml");
  });

  it("uses the file's clusters only when every author has one", () => {
    const vos = buildCorpus([parseFile(VOS, "joi.json")]);
    expect([...(fileClusters(vos, ["a abbasi", "p ahlgren", "l lonely"]) ?? [])]).toEqual([
      2, 1, 1,
    ]);
    expect(fileClusters(corpus, ["a abbasi", "g abramson"])).toBeNull();
  });
});

describe("fileLayoutPositions", () => {
  it("centres, flips y and scales to RMS radius spread·√n", () => {
    const corpus = buildCorpus([parseFile(VOS, "joi.json")]);
    const ids = ["a abbasi", "p ahlgren", "l lonely"];
    const xy = fileLayoutPositions(corpus, ids, { spread: 10 }) as Float64Array;
    // File positions (1, 2), (−1, 0), (0, −2); y flipped: (1, −2), (−1, 0), (0, 2); centroid (0, 0).
    // RMS radius √((5 + 1 + 4) / 3) = √(10/3); target 10·√3; scale = 10·√3 / √(10/3) = 3√10.
    const s = 3 * Math.sqrt(10);
    const expected = [1 * s, -2 * s, -1 * s, 0, 0, 2 * s];
    expected.forEach((v, i) => expect(xy[i]).toBeCloseTo(v, 9));
  });

  it("is null without positions, NaN for an author without one", () => {
    const gml = buildCorpus([parseFile(GML, "net.gml")]);
    expect(fileLayoutPositions(gml, ["g abramson"])).toBeNull();
    const mixed = buildCorpus([parseFile(VOS, "joi.json"), parseFile(GML, "net.gml")]);
    const xy = fileLayoutPositions(mixed, ["a abbasi", "g abramson"]) as Float64Array;
    expect(Number.isNaN(xy[2])).toBe(true);
    expect(Number.isFinite(xy[0])).toBe(true);
  });
});

describe("real network files are drawn whole by the default filters", () => {
  for (const [file, authors] of [
    ["netscience.gml", 1589],
    ["hep-th.gml", 8361],
    ["JOI_2007-2016_co-authorship_network.json", 252],
  ] as const)
    it(`${file}: ${authors} authors shown`, () => {
      const path = sharedCorpus(file);
      if (path === null) return;
      const corpus = buildCorpus([parseFile(readFileSync(path, "utf8"), file)]);
      const graph = buildCoauthorGraph(corpus);
      const shown = filterGraph(graph);
      expect(shown.nodes.size).toBe(authors);
      expect(shown.edges.size).toBe(graph.size);
      expect(filterGraph(graph, { minPapers: 3 }).nodes.size).toBe(authors);
    });
});
