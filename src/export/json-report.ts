// The JSON contract of PRODUCT.md: summary, authors with metrics, papers, edges, warnings.
import type { CoauthorGraph } from "../graph/coauthor-graph.ts";
import type { AuthorIds, Corpus, Warning } from "../model/types.ts";
import { authorYearSpans, paperYearIndex, yearSpan, type YearSpan } from "../graph/years.ts";
import type { AuthorMetrics, MetricsResult } from "../metrics/index.ts";

/** An author of the report: identity, display name and every metric. */
export interface ReportAuthor extends AuthorMetrics, YearSpan {
  id: string;
  name: string;
}

/** An author of the JSON report: with the identifiers a source gave (ORCID, OpenAlex, dblp…). */
export type ReportAuthorWithIds = ReportAuthor & { ids?: AuthorIds };

export interface ReportPaper {
  id: string;
  title: string;
  year: number | null;
  venue: string | null;
  /** The normalized DOI (`10.1145/abc`), when the source gave one. */
  doi?: string;
  citations?: number;
  authors: string[];
}

export interface ReportEdge {
  source: string;
  target: string;
  weight: number;
  papers: string[];
  /** Years of the shared papers (null for links from network files, which have none). */
  firstYear: number | null;
  lastYear: number | null;
}

export interface Report {
  summary: MetricsResult["summary"];
  authors: ReportAuthorWithIds[];
  papers: ReportPaper[];
  edges: ReportEdge[];
  warnings: Warning[];
}

/** Builds the documented JSON report; authors in graph order, papers in corpus order. */
export function buildReport(corpus: Corpus, graph: CoauthorGraph, metrics: MetricsResult): Report {
  const spans = authorYearSpans(corpus.papers);
  const paperYears = paperYearIndex(corpus.papers);
  const idsOf = new Map<string, AuthorIds>();
  for (const a of corpus.authors) if (a.ids !== undefined) idsOf.set(a.id, a.ids);
  const authors = graph.mapNodes((id, node): ReportAuthorWithIds => {
    const m = metrics.authors[id];
    const span = spans.get(id) ?? yearSpan([]);
    const ids = idsOf.get(id);
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
      firstYear: span.firstYear,
      lastYear: span.lastYear,
      meanYear: span.meanYear,
      ...(ids === undefined ? {} : { ids }),
    };
  });
  const papers = corpus.papers.map((p): ReportPaper => ({
    id: p.id,
    title: p.title,
    year: p.year ?? null,
    venue: p.venue ?? null,
    ...(p.doi === undefined ? {} : { doi: p.doi }),
    ...(p.citations !== undefined && { citations: p.citations }),
    authors: p.authors,
  }));
  const edges = graph.mapEdges((_key, edge, source, target): ReportEdge => {
    const { firstYear, lastYear } = yearSpan(edge.papers.map((id) => paperYears.get(id)));
    return { source, target, weight: edge.weight, papers: edge.papers, firstYear, lastYear };
  });
  return { summary: metrics.summary, authors, papers, edges, warnings: corpus.warnings };
}
