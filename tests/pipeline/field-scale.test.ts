// The field-scale pipeline against the graphology one: the same report text on generated and real corpora, networkx values.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generate-corpus.ts";
import { corpusOf } from "../../src/analysis/analyze.ts";
import { joinChunks } from "../../src/export/chunk-sink.ts";
import { buildReport } from "../../src/export/json-report.ts";
import { reportJsonChunks } from "../../src/export/json-stream.ts";
import { buildCoauthorGraph, type ProjectionOptions } from "../../src/graph/coauthor-graph.ts";
import { syncBrandesRunner } from "../../src/metrics/betweenness.ts";
import {
  computeMetricsAsync,
  type MetricsOptionsInput,
} from "../../src/metrics/compute-metrics.ts";
import type { Corpus } from "../../src/model/types.ts";
import { computeFieldMetrics, fieldAuthorTable } from "../../src/pipeline/field-metrics.ts";
import { fieldJsonChunks } from "../../src/pipeline/field-json.ts";
import { buildFieldNetwork } from "../../src/pipeline/field-network.ts";
import { fieldReport } from "../../src/pipeline/field-report.ts";
import {
  maxDifference,
  readFixture,
  sharedCorpus,
  type NetworkxValues,
} from "../metrics/helpers.ts";
import { authorMetricsRecord } from "../../src/metrics/author-table.ts";
import { paperAuthorNodesOf } from "../../src/model/paper-author-nodes.ts";
import { createCorpusBuilder } from "../../src/parse/corpus.ts";

/** Both pipelines' JSON report of one corpus. */
async function bothReports(
  corpus: Corpus,
  projection: Partial<ProjectionOptions> = {},
  metrics: MetricsOptionsInput = {},
) {
  const options = { paperCount: corpus.papers.length, ...metrics };
  const graph = buildCoauthorGraph(corpus, projection);
  const old = await computeMetricsAsync(graph, syncBrandesRunner, options);
  const expected = `${JSON.stringify(buildReport(corpus, graph, old), null, 2)}\n`;
  const network = buildFieldNetwork(corpus, projection);
  const field = await computeFieldMetrics(network, syncBrandesRunner, options, {
    sampleWork: Infinity,
  });
  const actual = joinChunks(reportJsonChunks(fieldReport(corpus, network, field)));
  // The CLI's direct writer (papers and edges from the arrays) writes the same text.
  expect(joinChunks(fieldJsonChunks(corpus, network, field))).toBe(expected);
  return { expected, actual, old, field, network };
}

const generated = corpusOf([{ name: "gen.txt", text: generateCorpus({ papers: 3000, seed: 7 }) }]);

describe("field-scale pipeline = graphology pipeline (same report text)", () => {
  it("on a generated corpus of 3000 papers", async () => {
    const { expected, actual, old } = await bothReports(generated);
    expect(old.summary.authors).toBeGreaterThan(500);
    expect(old.summary.components).toBeGreaterThan(1);
    expect(actual).toBe(expected);
  });

  it("with fractional counting and a low --max-authors", async () => {
    const { expected, actual } = await bothReports(generated, {
      counting: "fractional",
      maxAuthors: 4,
    });
    expect(actual).toBe(expected);
  });

  it("with sampled betweenness (same sources drawn)", async () => {
    const { expected, actual, old } = await bothReports(
      generated,
      {},
      { betweenness: "sampled", samples: 120 },
    );
    expect(old.summary.betweenness.approximate).toBe(true);
    expect(actual).toBe(expected);
  });

  // Network files (GML, VOSviewer) go through the graphology pipeline in the CLI (their node
  // weights and clusters live on the graph), so only bibliographies are compared here.
  it.each([
    "dblp.bib",
    "scopus.ris",
    "krr.bib",
    "wos-bruna.txt",
    "pubmed-mcr.txt",
    "scopus-pybibx.csv",
  ])("on the real corpus %s", async (name) => {
    const path = sharedCorpus(name);
    if (path === null) return;
    const corpus = corpusOf([{ name, text: readFileSync(path, "utf8") }]);
    const { expected, actual, old } = await bothReports(corpus);
    expect(old.summary.coauthorships).toBeGreaterThan(0);
    expect(actual).toBe(expected);
  });

  it("above the graphology Louvain limit: the CSR Louvain's communities, everything else equal", async () => {
    const options = { paperCount: generated.papers.length };
    const graph = buildCoauthorGraph(generated);
    const old = await computeMetricsAsync(graph, syncBrandesRunner, options);
    const network = buildFieldNetwork(generated);
    const field = await computeFieldMetrics(network, syncBrandesRunner, options, {
      graphologyLouvainMaxEdges: 0,
    });
    const record = authorMetricsRecord(fieldAuthorTable(network, field));
    const oldRecord = authorMetricsRecord(old.authors);
    for (const id of network.ids) {
      expect({ ...record[id], community: 0 }).toEqual({ ...oldRecord[id], community: 0 });
    }
    // Louvain is a heuristic: a different implementation finds a partition as good, not the same one.
    expect(field.summary.modularity).toBeGreaterThan(old.summary.modularity - 0.01);
  });
});

