// The pipeline's first stage, shared by the CLI and the worker: files → parse results → one corpus.
import type { Corpus, ParseResult, Warning } from "../model/types.ts";
import { buildCorpus } from "../parse/corpus.ts";
import { parseFile } from "../parse/detect.ts";
import { applyMerges, type MergeDecision } from "../parse/merge-suggestions.ts";
import { applyThesauri, type Thesaurus } from "../parse/thesaurus.ts";
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
      const result = parseFile(file.text, file.name);
      // Warnings from decoding the bytes (invalid UTF-8) come first, with the parser's.
      if (file.warnings) result.warnings.unshift(...file.warnings);
      results.push(result);
    } catch (error) {
      fileErrors.push({ file: file.name, line: 0, message: (error as Error).message });
    }
  });
  return { results, fileErrors };
}

/**
 * Merges parse results into one corpus, VOSviewer thesauri applied (merge, rename, drop), then
 * the name merges the user accepted.
 */
export function corpusOfResults(
  results: readonly ParseResult[],
  decisions: readonly MergeDecision[] = [],
  thesauri: readonly Thesaurus[] = [],
): Corpus {
  const merged = applyThesauri(buildCorpus([...results]), thesauri);
  return decisions.length ? applyMerges(merged, decisions) : merged;
}
