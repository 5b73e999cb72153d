// CLI entry: `coauthor-atlas analyze FILE…` — read, parse, build, measure, write. Never imports view/.
import { basename } from "node:path";
import { writeFile } from "node:fs/promises";
import { analyzeCorpusAsync, type Analysis } from "../analysis/analyze.ts";
import { createNodeBrandesRunner } from "../metrics/node-brandes-runner.ts";
import type { Corpus, ParseResult } from "../model/types.ts";
import { parseArgs, USAGE, UsageError, type AnalyzeOptions } from "./args.ts";
import { checkOutPaths } from "./out-path.ts";
import { edgesCsvPath, renderOutput } from "./outputs.ts";
import { createCorpusBuilder } from "../parse/corpus.ts";
import type { RecordSink } from "../parse/stream-parser.ts";
import { suggestMerges } from "../parse/merge-suggestions.ts";
import { formatMergeSuggestions } from "./merge-suggestions.ts";
import { countAmounts, createProgressBar } from "./progress-bar.ts";
import { parseInputFile } from "./read-input.ts";
import { printable } from "../parse/warning-text.ts";
import { windowCorpus } from "../graph/year-range.ts";

export { decodeText } from "./read-input.ts";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** stderr is a terminal: progress bars are drawn there without `--progress`. */
  stderrIsTTY?: boolean;
}

const NODE_IO: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  get stderrIsTTY() {
    return process.stderr.isTTY === true;
  },
};

/**
 * Parses each file in turn, streamed, with a progress bar per file when `progress`, into one
 * corpus. Papers go straight into the corpus as they are read unless `keepResults` (merge
 * suggestions compare the records as each file gave them), so a large file's records are not
 * held twice.
 */
async function readCorpus(
  files: readonly string[],
  io: CliIo,
  progress: boolean,
  keepResults: boolean,
  maxAuthors: number,
): Promise<{ corpus: Corpus; results: ParseResult[] }> {
  const builder = createCorpusBuilder({ maxAuthors });
  const sink: RecordSink = { owner: builder.addOwner, paper: builder.addPaper };
  const results: ParseResult[] = [];
  for (const path of files) {
    const bar = progress ? createProgressBar(io.stderr, `parsing ${basename(path)}`) : null;
    builder.beginFile(path);
    try {
      const result = await parseInputFile(path, {
        onProgress: bar ? bar.update : undefined,
        sink: keepResults ? undefined : sink,
      });
      builder.endFile(result);
      if (keepResults) results.push(result);
    } finally {
      bar?.done();
    }
  }
  return { corpus: builder.finish(), results };
}

async function analyze(options: AnalyzeOptions, io: CliIo): Promise<void> {
  if (options.out !== null) {
    const outputs = [options.out];
    if (options.format === "csv") outputs.push(edgesCsvPath(options.out));
    checkOutPaths(outputs, options.files);
  }
  const progress = options.progress || io.stderrIsTTY === true;
  const read = await readCorpus(
    options.files,
    io,
    progress,
    options.mergeSuggestions,
    options.maxAuthors,
  );
  const { results } = read;
  let corpus = read.corpus;
  for (const w of corpus.warnings)
    io.stderr(`warning: ${printable(w.file)}:${w.line}: ${printable(w.message)}\n`);
  if (options.years) {
    const w = windowCorpus(corpus, options.years, { includeUndated: options.includeUndated });
    corpus = w.corpus;
    const span = `${options.years.from ?? "…"}–${options.years.to ?? "…"}`;
    const undated = options.includeUndated
      ? `${w.undated} undated kept (--undated drop leaves them out)`
      : `${w.undated} undated dropped`;
    io.stderr(`years ${span}: ${w.dated} dated papers kept, ${w.outside} outside, ${undated}\n`);
  }
  if (options.mergeSuggestions) {
    // --merge-suggestions (issue 5): list authors that may be one person, merge nothing, stop.
    const suggestions = suggestMerges(corpus, { sources: results, maxAuthors: options.maxAuthors });
    io.stdout(formatMergeSuggestions(suggestions));
    return;
  }
  const bar = progress
    ? createProgressBar(io.stderr, "betweenness", { amounts: countAmounts("sources") })
    : null;
  let analysis: Analysis;
  try {
    analysis = await analyzeCorpusAsync(corpus, createNodeBrandesRunner(), {
      projection: { counting: options.counting, maxAuthors: options.maxAuthors },
      metrics: {
        betweenness: options.exactBetweenness ? "exact" : "auto",
        communities: options.communities,
        resolution: options.resolution,
        onProgress: bar ? bar.update : undefined,
      },
    });
  } finally {
    bar?.done();
  }
  for (const w of analysis.metrics.warnings) io.stderr(`warning: ${printable(w)}\n`);
  const output = await renderOutput(options, analysis);
  if (options.out) await writeFile(options.out, output);
  else io.stdout(typeof output === "string" ? output : Buffer.from(output).toString("latin1"));
}

/** Runs the CLI; returns the exit code. Errors become one line on stderr, never a stack trace. */
export async function main(argv: string[], io: CliIo = NODE_IO): Promise<number> {
  try {
    const parsed = parseArgs(argv);
    if (parsed.command === "help") {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    await analyze(parsed.options, io);
    return 0;
  } catch (error) {
    const message = (error as Error).message.replace(/^coauthor-atlas\/?\w*: /, "");
    io.stderr(`coauthor-atlas: ${printable(message)}\n`);
    if (error instanceof UsageError) io.stderr("Run `coauthor-atlas --help` for usage.\n");
    return error instanceof UsageError ? 2 : 1;
  }
}
