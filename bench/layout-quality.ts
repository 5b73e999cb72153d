// Benchmark (issue 10): does the map show the communities? On the four corpora, the CLI's
// exported layout (`coauthor-atlas analyze FILE --format gexf`: positions and communities) next
// to the d3-force model it replaced and ForceAtlas2 (bench/layout-reference.ts), by community
// separation and the intra÷inter edge length ratio (src/layout/layout-quality.ts).
//   npm run bench:layout                      quality table (corpora from ../shared/corpora)
//   npm run bench:layout -- --speed [--papers 20000,100000]   kernel vs d3-force speed table
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "../src/cli/main.ts";
import { sizedLayoutOptions } from "../src/layout/force-kernel.ts";
import { computeLayout, runLayout } from "../src/layout/run-layout.ts";
import { layoutQuality, type LayoutQuality } from "../src/layout/layout-quality.ts";
import {
  FA2_ITERATIONS,
  forceAtlas2Positions,
  LAYOUT_CORPORA,
  readCorpusGraph,
} from "./layout-reference.ts";

const HERE = dirname(fileURLToPath(import.meta.url));
const CORPORA = resolve(HERE, "../../shared/corpora");
const OUT = resolve(HERE, "out/layout");

const unescape = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) =>
    e === "lt" ? "<" : e === "gt" ? ">" : e === "quot" ? '"' : e === "apos" ? "'" : "&",
  );

/** Positions, communities and edges of a GEXF file as `writeGexf` writes it. */
export function readExportedGexf(text: string) {
  const index = new Map<string, number>();
  const xy: number[] = [];
  const community: number[] = [];
  for (const node of text.matchAll(/<node id="([^"]*)"[\s\S]*?<\/node>/g)) {
    index.set(unescape(node[1]), index.size);
    const c = /for="community" value="(-?\d+)"/.exec(node[0]);
    const p = /<viz:position x="([^"]+)" y="([^"]+)"/.exec(node[0]);
    if (!c || !p) throw new Error(`node ${node[1]} has no community or position`);
    community.push(Number(c[1]));
    xy.push(Number(p[1]), Number(p[2]));
  }
  const sources: number[] = [];
  const targets: number[] = [];
  for (const edge of text.matchAll(/<edge id="[^"]*" source="([^"]*)" target="([^"]*)"/g)) {
    sources.push(index.get(unescape(edge[1])) as number);
    targets.push(index.get(unescape(edge[2])) as number);
  }
  return { positions: xy, community, sources, targets };
}

/** The CLI's `--format gexf` output for `path`, measured. */
async function cliQuality(path: string): Promise<LayoutQuality> {
  let gexf = "";
  const code = await main(["analyze", path, "--format", "gexf"], {
    stdout: (text) => (gexf += text),
    stderr: () => undefined,
  });
  if (code !== 0) throw new Error(`coauthor-atlas analyze ${path} failed (${code})`);
  return layoutQuality(readExportedGexf(gexf));
}

const seconds = (start: number) => (performance.now() - start) / 1000;
const f2 = (v: number) => (Number.isNaN(v) ? "–" : v.toFixed(2).replace("-", "−"));

async function quality(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const rows: string[] = [];
  for (const name of LAYOUT_CORPORA) {
    const path = resolve(CORPORA, name);
    if (!existsSync(path)) {
      console.log(`skipped ${name}: not in ${CORPORA}`);
      continue;
    }
    const { graph, input } = readCorpusGraph(path);
    const measure = (positions: Float64Array) => layoutQuality({ ...input, positions });
    const xyOf = (layout: ReturnType<typeof computeLayout>) =>
      Float64Array.from(input.ids.flatMap((id) => [layout[id].x, layout[id].y]));
    let start = performance.now();
    const before = measure(xyOf(computeLayout(graph, { model: "d3" })));
    const beforeSeconds = seconds(start);
    start = performance.now();
    runLayout(input, sizedLayoutOptions(input.ids.length));
    const oursSeconds = seconds(start);
    const ours = await cliQuality(path);
    start = performance.now();
    const fa2 = measure(forceAtlas2Positions(graph, input.ids));
    const fa2Seconds = seconds(start);
    const row = `| ${name} | ${input.ids.length} | ${ours.largestComponent} | ${ours.communities} | ${f2(before.separation)} | **${f2(ours.separation)}** | ${f2(fa2.separation)} | ${f2(before.edgeRatio)} | **${f2(ours.edgeRatio)}** | ${f2(fa2.edgeRatio)} | ${beforeSeconds.toFixed(1)} s | ${oursSeconds.toFixed(1)} s | ${fa2Seconds.toFixed(1)} s |`;
    console.log(row);
    rows.push(row);
  }
  const table = [
    "| corpus | authors | largest component | communities ≥ 5 there | separation: d3 model | ours | ForceAtlas2 | edge ratio: d3 model | ours | ForceAtlas2 | layout: d3 model | ours | ForceAtlas2 |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows,
  ].join("\n");
  console.log(
    `\n${table}\n\nForceAtlas2: inferSettings, ${FA2_ITERATIONS} iterations, edge weights.`,
  );
  writeFileSync(resolve(OUT, "quality.md"), `${table}\n`);
}

const argv = process.argv.slice(2);
if (argv.includes("--speed"))
  execFileSync(
    process.execPath,
    ["--import", "tsx", resolve(HERE, "layout-vs-d3.ts"), ...argv.filter((a) => a !== "--speed")],
    { stdio: "inherit" },
  );
else await quality();
