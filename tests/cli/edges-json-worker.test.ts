// The edges section written in a worker thread: the same bytes as the report written in one thread.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generate-corpus.ts";
import { corpusOf } from "../../src/analysis/analyze.ts";
import { DEFAULT_ANALYZE_OPTIONS } from "../../src/cli/args.ts";
import { edgesJsonInWorker } from "../../src/cli/edges-json-in-worker.ts";
import { runFieldAnalysis } from "../../src/cli/field-run.ts";
import { callbackSink } from "../../src/cli/output-sink.ts";
import { joinChunks } from "../../src/export/chunk-sink.ts";
import { syncBrandesRunner } from "../../src/metrics/betweenness.ts";
import type { Corpus } from "../../src/model/types.ts";
import { fieldJsonChunks, fieldJsonParts } from "../../src/pipeline/field-json.ts";
import { computeFieldMetrics } from "../../src/pipeline/field-metrics.ts";
import { buildFieldNetwork } from "../../src/pipeline/field-network.ts";

async function bothTexts(corpus: Corpus) {
  const network = buildFieldNetwork(corpus);
  const metrics = await computeFieldMetrics(network, syncBrandesRunner, {
    paperCount: corpus.papers.length,
  });
  const parts = fieldJsonParts(corpus, network, metrics);
  const pieces: Uint8Array[] = [];
  for await (const bytes of edgesJsonInWorker(parts.edges)) pieces.push(bytes);
  const inWorker =
    joinChunks(parts.head) + Buffer.concat(pieces).toString("utf8") + joinChunks(parts.tail);
  return { inWorker, here: joinChunks(fieldJsonChunks(corpus, network, metrics)), network };
}

describe("edgesJsonInWorker", () => {
  it("writes a generated corpus's report byte for byte as one thread does", async () => {
    const corpus = corpusOf([{ name: "gen.txt", text: generateCorpus({ papers: 3000, seed: 7 }) }]);
    const { inWorker, here, network } = await bothTexts(corpus);
    expect(network.edgeSource.length).toBeGreaterThan(5000);
    expect(inWorker).toBe(here);
    const report = JSON.parse(inWorker) as { edges: unknown[] };
    expect(report.edges.length).toBe(network.edgeSource.length);
  });

  it("writes an empty edges section and non-ASCII, quoted ids the same way", async () => {
    const text = 'Ødegård, Åsa\nA "quoted" title\nØdegård, Åsa\nAn abstract.\n';
    const single = corpusOf([{ name: "one.txt", text }]);
    const none = await bothTexts(single);
    expect(none.network.edgeSource.length).toBe(0);
    expect(none.inWorker).toBe(none.here);
    expect(JSON.parse(none.inWorker).edges).toEqual([]);
    const pair = corpusOf([
      {
        name: "two.txt",
        text: 'Ødegård, Åsa\nA "quoted" title\nØdegård, Åsa, Lee, Bo "B"\nAn abstract.\n',
      },
    ]);
    const one = await bothTexts(pair);
    expect(one.network.edgeSource.length).toBe(1);
    expect(one.inWorker).toBe(one.here);
  });
});

describe("runFieldAnalysis --format json", () => {
  it("writes the same file with the edges section in a worker as without", async () => {
    const dir = mkdtempSync(join(tmpdir(), "atlas-edges-json-"));
    const corpus = corpusOf([{ name: "gen.txt", text: generateCorpus({ papers: 800, seed: 3 }) }]);
    const run = async (minWorkerEdges: number, out: string) => {
      await runFieldAnalysis(
        corpus,
        { ...DEFAULT_ANALYZE_OPTIONS, files: ["gen.txt"], format: "json", out },
        {
          runner: syncBrandesRunner,
          stdout: callbackSink(() => {}),
          warn: () => {},
          minWorkerEdges,
        },
      );
      return readFileSync(out, "utf8");
    };
    const withWorker = await run(0, join(dir, "worker.json"));
    const without = await run(Infinity, join(dir, "here.json"));
    expect(withWorker).toBe(without);
    expect(JSON.parse(withWorker).edges.length).toBeGreaterThan(1000);
  });
});