describe("the field network's paper author indices", () => {
  const arraysOf = (network: ReturnType<typeof buildFieldNetwork>) => {
    const { ids, names, clusters, csr, ...arrays } = network;
    return { ids, names, clusters, arrays, csr: { ...csr } };
  };

  it("are noted by the corpus builder and give the network the ids give", () => {
    const noted = paperAuthorNodesOf(generated);
    expect(noted).not.toBeNull();
    // By hand for the first paper: its author ids' places in the author list.
    const places = generated.papers[0].authors.map((id) =>
      generated.authors.findIndex((a) => a.id === id),
    );
    expect(Array.from(noted!.nodes.subarray(noted!.offsets[0], noted!.offsets[1]))).toEqual(places);
    // A corpus with a new paper list (as windowing or a cut makes) has none: ids are looked up.
    const copy = { ...generated, papers: [...generated.papers] };
    expect(paperAuthorNodesOf(copy)).toBeNull();
    expect(paperAuthorNodesOf({ ...generated, authors: [...generated.authors] })).toBeNull();
    expect(arraysOf(buildFieldNetwork(copy))).toEqual(arraysOf(buildFieldNetwork(generated)));
  });

  it("are not noted once an identifier joined two keys (the ids decide)", async () => {
    const text = [
      "TY  - JOUR",
      "TI  - One",
      "AU  - Lee, Ann",
      "AU  - Chen, Bo",
      "ER  - ",
      "TY  - JOUR",
      "TI  - Two",
      "AU  - Chen, Bo",
      "AU  - Wu, Cy",
      "ER  - ",
      "",
    ].join("\n");
    const plain = corpusOf([{ name: "a.ris", text }]);
    expect(paperAuthorNodesOf(plain)).not.toBeNull();
    const builder = createCorpusBuilder();
    builder.beginFile("b.txt");
    const ann = { name: "Ann Lee", key: "lee ann" };
    const annOrcid = { name: "Ann Lee", key: "orcid:0000-0001", ids: { orcid: "0000-0001" } };
    const annBoth = { name: "Ann Lee", key: "lee ann", ids: { orcid: "0000-0001" } };
    const bo = { name: "Bo Chen", key: "chen bo" };
    const cy = { name: "Cy Wu", key: "wu cy" };
    builder.addPaper({ title: "One", authors: [annOrcid, bo], line: 1 });
    builder.addPaper({ title: "Two", authors: [ann, cy], line: 2 });
    builder.addPaper({ title: "Three", authors: [annBoth, cy, bo], line: 3 });
    builder.endFile({ file: "b.txt", format: "profile", papers: [], warnings: [] });
    const aliased = builder.finish();
    expect(paperAuthorNodesOf(aliased)).toBeNull();
    const { expected, actual, network } = await bothReports(aliased);
    expect(actual).toBe(expected);
    expect(network.ids.length).toBe(aliased.authors.length);
  });

  it("with links on top of papers: the links' weights join the papers' edges, new pairs follow", async () => {
    const links = [
      // A pair the papers have (weight added), a new pair, the same new pair reversed, a loop.
      {
        source: generated.papers[0].authors[1],
        target: generated.papers[0].authors[0],
        weight: 2.5,
      },
      { source: generated.authors[3].id, target: generated.authors[400].id, weight: 1 },
      { source: generated.authors[400].id, target: generated.authors[3].id, weight: 0.5 },
      { source: generated.authors[5].id, target: generated.authors[5].id, weight: 9 },
    ];
    const linked = { ...generated, links };
    const { expected, actual, network } = await bothReports(linked);
    expect(actual).toBe(expected);
    const plain = buildFieldNetwork(generated);
    expect(network.edgeSource.length).toBe(plain.edgeSource.length + 1);
    const last = network.edgeSource.length - 1;
    expect([network.edgeSource[last], network.edgeTarget[last], network.edgeWeight[last]]).toEqual([
      3, 400, 1.5,
    ]);
    expect(network.edgeWeight[0]).toBe(plain.edgeWeight[0] + 2.5);
  });
});

