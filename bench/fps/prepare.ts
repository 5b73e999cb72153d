// Builds the frame-rate bench graphs: synthetic profiles → corpus → graph → metrics → layout → JSON.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildCoauthorGraph } from "../../src/graph/coauthor-graph.ts";
import { layoutOptionsForSize } from "../../src/layout/force-kernel.ts";
import { layoutInputFromGraph } from "../../src/layout/layout-input.ts";
import { runLayout } from "../../src/layout/run-layout.ts";
import { computeMetrics } from "../../src/metrics/compute-metrics.ts";
import { buildCorpus, parseFile } from "../../src/parse/index.ts";
import { generateCorpus } from "../generate-corpus.ts";
import type { BenchGraph } from "./bench-graph.ts";
import { authorRow, metricsAtRow } from "../../src/metrics/author-table.ts";

/** Papers per size: with half an author per paper, 2k papers give ≈ 1k authors. */
export const SIZES: { label: string; papers: number }[] = [
  { label: "1k", papers: 2_000 },
  { label: "5k", papers: 10_000 },
  { label: "10k", papers: 20_000 },
  { label: "20k", papers: 40_000 },
];

/** Generates (or reads the cached) bench graph of one size into `dir`. */
export function prepareGraph(dir: string, size: { label: string; papers: number }): string {
  const file = join(dir, `graph-${size.label}.json`);
  if (existsSync(file)) {
    const cached = JSON.parse(readFileSync(file, "utf8")) as BenchGraph & { papers?: number };
    if (cached.papers === size.papers) return file;
  }
  mkdirSync(dir, { recursive: true });
  const t0 = performance.now();
  const text = generateCorpus({ papers: size.papers, seed: 1, authorsPerPaper: 0.5 });
  const corpus = buildCorpus([parseFile(text, `synthetic-${size.label}.txt`)]);
  const graph = buildCoauthorGraph(corpus);
  const metrics = computeMetrics(graph, { betweenness: "sampled", samples: 32 });
  const input = layoutInputFromGraph(graph);
  const xy = runLayout(input, layoutOptionsForSize(input.ids.length));
  const index = new Map(input.ids.map((id, i) => [id, i]));
  const out: BenchGraph & { papers: number } = {
    label: size.label,
    papers: size.papers,
    nodes: input.ids.map((id, i) => {
      const a = graph.getNodeAttributes(id);
      const row = authorRow(metrics.authors, id);
      if (row < 0) throw new Error(`bench: no metrics for author ${id}`);
      const m = metricsAtRow(metrics.authors.columns, row);
      return {
        id,
        name: a.name,
        x: Math.round(xy[2 * i] * 100) / 100,
        y: Math.round(xy[2 * i + 1] * 100) / 100,
        papers: a.papers,
        pagerank: m.pagerank,
        community: m.community,
        owner: a.owner,
      };
    }),
    edges: graph.mapEdges((_e, attributes, source, target): [number, number, number] => [
      index.get(source) as number,
      index.get(target) as number,
      attributes.weight,
    ]),
  };
  writeFileSync(file, JSON.stringify(out));
  console.log(
    `bench/fps: ${size.label}: ${out.nodes.length} authors, ${out.edges.length} edges, prepared in ${Math.round(performance.now() - t0)} ms`,
  );
  return file;
}
