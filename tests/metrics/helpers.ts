// Test helpers for the metrics layer: graphs from edge lists, networkx fixtures, a tiny GML reader.
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Graph from "graphology";

const HERE = dirname(fileURLToPath(import.meta.url));

/** Undirected simple graph with the given node order and `[source, target, weight?]` edges. */
export function graphFrom(nodes: string[], edges: [string, string, number?][]): Graph {
  const graph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  for (const node of nodes) graph.addNode(node, { papers: 1 });
  for (const [source, target, weight] of edges)
    graph.mergeEdge(source, target, { weight: weight ?? 1, papers: [] });
  return graph;
}

/** Values networkx 2.8 computed, by node id. */
export interface NetworkxValues {
  betweenness: Record<string, number>;
  closeness: Record<string, number>;
  eigenvector: Record<string, number>;
  pagerank: Record<string, number>;
}

export interface NetworkxFixture extends NetworkxValues {
  source: string;
  nodes: string[];
  edges: [string, string, number][];
}

/** Reads a JSON file of tests/fixtures/networkx (written by make-fixtures.py). */
export function readFixture<T = NetworkxFixture>(name: string): T {
  return JSON.parse(readFileSync(resolve(HERE, "../fixtures/networkx", name), "utf8")) as T;
}

/** Absolute path of a shared corpus, or null (with the reason printed) when it is absent. */
export function sharedCorpus(name: string): string | null {
  const path = resolve(HERE, "../../../shared/corpora", name);
  if (existsSync(path)) return path;
  console.log(`skipping: ${path} is absent (real corpora live in ../shared/corpora)`);
  return null;
}

/**
 * Just enough GML for Newman's files: node ids in file order and edges with `value` as weight.
 * Node ids become strings.
 */
export function readNewmanGml(path: string): Graph {
  const text = readFileSync(path, "utf8");
  const nodes = [...text.matchAll(/\bnode\s*\[\s*id\s+(\d+)/g)].map((m) => m[1]);
  const edges = [
    ...text.matchAll(/\bedge\s*\[\s*source\s+(\d+)\s+target\s+(\d+)\s+value\s+([-\d.eE+]+)/g),
  ].map((m): [string, string, number] => [m[1], m[2], Number(m[3])]);
  return graphFrom(nodes, edges);
}

/** Largest |actual − expected| over the expected ids (throws on an id missing from actual). */
export function maxDifference(
  actual: Record<string, number>,
  expected: Record<string, number>,
): number {
  let worst = 0;
  for (const [id, value] of Object.entries(expected)) {
    if (!(id in actual)) throw new Error(`no value for node ${id}`);
    worst = Math.max(worst, Math.abs(actual[id] - value));
  }
  return worst;
}
