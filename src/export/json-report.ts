// The JSON contract of PRODUCT.md: summary, authors with metrics, papers, edges, warnings.
import type { CoauthorGraph } from "../graph/coauthor-graph.ts";
import type { AuthorIds, Corpus, PaperIds, Warning } from "../model/types.ts";
import { authorYearSpans, paperYearIndex, yearSpan, type YearSpan } from "../graph/years.ts";
import type { AuthorMetrics, MetricsResult } from "../metrics/index.ts";
import { authorMetrics } from "../metrics/author-table.ts";

/** An author of the report: identity, display name and every metric. */
export interface ReportAuthor extends AuthorMetrics, YearSpan {
  id: string;
  name: string;
  /** Identifiers the sources gave (ORCID, Scopus id, …); `{}` when none. */
  ids: AuthorIds;
}

/** An author of the JSON report: with the identifiers a source gave (ORCID, OpenAlex, dblp…). */
export type ReportAuthorWithIds = ReportAuthor;

export interface ReportPaper {
  id: string;
  title: string;
  year: number | null;
  venue: string | null;
  /** The normalized DOI (`10.1145/abc`), when the source gave one. */
  doi?: string;
  /** Other identifiers the sources gave (dblp key, OpenAlex work, PubMed id, Scopus EID). */
  ids?: PaperIds;
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
  const spans = authorYearSpans(corpus.papers);
  const paperYears = paperYearIndex(corpus.papers);
  const idsOf = new Map<string, AuthorIds>();
  for (const a of corpus.authors) if (a.ids !== undefined) idsOf.set(a.id, a.ids);
  const authors = graph.mapNodes((id, node): ReportAuthor => {
    const m = authorMetrics(metrics.authors, id);
    if (m === undefined) throw new Error(`coauthor-atlas/export: no metrics for author ${id}`);
    const span = spans.get(id) ?? yearSpan([]);
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
      ids: { ...idsOf.get(id) },
    };
  });
  const papers = corpus.papers.map((p): ReportPaper => ({
    id: p.id,
    title: p.title,
    year: p.year ?? null,
    venue: p.venue ?? null,
    ...(p.doi === undefined ? {} : { doi: p.doi }),
    ...(p.ids !== undefined && { ids: { ...p.ids } }),
    ...(p.citations !== undefined && { citations: p.citations }),
    authors: p.authors,
  }));
  const edges = graph.mapEdges((_key, edge, source, target): ReportEdge => {
    const { firstYear, lastYear } = yearSpan(edge.papers.map((id) => paperYears.get(id)));
    return { source, target, weight: edge.weight, papers: edge.papers, firstYear, lastYear };
  });
  return { summary: metrics.summary, authors, papers, edges, warnings: corpus.warnings };
}
