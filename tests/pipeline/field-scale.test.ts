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
