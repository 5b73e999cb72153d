// The JSON contract's report over a field network: authors, papers and edges generated from arrays as a writer walks them.
import type { ReportAuthor, ReportEdge, ReportPaper, ReportSource } from "../export/json-report.ts";
import { yearSpan, type YearSpan } from "../graph/years.ts";
import type { AuthorIds, Corpus } from "../model/types.ts";
import { metricsAtRow } from "../metrics/author-table.ts";
import type { FieldMetrics } from "./field-metrics.ts";
import { edgeYears, paperYearArray } from "./field-edges-json.ts";
import type { FieldNetwork } from "./field-network.ts";

/** An iterable whose every walk starts afresh (writers may walk a list twice). */
function lazy<T>(length: number, at: (i: number) => T): Iterable<T> {
  return {
    *[Symbol.iterator]() {
      for (let i = 0; i < length; i++) yield at(i);
    },
  };
}

/**
 * Each node's first, last and mean year over its papers (as `authorYearSpans` of the corpus
 * gives them: the same sums in the same order), from the network's paper bylines.
 */
function nodeYearSpans(corpus: Corpus, network: FieldNetwork): (v: number) => YearSpan {
  const n = network.ids.length;
  const first = new Float64Array(n).fill(Infinity);
  const last = new Float64Array(n).fill(-Infinity);
  const sum = new Float64Array(n);
  const count = new Int32Array(n);
  const { paperAuthorOffsets, paperAuthorNodes } = network;
  corpus.papers.forEach((paper, p) => {
    const y = paper.year;
    if (y === undefined || !Number.isFinite(y)) return;
    for (let k = paperAuthorOffsets[p]; k < paperAuthorOffsets[p + 1]; k++) {
      const v = paperAuthorNodes[k];
      if (y < first[v]) first[v] = y;
      if (y > last[v]) last[v] = y;
      sum[v] += y;
      count[v]++;
    }
  });
  const none = yearSpan([]);
  return (v) =>
    count[v] === 0 ? none : { firstYear: first[v], lastYear: last[v], meanYear: sum[v] / count[v] };
}

/**
 * The report of `buildReport` (same fields, same order, same values) for a network built from
 * `corpus` and its metrics, without holding an object per author, paper or edge: each is made
 * when a writer reaches it. `network.edgePapers` index `corpus.papers`.
 */
export function fieldReport(
  corpus: Corpus,
  network: FieldNetwork,
  metrics: FieldMetrics,
): ReportSource {
  const { ids, names } = network;
  const spanOf = nodeYearSpans(corpus, network);
  const idsOf = new Map<string, AuthorIds>();
  for (const a of corpus.authors) if (a.ids !== undefined) idsOf.set(a.id, a.ids);
  const author = (v: number): ReportAuthor => ({
    id: ids[v],
    name: names[v],
    ...metricsAtRow(metrics, v),
    ...spanOf(v),
    ids: { ...idsOf.get(ids[v]) },
  });
  const paper = (i: number): ReportPaper => {
    const p = corpus.papers[i];
    return {
      id: p.id,
      title: p.title,
      year: p.year ?? null,
      venue: p.venue ?? null,
      ...(p.doi !== undefined && { doi: p.doi }),
      ...(p.ids !== undefined && { ids: { ...p.ids } }),
      ...(p.citations !== undefined && { citations: p.citations }),
      authors: p.authors,
    };
  };
  /** Each paper's year, made when the first edge is written. */
  let paperYears: Float64Array | null = null;
  const edge = (e: number): ReportEdge => {
    const papers: string[] = [];
    for (let k = network.edgePaperOffsets[e]; k < network.edgePaperOffsets[e + 1]; k++)
      papers.push(corpus.papers[network.edgePapers[k]].id);
    return {
      source: ids[network.edgeSource[e]],
      target: ids[network.edgeTarget[e]],
      weight: network.edgeWeight[e],
      papers,
      ...edgeYears((paperYears ??= paperYearArray(corpus)), network, e),
    };
  };
  let titles: Map<string, string> | null = null;
  let authorIndex: Map<string, number> | null = null;
  return {
    summary: metrics.summary,
    authors: lazy(ids.length, author),
    papers: lazy(corpus.papers.length, paper),
    edges: lazy(network.edgeSource.length, edge),
    warnings: corpus.warnings,
    paperTitle(id) {
      // Paper ids are `p<k>` in corpus order unless the corpus was cut down.
      const k = Number(id.slice(1)) - 1;
      if (corpus.papers[k]?.id === id) return corpus.papers[k].title;
      titles ??= new Map(corpus.papers.map((p) => [p.id, p.title]));
      return titles.get(id);
    },
    authorName(id) {
      authorIndex ??= new Map(ids.map((a, v) => [a, v]));
      const v = authorIndex.get(id);
      return v === undefined ? undefined : names[v];
    },
  };
}
