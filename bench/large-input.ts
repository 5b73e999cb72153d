// Peak memory and time of reading large profile files into a corpus: whole text vs streamed (the CLI's way).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { decodeText, parseInputFile } from "../src/cli/read-input.ts";
import type { Corpus } from "../src/model/types.ts";
import { buildCorpus, createCorpusBuilder } from "../src/parse/corpus.ts";
import { parseFile } from "../src/parse/detect.ts";
import { generateCorpus } from "./generate-corpus.ts";

const HERE = dirname(fileURLToPath(import.meta.url));

export interface LargeInputBenchOptions {
  /** Input sizes to generate and measure, in MB (10⁶ bytes). */
  sizesMb: number[];
  /** Also measure RIS files of these sizes, made of copies of ../shared/corpora/scopus.ris. */
  risSizesMb: number[];
  /** Folder of the real corpora. */
  corpora: string;
  /** Folder for the generated inputs and the results. */
  out: string;
  /** Seed of the generated corpus. */
  seed: number;
}

export const DEFAULT_LARGE_INPUT_BENCH_OPTIONS: LargeInputBenchOptions = {
  sizesMb: [10, 100],
  risSizesMb: [100],
  corpora: resolve(HERE, "../../shared/corpora"),
  out: resolve(HERE, "out"),
  seed: 1,
};

type Mode = "whole" | "stream";

interface Measurement {
  file: string;
  mb: number;
  mode: Mode;
  ms: number;
  /** Peak resident set size of the child process (its whole life: Node itself included). */
  peakRssMb: number;
  /** Resident set right after startup, before reading: the part that is not the parse. */
  baseRssMb: number;
  papers: number;
  authors: number;
}

/** Bytes per generated paper, measured on a small sample, to size the paper count. */
function bytesPerPaper(seed: number): number {
  return generateCorpus({ papers: 2000, seed }).length / 2000;
}

/**
 * A profile of about `mb` MB: the generated corpus (its authors grow with its papers, like a real
 * network), written once and reused.
 */
function ensureInput(mb: number, options: LargeInputBenchOptions): string {
  const path = resolve(options.out, `large-${mb}mb.txt`);
  if (existsSync(path)) return path;
  mkdirSync(options.out, { recursive: true });
  const papers = Math.round((mb * 1e6) / bytesPerPaper(options.seed));
  writeFileSync(path, generateCorpus({ papers, seed: options.seed }));
  return path;
}

/**
 * An RIS file of about `mb` MB: copies of scopus.ris whose DOIs and titles carry the copy number
 * (so no copy merges with another). Most of its text (addresses, URLs, notes) is not kept in a
 * corpus: the case where streaming saves most. Null when the corpora are absent.
 */
function ensureRisInput(mb: number, options: LargeInputBenchOptions): string | null {
  const path = resolve(options.out, `large-${mb}mb.ris`);
  if (existsSync(path)) return path;
  const source = resolve(options.corpora, "scopus.ris");
  if (!existsSync(source)) return null;
  const text = readFileSync(source, "utf8").replace(/^\uFEFF/, "");
  const copies: string[] = [];
  for (let k = 0, size = 0; size < mb * 1e6; k++) {
    const copy = text
      .replace(/^(DO {2}- .*\S)/gm, `$1.${k}`)
      .replace(/^((?:TI|T1) {2}- .*\S)/gm, `$1 (copy ${k})`);
    copies.push(copy);
    size += Buffer.byteLength(copy);
  }
  mkdirSync(options.out, { recursive: true });
  writeFileSync(path, copies.join("\n"));
  return path;
}

/**
 * Runs inside the child: reads one file into a corpus one way and prints one JSON line. `whole`:
 * read the bytes, decode, parseFile, buildCorpus (the CLI before streaming). `stream`:
 * parseInputFile with the papers handed to a corpus builder as they are read (the CLI now).
 */
async function child(mode: Mode, path: string): Promise<void> {
  const baseRssMb = process.memoryUsage().rss / 1e6;
  const start = performance.now();
  let corpus: Corpus;
  if (mode === "whole") corpus = buildCorpus([parseFile(decodeText(readFileSync(path)), path)]);
  else {
    const builder = createCorpusBuilder();
    builder.beginFile(path);
    builder.endFile(
      await parseInputFile(path, { sink: { owner: builder.addOwner, paper: builder.addPaper } }),
    );
    corpus = builder.finish();
  }
  const ms = performance.now() - start;
  const peakRssMb = process.resourceUsage().maxRSS / 1e3;
  process.stdout.write(
    `${JSON.stringify({ ms, peakRssMb, baseRssMb, papers: corpus.papers.length, authors: corpus.authors.length })}\n`,
  );
}

/** Measures every size both ways, each run in a fresh Node process so peaks do not mix. */
export function runLargeInputBench(options: Partial<LargeInputBenchOptions> = {}): Measurement[] {
  const resolved = { ...DEFAULT_LARGE_INPUT_BENCH_OPTIONS, ...options };
  const rows: Measurement[] = [];
  const inputs = [
    ...resolved.sizesMb.map((mb) => ensureInput(mb, resolved)),
    ...resolved.risSizesMb.map((mb) => ensureRisInput(mb, resolved)),
  ].filter((f): f is string => f !== null);
  for (const file of inputs) {
    for (const mode of ["whole", "stream"] as const) {
      const line = execFileSync(
        process.execPath,
        ["--import", "tsx", fileURLToPath(import.meta.url), "--child", mode, file],
        { encoding: "utf8", maxBuffer: 1 << 20 },
      );
      const measured = JSON.parse(line) as Omit<Measurement, "file" | "mb" | "mode">;
      rows.push({ file, mb: statSync(file).size / 1e6, mode, ...measured });
      process.stderr.write(`${file} ${mode}: ${measured.peakRssMb.toFixed(0)} MB peak\n`);
    }
  }
  return rows;
}

function table(rows: Measurement[]): string {
  const head =
    "| input | MB | mode | papers | authors | time (s) | peak RSS (MB) | RSS at start (MB) |";
  const lines = rows.map(
    (r) =>
      `| ${r.file.split("/").pop()} | ${r.mb.toFixed(1)} | ${r.mode} | ${r.papers} | ${r.authors} | ${(r.ms / 1000).toFixed(2)} | ${r.peakRssMb.toFixed(0)} | ${r.baseRssMb.toFixed(0)} |`,
  );
  return [head, "|---|---|---|---|---|---|---|---|", ...lines].join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const argv = process.argv.slice(2);
  if (argv[0] === "--child") await child(argv[1] as Mode, argv[2]);
  else {
    // `tsx bench/large-input.ts [profile MB…] [--ris MB…]`
    const ris = argv.indexOf("--ris");
    const sizes = (list: string[]) => list.map(Number).filter((n) => n > 0);
    const rows = runLargeInputBench(
      argv.length === 0
        ? {}
        : {
            sizesMb: sizes(ris < 0 ? argv : argv.slice(0, ris)),
            risSizesMb: ris < 0 ? [] : sizes(argv.slice(ris + 1)),
          },
    );
    const out = DEFAULT_LARGE_INPUT_BENCH_OPTIONS.out;
    writeFileSync(resolve(out, "large-input.json"), `${JSON.stringify(rows, null, 2)}\n`);
    process.stdout.write(`${table(rows)}\n`);
  }
}
