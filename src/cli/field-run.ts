// The CLI's analysis after reading: field network, cuts, typed-array metrics, output streamed to a file or stdout.
import { pumpChunks } from "../export/chunk-sink.ts";
import { authorsCsvChunks, edgesCsvChunks } from "../export/csv-tables.ts";
import type { ReportAuthor } from "../export/json-report.ts";
import { fieldJsonChunks, fieldJsonParts } from "../pipeline/field-json.ts";
import type { BrandesRunner, ProgressCallback } from "../metrics/betweenness.ts";
import type { Corpus } from "../model/types.ts";
import { yearSpan } from "../graph/years.ts";
import {
  findAuthor,
  inducedSubnetwork,
  keepEgo,
  keepLargestComponent,
  keepMinPapers,
  keepTop,
  type FieldPart,
} from "../pipeline/field-cut.ts";
import { toCoauthorGraph } from "../pipeline/field-graph.ts";
import {
  computeFieldMetrics,
  fieldAuthorTable,
  type FieldMetrics,
} from "../pipeline/field-metrics.ts";
import { buildFieldNetwork } from "../pipeline/field-network.ts";
import { fieldReport } from "../pipeline/field-report.ts";
import type { AnalyzeOptions } from "./args.ts";
import { edgesJsonAppender, edgesJsonInWorker } from "./edges-json-in-worker.ts";
import { engineTablePaths, writeEngineCsv, writeEngineParquet } from "./engine-tables.ts";
import { edgesCsvPath, writeMapOutput } from "./outputs.ts";
import { fileSink, type OutputSink } from "./output-sink.ts";
import { formatTable } from "./table.ts";
import { metricsAtRow } from "../metrics/author-table.ts";

export interface FieldRunContext {
  runner: BrandesRunner;
  /** Standard output when there is no `--out`. */
  stdout: OutputSink;
  warn: (message: string) => void;
  onProgress?: ProgressCallback;
  /** From this many edges the JSON report's edges section is written in a worker thread. */
  minWorkerEdges?: number;
}

/** Edges from which the edges section is worth a worker (starting one costs ~0.1 s). */
const MIN_WORKER_EDGES = 200_000;

/** Metrics whose ranking needs no Brandes run (a `--keep-top` by them is cheap). */
const CHEAP_METRICS = new Set(["papers", "coauthors", "strength"]);

function metricsOf(part: FieldPart, options: AnalyzeOptions, context: FieldRunContext) {
  return computeFieldMetrics(part.network, context.runner, {
    paperCount: part.corpus.papers.length,
    betweenness: options.exactBetweenness ? "exact" : "auto",
    communities: options.communities,
    resolution: options.resolution,
    onProgress: context.onProgress,
  });
}

/** Applies `--min-papers`, `--component largest`, `--ego/--hops`, `--keep-top`, in that order. */
export async function cutField(
  part: FieldPart,
  options: AnalyzeOptions,
  context: FieldRunContext,
): Promise<FieldPart> {
  if (options.minPapers !== null)
    part = inducedSubnetwork(part, keepMinPapers(part.network, options.minPapers));
  if (options.component === "largest")
    part = inducedSubnetwork(part, keepLargestComponent(part.network));
  if (options.ego !== null) {
    const center = findAuthor(part.network, options.ego);
    part = inducedSubnetwork(part, keepEgo(part.network, center, options.hops));
  }
  if (options.keepTop !== null && options.keepTop < part.network.ids.length) {
    const metric = options.metric;
    let values: ArrayLike<number>;
    if (CHEAP_METRICS.has(metric)) {
      const { offsets, weights } = part.network.csr;
      values =
        metric === "papers"
          ? part.network.paperCounts
          : Float64Array.from({ length: part.network.ids.length }, (_, v) => {
              if (metric === "coauthors") return offsets[v + 1] - offsets[v];
              let s = 0;
              for (let e = offsets[v]; e < offsets[v + 1]; e++) s += weights[e];
              return s;
            });
    } else values = (await metricsOf(part, options, context))[metric];
    part = inducedSubnetwork(part, keepTop(part.network, values, options.keepTop));
  }
  return part;
}

