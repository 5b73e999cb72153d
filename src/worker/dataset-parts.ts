// A big dataset crosses from the analysis worker in parts: the page deserializes each message in
// a task of its own, so one huge message cannot hold its main thread for hundreds of milliseconds.
import type { Author, Paper } from "../model/types.ts";
import type { PipelineResult } from "./pipeline.ts";

/**
 * A slice of the dataset's bulky records: papers or authors (the authors' metrics are columns,
 * which cross in one piece with the rest).
 */
export type DatasetPart = { papers: Paper[] } | { authors: Author[] };

/** Records per part: a part deserializes in a few milliseconds. */
export const PART_SIZE = 2000;

/**
 * Splits the papers and authors of `result` into parts of `size` records;
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
  const rest: PipelineResult = {
    ...result,
    corpus: { ...result.corpus, papers: [], authors: [] },
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
  return {
    add(part) {
      if ("papers" in part) for (const paper of part.papers) papers.push(paper);
      else for (const author of part.authors) authors.push(author);
    },
    finish(rest) {
      const corpus = {
        ...rest.corpus,
        papers: rest.corpus.papers.concat(papers),
        authors: rest.corpus.authors.concat(authors),
      };
      return { ...rest, corpus };
    },
  };
}
