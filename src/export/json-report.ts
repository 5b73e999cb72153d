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

/**
 * A report whose lists may be produced on demand (the field-scale pipeline generates authors,
 * papers and edges from typed arrays as a writer walks them) instead of held as arrays. A
 * {@link Report} is one. A list may be walked more than once (to look names up, say), so each must
 * be an array or an iterable whose iterator starts afresh, never a one-shot generator.
 */
export interface ReportSource {
  summary: Report["summary"];
  authors: Iterable<ReportAuthor>;
  papers: Iterable<ReportPaper>;
  edges: Iterable<ReportEdge>;
  warnings: Iterable<Warning>;
  /** Title of a paper by id; when absent, writers that need titles look them up in `papers`. */
  paperTitle?: (id: string) => string | undefined;
  /** Display name of an author by id; when absent, looked up in `authors`. */
  authorName?: (id: string) => string | undefined;
}

/** The source's title lookup, or one built from its papers (one walk of the list). */
export function paperTitleLookup(report: ReportSource): (id: string) => string | undefined {
  if (report.paperTitle) return report.paperTitle;
  const titles = new Map<string, string>();
  for (const p of report.papers) titles.set(p.id, p.title);
  return (id) => titles.get(id);
}

/** The source's name lookup, or one built from its authors (one walk of the list). */
export function authorNameLookup(report: ReportSource): (id: string) => string | undefined {
  if (report.authorName) return report.authorName;
  const names = new Map<string, string>();
  for (const a of report.authors) names.set(a.id, a.name);
  return (id) => names.get(id);
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
