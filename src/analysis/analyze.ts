// The CLI's headless pipeline: texts → corpus → graph → metrics, on the stages the worker uses too.
import { buildCoauthorGraph, type ProjectionOptions } from "../graph/coauthor-graph.ts";
import { computeMetricsAsync, type BrandesRunner, type MetricsOptions } from "../metrics/index.ts";
import type { Corpus } from "../model/types.ts";
import { corpusOfResults, parseFiles } from "../pipeline/read-corpus.ts";
import type { Analysis, InputFile } from "../pipeline/types.ts";

export type { Analysis, InputFile };

export interface AnalyzeOptions {
  projection?: Partial<ProjectionOptions>;
  metrics?: Partial<MetricsOptions>;
}

/** Builds the corpus of already-read files (parse errors throw, naming the file). */
export function corpusOf(files: InputFile[]): Corpus {
  const { results, fileErrors } = parseFiles(files);
  if (fileErrors.length > 0) throw new Error(fileErrors[0].message);
  return corpusOfResults(results);
}

/** Runs projection and metrics over a corpus, betweenness searches spread by `runner`. */
export async function analyzeCorpusAsync(
  corpus: Corpus,
  runner: BrandesRunner,
  options: AnalyzeOptions = {},
): Promise<Analysis> {
  const graph = buildCoauthorGraph(corpus, options.projection);
  const metrics = await computeMetricsAsync(graph, runner, {
    paperCount: corpus.papers.length,
    ...options.metrics,
  });
  return { corpus, graph, metrics };
}
