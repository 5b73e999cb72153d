// The default caption under an exported map: what the picture shows, from how much data, made with what.
import type { Report } from "./json-report.ts";

/** What a caption counts: what is drawn and, when only part is drawn, the whole. */
export interface CaptionCounts {
  authors: number;
  coauthorships: number;
  papers: number;
  /** All authors of the data, when the map shows fewer. */
  totalAuthors?: number;
  /** All papers of the data, when the drawn authors wrote fewer. */
  totalPapers?: number;
  /** The active filters in words (`2 hops from T. Schaub, at least 2 papers`). */
  filters?: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const ofTotal = (n: number, total: number | undefined, word: string) =>
  total !== undefined && total !== n ? `${n} of ${plural(total, word)}` : plural(n, word);

/**
 * Builds "Coauthor network of <dataset>: N authors, M coauthorships, P papers. Coauthor Atlas,
 * <date>." (no papers part when there are none). When part of the data is drawn it says so:
 * "231 of 2596 authors, 2 hops from T. Schaub; 1170 coauthorships; 980 of 3076 papers".
 */
export function defaultCaption(dataset: string, counts: CaptionCounts, date?: string): string {
  const partial =
    counts.filters !== undefined ||
    (counts.totalAuthors !== undefined && counts.totalAuthors !== counts.authors);
  const authors = ofTotal(counts.authors, counts.totalAuthors, "author");
  const parts = [
    counts.filters ? `${authors}, ${counts.filters}` : authors,
    plural(counts.coauthorships, "coauthorship"),
    // Network files (GML, VOSviewer) have links but no papers.
    counts.papers > 0 || (counts.totalPapers ?? 0) > 0
      ? ofTotal(counts.papers, counts.totalPapers, "paper")
      : null,
  ].filter((p): p is string => p !== null);
  const text = parts.join(partial ? "; " : ", ");
  return `Coauthor network of ${dataset}: ${text}. Coauthor Atlas${date ? `, ${date}` : ""}.`;
}

/**
 * The counts of a view for its caption: the drawn authors and links, the papers with a drawn
 * author, each next to the whole of `report`.
 */
export function captionCounts(
  drawn: { nodes: readonly { id: string }[]; edges: { length: number } },
  report: Pick<Report, "authors" | "papers">,
  filters?: string,
): CaptionCounts {
  const ids = new Set(drawn.nodes.map((n) => n.id));
  let papers = 0;
  for (const p of report.papers) if (p.authors.some((a) => ids.has(a))) papers++;
  return {
    authors: ids.size,
    coauthorships: drawn.edges.length,
    papers,
    totalAuthors: report.authors.length,
    totalPapers: report.papers.length,
    ...(filters ? { filters } : {}),
  };
}
