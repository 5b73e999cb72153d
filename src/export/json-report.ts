// The JSON contract of PRODUCT.md: summary, authors with metrics, papers, edges, warnings.
import type { CoauthorGraph } from "../graph/coauthor-graph.ts";
import type { Corpus, Warning } from "../model/types.ts";
import type { AuthorMetrics, MetricsResult } from "../metrics/index.ts";

/** An author of the report: identity, display name and every metric. */
export interface ReportAuthor extends AuthorMetrics {
  id: string;
  name: string;
}

export interface ReportPaper {
  id: string;
  title: string;
  year: number | null;
  venue: string | null;
  /** The normalized DOI (`10.1145/abc`), when the source gave one. */
  doi?: string;
  authors: string[];
}

export interface ReportEdge {
  source: string;
  target: string;
  weight: number;
  papers: string[];
}

export interface Report {
  summary: MetricsResult["summary"];
  authors: ReportAuthor[];
  papers: ReportPaper[];
  edges: ReportEdge[];
  warnings: Warning[];
}

/** Builds the documented JSON report; authors in graph order, papers in corpus order. */
export function buildReport(corpus: Corpus, graph: CoauthorGraph, metrics: MetricsResult): Report {
  const authors = graph.mapNodes((id, node): ReportAuthor => {
    const m = metrics.authors[id];
    return {
      id,
      name: node.name,
      papers: m.papers,
      coauthors: m.coauthors,
      strength: m.strength,
      betweenness: m.betweenness,
      closeness: m.closeness,
      eigenvector: m.eigenvector,
      pagerank: m.pagerank,
      community: m.community,
      component: m.component,
    };
  });
  const papers = corpus.papers.map((p): ReportPaper => ({
    id: p.id,
    title: p.title,
    year: p.year ?? null,
    venue: p.venue ?? null,
    ...(p.doi === undefined ? {} : { doi: p.doi }),
    authors: p.authors,
  }));
  const edges = graph.mapEdges((_key, edge, source, target): ReportEdge => ({
    source,
    target,
    weight: edge.weight,
    papers: edge.papers,
  }));
  return { summary: metrics.summary, authors, papers, edges, warnings: corpus.warnings };
}
