// The pipeline's first stage, shared by the CLI and the worker: files → parse results → one corpus.
import type { Corpus, ParseResult, Warning } from "../model/types.ts";
import { buildCorpus } from "../parse/corpus.ts";
import { parseFile } from "../parse/detect.ts";
import { applyMerges, type MergeDecision } from "../parse/merge-suggestions.ts";
import type { InputFile, Progress } from "./types.ts";

/** Every file parsed; a file that cannot be read becomes a warning (line 0) and the others go on. */
export interface ParsedFiles {
  results: ParseResult[];
  fileErrors: Warning[];
}

/** Parses each file (format detected from its content), reporting one progress step per file. */
export function parseFiles(
  files: readonly InputFile[],
  onProgress?: (progress: Progress) => void,
): ParsedFiles {
  const results: ParseResult[] = [];
  const fileErrors: Warning[] = [];
  files.forEach((file, i) => {
    onProgress?.({ stage: "parse", done: i, total: files.length });
    try {
      results.push(parseFile(file.text, file.name));
    } catch (error) {
      fileErrors.push({ file: file.name, line: 0, message: (error as Error).message });
    }
  });
  return { results, fileErrors };
}

/** Merges parse results into one corpus, with the name merges the user accepted applied. */
export function corpusOfResults(
  results: readonly ParseResult[],
  decisions: readonly MergeDecision[] = [],
): Corpus {
  const merged = buildCorpus([...results]);
  return decisions.length ? applyMerges(merged, decisions) : merged;
}
