// The field-scale coauthor network: corpus → typed arrays (CSR plus edge lists), no graph object, no per-edge object.
import { documentsOf, fileClusters } from "../graph/network-nodes.ts";
import { DEFAULT_PROJECTION_OPTIONS, type ProjectionOptions } from "../graph/coauthor-graph.ts";
import type { Csr } from "../metrics/csr.ts";
import type { Corpus } from "../model/types.ts";
import { GrowableFloat64, GrowableInt32 } from "./growable.ts";
import { PairIndex } from "./pair-index.ts";

/**
 * The coauthor projection of a corpus in arrays. Node `i` is `ids[i]` (corpus author order, as
 * the graphology projection orders its nodes); edge `e` is the e-th distinct pair in first-met
 * order (papers in corpus order, byline pairs i < j, then network-file links), with its endpoints
 * as first met — the order `buildCoauthorGraph` inserts edges in, so every kernel sees the same CSR.
 */
export interface FieldNetwork {
  ids: string[];
  names: string[];
  /** Papers each author is on (all of them, including papers over `maxAuthors`). */
  paperCounts: Int32Array;
  /** 1 for the owner of a loaded profile. */
  owner: Uint8Array;
  /** A network file's cluster of every author (VOSviewer `cluster`), or null. */
  clusters?: Int32Array | null;
  edgeSource: Int32Array;
  edgeTarget: Int32Array;
  /** Full counting: shared papers; fractional: Σ 1/(n−1); links add their weight. */
  edgeWeight: Float64Array;
  /** Papers of edge e, as indices into the paper list: `edgePapers[edgePaperOffsets[e] …]`, in corpus order. */
  edgePaperOffsets: Int32Array;
  edgePapers: Int32Array;
  /** Authors of paper p as nodes, in byline order: `paperAuthorNodes[paperAuthorOffsets[p] …]`. */
  paperAuthorOffsets: Int32Array;
  paperAuthorNodes: Int32Array;
  /** Adjacency, each edge in both directions, neighbours in edge order (as `toCsr` of the graph). */
  csr: Csr;
}

/** Compressed sparse rows of an edge list, neighbours in edge order (as metrics/csr.ts `toCsr`). */
export function csrFromEdges(
  ids: string[],
  source: Int32Array,
  target: Int32Array,
  weight: Float64Array,
): Csr {
  const n = ids.length;
  const m = source.length;
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    offsets[source[e] + 1]++;
    offsets[target[e] + 1]++;
  }
  for (let i = 0; i < n; i++) offsets[i + 1] += offsets[i];
  const cursor = offsets.slice(0, n);
  const targets = new Int32Array(2 * m);
  const weights = new Float64Array(2 * m);
  for (let e = 0; e < m; e++) {
    const s = source[e];
    const t = target[e];
    targets[cursor[s]] = t;
    weights[cursor[s]++] = weight[e];
    targets[cursor[t]] = s;
    weights[cursor[t]++] = weight[e];
  }
  return { ids, offsets, targets, weights };
}

/** Groups (edge, paper) occurrences by edge, keeping their order: CSR of edge → papers. */
function groupByEdge(edges: number, occurrenceEdge: Int32Array, occurrencePaper: Int32Array) {
  const offsets = new Int32Array(edges + 1);
  for (let k = 0; k < occurrenceEdge.length; k++) offsets[occurrenceEdge[k] + 1]++;
  for (let e = 0; e < edges; e++) offsets[e + 1] += offsets[e];
  const cursor = offsets.slice(0, edges);
  const papers = new Int32Array(occurrenceEdge.length);
  for (let k = 0; k < occurrenceEdge.length; k++)
    papers[cursor[occurrenceEdge[k]]++] = occurrencePaper[k];
  return { offsets, papers };
}

/**
 * Builds the coauthor projection of `corpus` as {@link buildCoauthorGraph} does (same nodes,
 * edges, weights, paper lists and order), into typed arrays: a pair table numbers the edges, and
 * each (edge, paper) occurrence is two integers. Memory is about 60 bytes per edge plus 8 per
 * shared-paper occurrence, nothing per paper beyond the corpus itself.
 */
export function buildFieldNetwork(
  corpus: Corpus,
  options: Partial<ProjectionOptions> = {},
): FieldNetwork {
  const { counting, maxAuthors } = { ...DEFAULT_PROJECTION_OPTIONS, ...options };
  const n = corpus.authors.length;
  const ids = corpus.authors.map((a) => a.id);
  const names = corpus.authors.map((a) => a.name);
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) index.set(ids[i], i);
  const owner = new Uint8Array(n);
  for (const id of corpus.owners) {
    const i = index.get(id);
    if (i !== undefined) owner[i] = 1;
  }
  const paperCounts = new Int32Array(n);
  const pairs = new PairIndex(corpus.papers.length);
  const source = new GrowableInt32();
  const target = new GrowableInt32();
  const weight = new GrowableFloat64();
  const occurrenceEdge = new GrowableInt32();
  const occurrencePaper = new GrowableInt32();
  const paperAuthorOffsets = new Int32Array(corpus.papers.length + 1);
  const paperAuthorNodes = new GrowableInt32();
  const edgeOf = (a: number, b: number): number => {
    const e = pairs.getOrAdd(a, b);
    if (e === source.length) {
      source.push(a);
      target.push(b);
      weight.push(0);
    }
    return e;
  };
  let byline = new Int32Array(64);
  corpus.papers.forEach((paper, p) => {
    const k = paper.authors.length;
    if (byline.length < k) byline = new Int32Array(k);
    for (let i = 0; i < k; i++) {
      const v = index.get(paper.authors[i]);
      if (v === undefined)
        throw new Error(
          `coauthor-atlas/pipeline: paper ${paper.id} names author ${paper.authors[i]}, who is not in the corpus`,
        );
      byline[i] = v;
      paperCounts[v]++;
      paperAuthorNodes.push(v);
    }
    paperAuthorOffsets[p + 1] = paperAuthorNodes.length;
    if (k < 2 || k > maxAuthors) return;
    const increment = counting === "full" ? 1 : 1 / (k - 1);
    for (let i = 0; i < k; i++)
      for (let j = i + 1; j < k; j++) {
        const e = edgeOf(byline[i], byline[j]);
        weight.add(e, increment);
        occurrenceEdge.push(e);
        occurrencePaper.push(p);
      }
  });
  for (const link of corpus.links) {
    if (link.source === link.target) continue;
    const a = index.get(link.source);
    const b = index.get(link.target);
    if (a === undefined || b === undefined) continue;
    weight.add(edgeOf(a, b), link.weight);
  }
  const edgeSource = source.toArray();
  const edgeTarget = target.toArray();
  const edgeWeight = weight.toArray();
  const grouped = groupByEdge(edgeSource.length, occurrenceEdge.view(), occurrencePaper.view());
  // A network file's author without papers counts its file's documents (VOSviewer `Documents`).
  if (corpus.networkAuthors)
    for (let v = 0; v < n; v++)
      if (paperCounts[v] === 0) paperCounts[v] = documentsOf(corpus.networkAuthors[ids[v]]) ?? 0;
  return {
    ids,
    names,
    clusters: fileClusters(corpus, ids),
    paperCounts,
    owner,
    edgeSource,
    edgeTarget,
    edgeWeight,
    edgePaperOffsets: grouped.offsets,
    edgePapers: grouped.papers,
    paperAuthorOffsets,
    paperAuthorNodes: paperAuthorNodes.toArray(),
    csr: csrFromEdges(ids, edgeSource, edgeTarget, edgeWeight),
  };
}
