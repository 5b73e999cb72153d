// Benchmark (issue 15): the whole CLI process vs the whole python-igraph process on the same file, wall time and peak memory.
//   npm run bench:field -- [--sizes seed,5000,200000,1000000] [--repeat 3] [--repeat-large 1]
// Small sizes: python computes what the CLI computes exactly (betweenness, closeness, PageRank,
// eigenvector, components, Louvain). From 50k authors the CLI samples betweenness and closeness
// and igraph computes PageRank, components, Louvain and eigenvector only (exact betweenness
// would take it hours). PageRank and components are then checked against igraph's.
import { execFileSync } from "node:child_process";
import {
  closeSync,
  createReadStream,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  writeSync,
} from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { dirname, resolve } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { generateCorpusChunks } from "./generate-corpus.ts";

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = resolve(HERE, "out");
const PYTHON = "/usr/bin/python3";
const TIME = "/usr/bin/time";
const CLI = resolve(HERE, "../bin/coauthor-atlas.mjs");
const SEED = resolve(HERE, "../data/huang-tiansheng.txt");

interface ProcessRun {
  wall: number;
  /** User + system CPU seconds: on a loaded machine the fairer comparison. */
  cpu: number;
  peakMb: number;
}

/** Runs a command under /usr/bin/time: wall seconds and peak resident memory of the process tree's largest. */
function timed(command: string, args: string[]): ProcessRun {
  const report = resolve(OUT, "time.txt");
  execFileSync(TIME, ["-o", report, "-f", "%e %U %S %M", command, ...args], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  const [wall, user, system, kb] = readFileSync(report, "utf8").trim().split(/\s+/).map(Number);
  return { wall, cpu: user + system, peakMb: kb / 1024 };
}

/** Our authors from the JSON report, read line by line (a million-paper report is no one string). */
async function readOurAuthors(path: string) {
  const byName = new Map<string, { pagerank: number; component: number }>();
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  let section = "";
  let current: Record<string, string> = {};
  for await (const line of lines) {
    const top = /^ {2}"(\w+)": /.exec(line);
    if (top) section = top[1];
    if (section !== "authors") continue;
    const field = /^ {6}"(\w+)": (.*?),?$/.exec(line);
    if (field) current[field[1]] = field[2];
    else if (/^ {4}\}/.test(line)) {
      byName.set(JSON.parse(current.name) as string, {
        pagerank: Number(current.pagerank),
        component: Number(current.component),
      });
      current = {};
    }
  }
  return byName;
}

interface IgraphResult {
  times: Record<string, number>;
  authors: number;
  edges: number;
  names: string[];
  pagerank: number[];
  component: number[];
}

/** PageRank differences and whether the two component partitions are the same partition. */
function compare(ours: Awaited<ReturnType<typeof readOurAuthors>>, igraph: IgraphResult) {
  let maxAbs = 0;
  let maxRel = 0;
  let l1 = 0;
  const ourOf = new Map<number, number>();
  const igraphOf = new Map<number, number>();
  let partitionsEqual = ours.size === igraph.names.length;
  igraph.names.forEach((name, v) => {
    const m = ours.get(name);
    if (!m) {
      partitionsEqual = false;
      return;
    }
    const diff = Math.abs(m.pagerank - igraph.pagerank[v]);
    maxAbs = Math.max(maxAbs, diff);
    maxRel = Math.max(maxRel, diff / igraph.pagerank[v]);
    l1 += diff;
    const c = igraph.component[v];
    if ((ourOf.get(c) ?? m.component) !== m.component) partitionsEqual = false;
    if ((igraphOf.get(m.component) ?? c) !== c) partitionsEqual = false;
    ourOf.set(c, m.component);
    igraphOf.set(m.component, c);
  });
  return { maxAbs, maxRel, l1, partitionsEqual };
}

