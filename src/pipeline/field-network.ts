// The field-scale coauthor network: corpus → typed arrays (CSR plus edge lists), no graph object, no per-edge object.
import { documentsOf, fileClusters } from "../graph/network-nodes.ts";
import { DEFAULT_PROJECTION_OPTIONS, type ProjectionOptions } from "../graph/coauthor-graph.ts";
import type { Csr } from "../metrics/csr.ts";
import type { Corpus } from "../model/types.ts";
import { GrowableInt32 } from "../model/growable.ts";
import { paperAuthorNodesOf, type PaperAuthorNodes } from "../model/paper-author-nodes.ts";
import { groupPairs } from "./pair-groups.ts";

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

/**
 * Builds the coauthor projection of `corpus` as {@link buildCoauthorGraph} does (same nodes,
 * edges, weights, paper lists and order), into typed arrays: every (pair, paper) occurrence is
 * three integers, grouped into edges by counting sorts (pair-groups.ts). Papers' authors come as
 * node indices from the corpus builder when it noted them (paper-author-nodes.ts), else by id.
 * Memory is about 60 bytes per edge plus 28 per occurrence while building (4 after), nothing per
 * paper beyond the corpus itself.
 */
export function buildFieldNetwork(
  corpus: Corpus,
  options: Partial<ProjectionOptions> = {},
): FieldNetwork {
  const { counting, maxAuthors } = { ...DEFAULT_PROJECTION_OPTIONS, ...options };
  const n = corpus.authors.length;
  const ids = corpus.authors.map((a) => a.id);
  const names = corpus.authors.map((a) => a.name);
  let index: Map<string, number> | null = null;
  const indexOf = (id: string): number | undefined => {
    if (index === null) {
      index = new Map();
      for (let i = 0; i < n; i++) index.set(ids[i], i);
    }
    return index.get(id);
  };
  const owner = new Uint8Array(n);
  // A profile or two: a scan, not an index of every id.
  for (const id of corpus.owners) {
    const i = corpus.owners.length <= 4 ? ids.indexOf(id) : (indexOf(id) ?? -1);
    if (i >= 0) owner[i] = 1;
  }
  const { offsets: paperAuthorOffsets, nodes: paperAuthorNodes } =
    paperAuthorNodesOf(corpus) ?? lookUpPaperAuthors(corpus, indexOf);
  const paperCounts = new Int32Array(n);
  for (const v of paperAuthorNodes) paperCounts[v]++;

  // Every coauthor pair of every paper (byline pairs i < j, papers in order), then the links:
  // occurrence k is the pair {first[k], second[k]} from paper `paperOf[k]`, or link -1 - paperOf[k].
  const P = corpus.papers.length;
  const projected = (p: number) => {
    const k = paperAuthorOffsets[p + 1] - paperAuthorOffsets[p];
    return k >= 2 && k <= maxAuthors ? k : 0;
  };
  let count = 0;
  for (let p = 0; p < P; p++) {
    const k = projected(p);
    count += (k * (k - 1)) / 2;
  }
  const linked: [number, number, number][] = [];
  for (const link of corpus.links) {
    if (link.source === link.target) continue;
    const a = indexOf(link.source);
    const b = indexOf(link.target);
    if (a !== undefined && b !== undefined) linked.push([a, b, link.weight]);
  }
  count += linked.length;
  const first = new Int32Array(count);
  const second = new Int32Array(count);
  const paperOf = new Int32Array(count);
  let k = 0;
  for (let p = 0; p < P; p++) {
    const size = projected(p);
    const from = paperAuthorOffsets[p];
    for (let i = 0; i < size; i++)
      for (let j = i + 1; j < size; j++) {
        first[k] = paperAuthorNodes[from + i];
        second[k] = paperAuthorNodes[from + j];
        paperOf[k++] = p;
      }
  }
  linked.forEach(([a, b], l) => {
    first[k] = a;
    second[k] = b;
    paperOf[k++] = -1 - l;
  });

  const { offsets: groupOffsets, order } = groupPairs(first, second, n);
  const m = groupOffsets.length - 1;
  const edgeSource = new Int32Array(m);
  const edgeTarget = new Int32Array(m);
  const edgeWeight = new Float64Array(m);
  const edgePaperOffsets = new Int32Array(m + 1);
  const edgePapers = new Int32Array(count - linked.length);
  let shared = 0;
  for (let e = 0; e < m; e++) {
    const start = order[groupOffsets[e]];
    edgeSource[e] = first[start];
    edgeTarget[e] = second[start];
    let weight = 0;
    for (let g = groupOffsets[e]; g < groupOffsets[e + 1]; g++) {
      const p = paperOf[order[g]];
      if (p < 0) weight += linked[-1 - p][2];
      else {
        weight += counting === "full" ? 1 : 1 / (projected(p) - 1);
        edgePapers[shared++] = p;
      }
    }
    edgeWeight[e] = weight;
    edgePaperOffsets[e + 1] = shared;
  }
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
    edgePaperOffsets,
    edgePapers,
    paperAuthorOffsets,
    paperAuthorNodes,
    csr: csrFromEdges(ids, edgeSource, edgeTarget, edgeWeight),
  };
}

/** Each paper's authors as node indices, looked up by id (a corpus without noted indices). */
function lookUpPaperAuthors(
  corpus: Corpus,
  indexOf: (id: string) => number | undefined,
): PaperAuthorNodes {
  const offsets = new Int32Array(corpus.papers.length + 1);
  const nodes = new GrowableInt32();
  corpus.papers.forEach((paper, p) => {
    for (const id of paper.authors) {
      const v = indexOf(id);
      if (v === undefined)
        throw new Error(
          `coauthor-atlas/pipeline: paper ${paper.id} names author ${id}, who is not in the corpus`,
        );
      nodes.push(v);
    }
    offsets[p + 1] = nodes.length;
  });
  return { offsets, nodes: nodes.toArray() };
}