describe("field-scale metrics on the networkx fixtures", () => {
  it.each(["seed-profile.json", "corpus-2k.json", "disconnected.json"])("%s", async (name) => {
    const fixture = readFixture(name);
    // A network file's links as a corpus: authors in fixture order, one link per edge.
    const corpus: Corpus = {
      papers: [],
      authors: fixture.nodes.map((id) => ({ id, name: id, variants: [] })),
      links: fixture.edges.map(([source, target, weight]) => ({
        source,
        target,
        weight: weight ?? 1,
      })),
      owners: [],
      files: [],
      warnings: [],
    };
    const network = buildFieldNetwork(corpus);
    const field = await computeFieldMetrics(network, syncBrandesRunner);
    const record = authorMetricsRecord(fieldAuthorTable(network, field));
    const tolerance: Record<keyof NetworkxValues, number> = {
      betweenness: 1e-6,
      closeness: 1e-6,
      eigenvector: 1e-4,
      pagerank: 1e-4,
    };
    for (const metric of Object.keys(tolerance) as (keyof NetworkxValues)[]) {
      const actual = Object.fromEntries(network.ids.map((id) => [id, record[id][metric]]));
      expect(maxDifference(actual, fixture[metric]), metric).toBeLessThan(tolerance[metric]);
    }
  });
});

describe("field-scale PageRank above pagerankExactAbove", () => {
  it("is the PageRank fixed point to 1e-10 (networkx's n·1e-6 stop is far looser at field scale)", async () => {
    const network = buildFieldNetwork(generated);
    const field = await computeFieldMetrics(
      network,
      syncBrandesRunner,
      {},
      {
        pagerankExactAbove: 0,
      },
    );
    const { offsets, targets, weights } = network.csr;
    const n = offsets.length - 1;
    const x = field.pagerank;
    const strength = new Float64Array(n);
    for (let v = 0; v < n; v++)
      for (let e = offsets[v]; e < offsets[v + 1]; e++) strength[v] += weights[e];
    let dangling = 0;
    for (let v = 0; v < n; v++) if (strength[v] === 0) dangling += x[v];
    let worst = 0;
    let total = 0;
    for (let v = 0; v < n; v++) {
      let sum = 0;
      for (let e = offsets[v]; e < offsets[v + 1]; e++)
        sum += (x[targets[e]] / strength[targets[e]]) * weights[e];
      const expected = 0.85 * (sum + dangling / n) + 0.15 / n;
      worst = Math.max(worst, Math.abs(expected - x[v]));
      total += x[v];
    }
    expect(worst).toBeLessThan(1e-10);
    expect(total).toBeCloseTo(1, 12);
  });
});
