// Benchmark (issue 6): the typed-array force kernel's d3 model vs the same simulation in d3-force,
// on the coauthor graphs of generated corpora, and the default community model's time (issue 10).
// Each side runs in its own process so its peak memory is its own; the parent checks that the d3
// model and d3-force end on the same positions before it reports times.
//   npm run bench:layout -- --speed [--papers 20000,100000]
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { corpusOf } from "../src/analysis/analyze.ts";
import { buildCoauthorGraph } from "../src/graph/coauthor-graph.ts";
import {
  createLayoutKernel,
  DEFAULT_LAYOUT_OPTIONS,
  layoutInputFromGraph,
  layoutOptionsForSize,
  type LayoutInput,
  type LayoutModel,
} from "../src/layout/index.ts";
import { DEFAULT_COMMUNITY_OPTIONS, louvainCommunities } from "../src/metrics/communities.ts";
import { toCsr } from "../src/metrics/csr.ts";
import { d3Simulation } from "./d3-force-reference.ts";
import { generateCorpus } from "./generate-corpus.ts";

const HERE = fileURLToPath(import.meta.url);
const OUT = resolve(dirname(HERE), "out/layout");

/** d3-force with the options the app uses for the graph's size; returns interleaved positions. */
function runD3(input: LayoutInput, sample: () => void): Float64Array {
  const o = { ...DEFAULT_LAYOUT_OPTIONS, ...layoutOptionsForSize(input.ids.length) };
  const { simulation, nodes } = d3Simulation(input, o);
  for (let k = 0; k < o.iterations; k++) {
    simulation.tick();
    sample();
  }
  return Float64Array.from(nodes.flatMap((node) => [node.x as number, node.y as number]));
}

function runOurs(input: LayoutInput, sample: () => void): Float64Array {
  return runKernel(input, sample, "d3");
}

/** The default (communities) model, as the app and CLI run it, with the graph's communities. */
function runCommunities(input: LayoutInput, sample: () => void): Float64Array {
  return runKernel(input, sample, "communities");
}

function runKernel(input: LayoutInput, sample: () => void, model: LayoutModel): Float64Array {
  const o = { ...layoutOptionsForSize(input.ids.length), model };
  const kernel = createLayoutKernel(input, o);
  const iterations = o.iterations ?? DEFAULT_LAYOUT_OPTIONS.iterations;
  for (let k = 0; k < iterations; k++) {
    kernel.tick();
    sample();
  }
  return kernel.positions();
}

/** Child: lay out one corpus with one side; print seconds and peak RSS, write the positions. */
function child(side: string, papers: number): void {
  const text = generateCorpus({ papers, seed: 1, authorsPerPaper: 0.5 });
  const graph = buildCoauthorGraph(corpusOf([{ name: "synthetic.txt", text }]));
  let input = layoutInputFromGraph(graph);
  if (side === "communities") {
    const csr = toCsr(graph);
    const { community } = louvainCommunities(graph, csr, DEFAULT_COMMUNITY_OPTIONS);
    const byId = new Map(csr.ids.map((id, i) => [id, community[i]]));
    input = layoutInputFromGraph(graph, (id) => byId.get(id));
  }
  const base = process.memoryUsage().rss;
  let peak = base;
  const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
  const start = performance.now();
  const xy = (side === "d3" ? runD3 : side === "communities" ? runCommunities : runOurs)(
    input,
    sample,
  );
  const seconds = (performance.now() - start) / 1000;
  writeFileSync(resolve(OUT, `${side}-${papers}.bin`), new Uint8Array(xy.buffer));
  const result = { authors: input.ids.length, edges: input.sources.length, seconds };
  console.log(
    JSON.stringify({ ...result, peakMB: peak / 2 ** 20, growthMB: (peak - base) / 2 ** 20 }),
  );
}

function parent(papersList: number[]): void {
  mkdirSync(OUT, { recursive: true });
  const rows: string[] = [];
  for (const papers of papersList) {
    const run = (side: string) =>
      JSON.parse(
        execFileSync(process.execPath, ["--import", "tsx", HERE, "--child", side, String(papers)], {
          encoding: "utf8",
          stdio: ["ignore", "pipe", "inherit"],
        }),
      ) as { authors: number; edges: number; seconds: number; peakMB: number; growthMB: number };
    const ours = run("ours");
    const d3 = run("d3");
    const communities = run("communities");
    const read = (side: string) =>
      new Float64Array(new Uint8Array(readFileSync(resolve(OUT, `${side}-${papers}.bin`))).buffer);
    const a = read("ours");
    const b = read("d3");
    let worst = 0;
    for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]));
    if (!(worst < 1e-6)) throw new Error(`positions differ from d3-force by ${worst} at ${papers}`);
    const row = `| ${papers} | ${ours.authors} | ${ours.edges} | ${ours.seconds.toFixed(1)} s | ${d3.seconds.toFixed(1)} s | ${(d3.seconds / ours.seconds).toFixed(2)}× | ${ours.growthMB.toFixed(0)} MB | ${d3.growthMB.toFixed(0)} MB | ${worst.toExponential(0)} | ${communities.seconds.toFixed(1)} s | ${(communities.seconds / ours.seconds).toFixed(2)}× |`;
    console.log(row);
    rows.push(row);
  }
  const table = [
    "| papers | authors | edges | ours (d3 model) | d3-force | d3 ÷ ours | ours: memory growth | d3: memory growth | largest position difference | ours (communities model, the default) | communities ÷ d3 model |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows,
  ].join("\n");
  console.log(`\n${table}`);
  writeFileSync(resolve(OUT, "layout.md"), `${table}\n`);
}

const argv = process.argv.slice(2);
if (argv[0] === "--child") child(argv[1], Number(argv[2]));
else {
  const i = argv.indexOf("--papers");
  parent((i >= 0 ? argv[i + 1] : "20000,100000").split(",").map(Number));
}