/** The terminal table: counts, then the top `--top` authors by `--metric`. */
function tableText(part: FieldPart, metrics: FieldMetrics, options: AnalyzeOptions): string {
  const s = metrics.summary;
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
  const head = `${[
    n(s.papers, "paper"),
    n(s.authors, "author"),
    n(s.coauthorships, "coauthorship"),
    n(s.components, "component"),
  ].join(", ")}\n\n`;
  const { network } = part;
  const top = keepTop(network, metrics[options.metric], options.top);
  const authors: ReportAuthor[] = [];
  for (let v = 0; v < network.ids.length; v++)
    if (top[v])
      authors.push({
        id: network.ids[v],
        name: network.names[v],
        ...metricsAtRow(metrics, v),
        ...yearSpan([]),
        ids: {},
      });
  return `${head}${formatTable(authors, options.metric, options.top)}\n`;
}

/**
 * Runs the analysis of a read corpus and writes the requested format: the network in typed
 * arrays (field-network.ts), the cuts, the metrics of what is kept (field-metrics.ts), then JSON
 * and CSV streamed record by record, map formats through a graph of the (cut) network, engine
 * tables without metrics (an engine computes those).
 */
export async function runFieldAnalysis(
  corpus: Corpus,
  options: AnalyzeOptions,
  context: FieldRunContext,
): Promise<void> {
  const projection = { counting: options.counting, maxAuthors: options.maxAuthors };
  let part: FieldPart = { corpus, network: buildFieldNetwork(corpus, projection) };
  part = await cutField(part, options, context);
  if (options.format === "edges-parquet" || options.format === "edges-csv") {
    const out = options.out as string;
    if (options.format === "edges-csv")
      await writeEngineCsv(part.network, engineTablePaths(out, "csv"));
    else await writeEngineParquet(part.network, engineTablePaths(out, "parquet"));
    return;
  }
  const metrics = await metricsOf(part, options, context);
  for (const w of metrics.warnings) context.warn(w);
  const sink = options.out ? fileSink(options.out) : context.stdout;
  const write = (chunk: string) => sink.write(chunk);
  switch (options.format) {
    case "table":
      await sink.write(tableText(part, metrics, options));
      break;
    case "json":
      if (part.network.edgeSource.length < (context.minWorkerEdges ?? MIN_WORKER_EDGES))
        await pumpChunks(fieldJsonChunks(part.corpus, part.network, metrics), write);
      else {
        // The edges section (most of a field's report) is written meanwhile in a worker.
        const parts = fieldJsonParts(part.corpus, part.network, metrics);
        if (options.out) {
          // Into a file: the worker appends the section itself after the head is written.
          const edges = edgesJsonAppender(parts.edges, options.out);
          try {
            await pumpChunks(parts.head, write);
            await sink.close();
            await edges.append();
          } finally {
            edges.cancel();
          }
          const rest = fileSink(options.out, { append: true });
          await pumpChunks(parts.tail, (chunk) => rest.write(chunk));
          await rest.close();
          return;
        }
        const edges = edgesJsonInWorker(parts.edges);
        await pumpChunks(parts.head, write);
        for await (const bytes of edges) await sink.write(bytes);
        await pumpChunks(parts.tail, write);
      }
      break;
    case "csv": {
      const report = fieldReport(part.corpus, part.network, metrics);
      if (options.out) {
        const edges = fileSink(edgesCsvPath(options.out));
        await pumpChunks(edgesCsvChunks(report), (chunk) => edges.write(chunk));
        await edges.close();
      }
      await pumpChunks(authorsCsvChunks(report), write);
      break;
    }
    default: {
      const graph = toCoauthorGraph(part);
      const analysis = {
        corpus: part.corpus,
        graph,
        metrics: {
          authors: fieldAuthorTable(part.network, metrics),
          summary: metrics.summary,
          warnings: metrics.warnings,
        },
      };
      await writeMapOutput(options, analysis, sink);
    }
  }
  await sink.close();
}
