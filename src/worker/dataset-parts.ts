// A big dataset crosses from the analysis worker in parts: the page deserializes each message in
// a task of its own, so one huge message cannot hold its main thread for hundreds of milliseconds.
import type { AuthorMetrics } from "../metrics/compute-metrics.ts";
import type { Author, Paper } from "../model/types.ts";
import type { PipelineResult } from "./pipeline.ts";

/** A slice of the dataset's bulky records: papers, authors, or authors' metrics. */
export type DatasetPart =
  { papers: Paper[] } | { authors: Author[] } | { metrics: [string, AuthorMetrics][] };

/** Records per part: a part deserializes in a few milliseconds. */
export const PART_SIZE = 2000;

/**
 * Splits the papers, authors and per-author metrics of `result` into parts of `size` records;
 * `rest` is the result without them. {@link createDatasetJoiner} puts them back together.
 */
export function splitDataset(
  result: PipelineResult,
  size = PART_SIZE,
): { parts: DatasetPart[]; rest: PipelineResult } {
  const parts: DatasetPart[] = [];
  const { papers, authors } = result.corpus;
  for (let i = 0; i < papers.length; i += size) parts.push({ papers: papers.slice(i, i + size) });
  for (let i = 0; i < authors.length; i += size)
    parts.push({ authors: authors.slice(i, i + size) });
  const metrics = Object.entries(result.metrics.authors);
  for (let i = 0; i < metrics.length; i += size)
    parts.push({ metrics: metrics.slice(i, i + size) });
  const rest: PipelineResult = {
    ...result,
    corpus: { ...result.corpus, papers: [], authors: [] },
    metrics: { ...result.metrics, authors: {} },
  };
  return { parts, rest };
}

/** Collects parts as they arrive, then completes the rest with them. */
export function createDatasetJoiner(): {
  add(part: DatasetPart): void;
  finish(rest: PipelineResult): PipelineResult;
} {
  const papers: Paper[] = [];
  const authors: Author[] = [];
  // Without a prototype, as the metrics make it: an author id is never an inherited name.
  const metrics: Record<string, AuthorMetrics> = Object.create(null);
  return {
    add(part) {
      if ("papers" in part) for (const paper of part.papers) papers.push(paper);
      else if ("authors" in part) for (const author of part.authors) authors.push(author);
      else for (const [id, values] of part.metrics) metrics[id] = values;
    },
    finish(rest) {
      for (const [id, values] of Object.entries(rest.metrics.authors)) metrics[id] = values;
      const corpus = {
        ...rest.corpus,
        papers: rest.corpus.papers.concat(papers),
        authors: rest.corpus.authors.concat(authors),
      };
      return { ...rest, corpus, metrics: { ...rest.metrics, authors: metrics } };
    },
  };
}
