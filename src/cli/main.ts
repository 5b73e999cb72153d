// CLI entry: `coauthor-atlas analyze FILE…` — read, parse, build, measure, write. Never imports view/.
import { readFile, writeFile } from "node:fs/promises";
import { analyzeCorpus, corpusOf, type InputFile } from "../analysis/analyze.ts";
import { parseArgs, USAGE, UsageError, type AnalyzeOptions } from "./args.ts";
import { renderOutput } from "./outputs.ts";
import { buildCorpus, parseFile } from "../parse/index.ts";
import { suggestMerges } from "../parse/merge-suggestions.ts";
import { formatMergeSuggestions } from "./merge-suggestions.ts";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const NODE_IO: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

async function readInput(path: string): Promise<InputFile> {
  try {
    return { name: path, text: decodeText(await readFile(path)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "is a directory"
          : code === "EACCES"
            ? "permission denied"
            : (error as Error).message;
    throw new Error(`cannot read ${path}: ${reason}`, { cause: error });
  }
}

/** UTF-8 unless the bytes are not valid UTF-8, then Latin-1 (old DBLP and RIS exports). */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("latin1").decode(bytes);
  }
}

async function analyze(options: AnalyzeOptions, io: CliIo): Promise<void> {
  const files = await Promise.all(options.files.map(readInput));
  if (options.mergeSuggestions) {
    // --merge-suggestions (issue 5): list authors that may be one person, merge nothing, stop.
    const results = files.map((f) => parseFile(f.text, f.name));
    const corpus = buildCorpus(results);
    for (const w of corpus.warnings) io.stderr(`warning: ${w.file}:${w.line}: ${w.message}\n`);
    const suggestions = suggestMerges(corpus, { sources: results, maxAuthors: options.maxAuthors });
    io.stdout(formatMergeSuggestions(suggestions));
    return;
  }
  const corpus = corpusOf(files);
  const analysis = analyzeCorpus(corpus, {
    projection: { counting: options.counting, maxAuthors: options.maxAuthors },
    metrics: { betweenness: options.exactBetweenness ? "exact" : "auto" },
  });
  for (const w of corpus.warnings) io.stderr(`warning: ${w.file}:${w.line}: ${w.message}\n`);
  for (const w of analysis.metrics.warnings) io.stderr(`warning: ${w}\n`);
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
    io.stderr(`coauthor-atlas: ${message}\n`);
    if (error instanceof UsageError) io.stderr("Run `coauthor-atlas --help` for usage.\n");
    return error instanceof UsageError ? 2 : 1;
  }
}
