// CLI entry: `coauthor-atlas analyze FILE…` — read, parse, build, measure, write. Never imports view/.
import { basename } from "node:path";
import { readFile, writeFile } from "node:fs/promises";
import { analyzeCorpusAsync, type Analysis } from "../analysis/analyze.ts";
import { createNodeBrandesRunner } from "../metrics/node-brandes-runner.ts";
import type { Corpus, ParseResult } from "../model/types.ts";
import { parseArgs, USAGE, UsageError, type AnalyzeOptions } from "./args.ts";
import { checkOutPaths } from "./out-path.ts";
import { edgesCsvPath, renderOutput } from "./outputs.ts";
import { runFieldAnalysis } from "./field-run.ts";
import { callbackSink, streamSink, type OutputSink } from "./output-sink.ts";
import { createCorpusBuilder } from "../parse/corpus.ts";
import type { RecordSink } from "../parse/stream-parser.ts";
import { suggestMerges } from "../parse/merge-suggestions.ts";
import { formatMergeSuggestions } from "./merge-suggestions.ts";
import { countAmounts, createProgressBar } from "./progress-bar.ts";
import { parseInFile } from "./parse-in-worker.ts";
import { printable } from "../parse/warning-text.ts";
import { windowCorpus } from "../graph/year-range.ts";
import { decodeBytes } from "../parse/decode-text.ts";
import { applyThesauri, parseThesaurus } from "../parse/thesaurus.ts";
import { fetchCliSources, readSavedSourcesFile } from "./source-input.ts";
import type { FetchLike } from "../sources/http.ts";

export { decodeText } from "./read-input.ts";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** stderr is a terminal: progress bars are drawn there without `--progress`. */
  stderrIsTTY?: boolean;
  /** Standard output as a stream sink with backpressure (default: `stdout` above). */
  stdoutSink?: () => OutputSink;
  /** Environment for live sources (base URLs, OPENALEX_API_KEY); process.env when absent. */
  env?: Record<string, string | undefined>;
  /** fetch for live sources; globalThis.fetch when absent. */
  fetch?: FetchLike;
}

/** Set once standard error fails (a closed pipe: `… 2>&1 | head`): messages are then dropped. */
let stderrGone = false;
let stderrWatched = false;

/**
 * Writes to standard error. Warnings and progress are no reason to stop: once the stream fails
 * (EPIPE, its 'error' event, which unheard would end the process), the analysis and its output
 * go on without them.
 */
function writeStderr(text: string): void {
  if (stderrGone) return;
  if (!stderrWatched) {
    stderrWatched = true;
    process.stderr.on("error", () => {
      stderrGone = true;
    });
  }
  process.stderr.write(text);
}

const NODE_IO: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: writeStderr,
  get stderrIsTTY() {
    return process.stderr.isTTY === true;
  },
  stdoutSink: () => streamSink(process.stdout, false),
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
  fetched: readonly ParseResult[] = [],
): Promise<{ corpus: Corpus; results: ParseResult[] }> {
  const builder = createCorpusBuilder({ maxAuthors });
  // No output holds abstracts: dropping them as records arrive keeps memory to the network.
  const sink: RecordSink = {
    owner: builder.addOwner,
    paper: (record) =>
      builder.addPaper(record.abstract === undefined ? record : { ...record, abstract: undefined }),
    dropsAbstracts: true,
  };
  const results: ParseResult[] = [];
  const addResult = (result: ParseResult) => {
    builder.beginFile(result.file);
    builder.endFile(result);
    if (keepResults) results.push(result);
  };
  fetched.forEach(addResult);
  for (const path of files) {
    const saved = await readSavedSourcesFile(path);
    if (saved !== null) {
      saved.forEach(addResult);
      continue;
    }
    const bar = progress ? createProgressBar(io.stderr, `parsing ${basename(path)}`) : null;
    builder.beginFile(path);
    try {
      const result = await parseInFile(path, {
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

/** Reads the `--thesaurus` files and applies them to the corpus (see parse/thesaurus.ts). */
async function applyThesaurusFiles(corpus: Corpus, paths: readonly string[]): Promise<Corpus> {
  if (paths.length === 0) return corpus;
  const thesauri = [];
  for (const path of paths) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path);
    } catch (error) {
      throw new Error(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? error}`, {
        cause: error,
      });
    }
    const { text, warnings } = decodeBytes(bytes, path);
    const thesaurus = parseThesaurus(text, path);
    thesaurus.warnings.unshift(...warnings);
    thesauri.push(thesaurus);
  }
  return applyThesauri(corpus, thesauri);
}

async function analyze(options: AnalyzeOptions, io: CliIo): Promise<void> {
  if (options.out !== null) {
    const outputs = [options.out];
    if (options.format === "csv") outputs.push(edgesCsvPath(options.out));
    checkOutPaths(outputs, options.files);
  }
  const progress = options.progress || io.stderrIsTTY === true;
  const fetched = await fetchCliSources({
    sources: options.sources ?? [],
    mailto: options.mailto,
    openalexKey: options.openalexKey,
    saveSources: options.saveSources,
    progress,
    env: io.env ?? process.env,
    fetch: io.fetch,
    stderr: io.stderr,
  });
  const read = await readCorpus(
    options.files,
    io,
    progress,
    options.mergeSuggestions,
    options.maxAuthors,
    fetched,
  );
  const { results } = read;
  let corpus = await applyThesaurusFiles(read.corpus, options.thesauri);
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
  if (!needsGraphPipeline(options, corpus)) {
    try {
      await runFieldAnalysis(corpus, options, {
        runner: createNodeBrandesRunner(),
        stdout: io.stdoutSink ? io.stdoutSink() : callbackSink(io.stdout),
        warn: (message) =>
          io.stderr(`warning: ${printable(message)}
`),
        onProgress: bar ? bar.update : undefined,
      });
    } finally {
      bar?.done();
    }
    return;
  }
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
  for (const w of analysis.metrics.warnings)
    io.stderr(`warning: ${printable(w)}
`);
  const output = await renderOutput(options, analysis);
  if (options.out) await writeFile(options.out, output);
  else io.stdout(typeof output === "string" ? output : Buffer.from(output).toString("latin1"));
}

/**
 * Whether the analysis needs the graphology pipeline rather than the field-scale one: network
 * files (their node weights and clusters live on the graph), Leiden or file communities, another
 * resolution, the file's own layout, PDF or the density view. Cuts (`--ego`, `--keep-top`, …)
 * and the engine tables are the field pipeline's.
 */
function needsGraphPipeline(options: AnalyzeOptions, corpus: Corpus): boolean {
  const cuts =
    options.ego !== null ||
    options.keepTop !== null ||
    options.minPapers !== null ||
    options.component !== "all" ||
    options.format.startsWith("edges-");
  if (cuts) return false;
  return (
    corpus.links.length > 0 ||
    corpus.networkAuthors !== undefined ||
    options.communities === "leiden" ||
    options.communities === "file" ||
    options.resolution !== 1 ||
    options.fileLayout !== "start" ||
    options.format === "pdf" ||
    options.density
  );
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
