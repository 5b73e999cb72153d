// The CLI's headless pipeline: texts → corpus → graph → metrics (the app's worker runs worker/pipeline.ts).
import {
  buildCoauthorGraph,
  type CoauthorGraph,
  type ProjectionOptions,
} from "../graph/coauthor-graph.ts";
import {
  computeMetricsAsync,
  type BrandesRunner,
  type MetricsOptions,
  type MetricsResult,
} from "../metrics/index.ts";
import type { Corpus } from "../model/types.ts";
import { buildCorpus, parseFile } from "../parse/index.ts";

export interface InputFile {
  name: string;
  text: string;
}

export interface Analysis {
  corpus: Corpus;
  graph: CoauthorGraph;
  metrics: MetricsResult;
}

export interface AnalyzeOptions {
  projection?: Partial<ProjectionOptions>;
  metrics?: Partial<MetricsOptions>;
}

/** Builds the corpus of already-read files (parse errors throw, naming the file). */
export function corpusOf(files: InputFile[]): Corpus {
  return buildCorpus(files.map((f) => parseFile(f.text, f.name)));
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