function parseArgs(argv: string[]) {
  const args = { sizes: ["seed", "5000", "200000", "1000000"], repeat: 3, repeatLarge: 1 };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (value === undefined) throw new Error(`coauthor-atlas/bench: ${flag} needs a value`);
    if (flag === "--sizes") args.sizes = value.split(",");
    else if (flag === "--repeat") args.repeat = Number(value);
    else if (flag === "--repeat-large") args.repeatLarge = Number(value);
    else throw new Error(`coauthor-atlas/bench: unknown argument ${flag}`);
  }
  return args;
}

/** The generated corpus file of `papers` papers (seed 1), written once as a stream. */
function corpusFile(papers: number): string {
  const path = resolve(OUT, `field-${papers}.txt`);
  if (!existsSync(path)) {
    const fd = openSync(path, "w");
    for (const piece of generateCorpusChunks({ papers, seed: 1 })) writeSync(fd, piece);
    closeSync(fd);
  }
  return path;
}

const fmt = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(1));

async function main() {
  const args = parseArgs(process.argv.slice(2));
  mkdirSync(OUT, { recursive: true });
  const rows: string[] = [];
  for (const size of args.sizes) {
    const seed = size === "seed";
    const papers = seed ? 10 : Number(size);
    const path = seed ? SEED : corpusFile(papers);
    const json = resolve(OUT, "field-cli.json");
    const igraphOut = resolve(OUT, "field-igraph.json");
    const large = papers >= 100_000;
    const flags = [...(large ? [] : ["--full"]), ...(seed ? ["--tolerant"] : [])];
    const repeat = large ? args.repeatLarge : args.repeat;
    const cli: ProcessRun[] = [];
    const py: ProcessRun[] = [];
    const load = loadavg()[0];
    // Interleaved, so that both see the same background load.
    for (let r = 0; r < repeat; r++) {
      cli.push(timed(process.execPath, [CLI, "analyze", path, "--format", "json", "--out", json]));
      py.push(timed(PYTHON, [resolve(HERE, "metrics-field.py"), path, igraphOut, ...flags]));
    }
    const igraph = JSON.parse(readFileSync(igraphOut, "utf8")) as IgraphResult;
    const check = compare(await readOurAuthors(json), igraph);
    const best = (runs: ProcessRun[]) => runs.reduce((a, b) => (b.wall < a.wall ? b : a));
    const [c, p] = [best(cli), best(py)];
    console.error(
      `${size}: CLI ${fmt(c.wall)} s (CPU ${fmt(c.cpu)} s) ${c.peakMb.toFixed(0)} MB, python+igraph ${fmt(p.wall)} s (CPU ${fmt(p.cpu)} s) ${p.peakMb.toFixed(0)} MB; ` +
        `pagerank max |diff| ${check.maxAbs.toExponential(1)} (relative ${check.maxRel.toExponential(1)}, L1 ${check.l1.toExponential(1)}), components ${check.partitionsEqual ? "equal" : "DIFFER"}`,
    );
    rows.push(
      `| ${seed ? "seed (10)" : papers} | ${igraph.authors} | ${igraph.edges} | ${fmt(c.wall)} | ${fmt(c.cpu)} | ${c.peakMb.toFixed(0)} | ${fmt(p.wall)} | ${fmt(p.cpu)} | ${p.peakMb.toFixed(0)} | ${(p.wall / c.wall).toFixed(2)} | ${check.maxAbs.toExponential(1)} / ${check.maxRel.toExponential(1)} | ${check.partitionsEqual ? "equal" : "differ"} | ${load.toFixed(1)} |`,
    );
  }
  console.log(
    `\nWhole processes (\`coauthor-atlas analyze FILE --format json --out …\` vs \`python3 bench/metrics-field.py FILE …\`), wall seconds and peak RSS, best of ${args.repeat} (${args.repeatLarge} from 100k papers); ${availableParallelism()} cores:\n`,
  );
  console.log(
    "| papers | authors | edges | CLI s | CLI CPU s | CLI MB | python + igraph s | igraph CPU s | igraph MB | igraph / CLI (wall) | PageRank max abs / rel diff | components | load |",
  );
  console.log("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|");
  for (const row of rows) console.log(row);
}

await main();
