// Where the CLI's field run spends its time, stage by stage, in one process (main thread only):
//   npx tsx bench/field-stages.ts FILE [OUT.json] [--parse-only]
// Reads FILE as `coauthor-atlas analyze FILE --format json` does, then builds the field network,
// computes the metrics (Brandes in the worker threads) and writes the JSON report to /dev/null,
// printing the wall and main-thread CPU seconds of each stage and the heap after it.
import { cpuUsage, memoryUsage } from "node:process";
import { pumpChunks } from "../src/export/chunk-sink.ts";
import { reportJsonChunks } from "../src/export/json-stream.ts";
import { fileSink } from "../src/cli/output-sink.ts";
import { parseInputFile } from "../src/cli/read-input.ts";
import { createNodeBrandesRunner } from "../src/metrics/node-brandes-runner.ts";
import { createCorpusBuilder } from "../src/parse/corpus.ts";
import { computeFieldMetrics } from "../src/pipeline/field-metrics.ts";
import { buildFieldNetwork } from "../src/pipeline/field-network.ts";
import { fieldReport } from "../src/pipeline/field-report.ts";

async function stage<T>(name: string, body: () => Promise<T> | T): Promise<T> {
  const wall = performance.now();
  const cpu = cpuUsage();
  const value = await body();
  const used = cpuUsage(cpu);
  const heap = memoryUsage();
  console.error(
    `${name.padEnd(10)} wall ${((performance.now() - wall) / 1000).toFixed(2).padStart(6)} s  CPU ${((used.user + used.system) / 1e6).toFixed(2).padStart(6)} s  heap ${(heap.heapUsed / 2 ** 20).toFixed(0)} MB  rss ${(heap.rss / 2 ** 20).toFixed(0)} MB`,
  );
  return value;
}

const args = process.argv.slice(2).filter((a) => a !== "--parse-only");
const parseOnly = process.argv.includes("--parse-only");
const [file, out = "/dev/null"] = args;
const corpus = await stage("parse", async () => {
  const builder = createCorpusBuilder({ maxAuthors: 50 });
  builder.beginFile(file);
  const result = await parseInputFile(file, {
    sink: {
      owner: builder.addOwner,
      paper: (record) => builder.addPaper({ ...record, abstract: undefined }),
      dropsAbstracts: true,
    },
  });
  builder.endFile(result);
  return builder.finish();
});
if (parseOnly) process.exit(0);
const network = await stage("network", () => buildFieldNetwork(corpus));
const metrics = await stage("metrics", () =>
  computeFieldMetrics(network, createNodeBrandesRunner(), { paperCount: corpus.papers.length }),
);
await stage("json", async () => {
  const sink = fileSink(out);
  await pumpChunks(reportJsonChunks(fieldReport(corpus, network, metrics)), (c) => sink.write(c));
  await sink.close();
});
