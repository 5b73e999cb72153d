// The default caption under an exported map: what the picture shows, from how much data, made with what.
import type { Report } from "./json-report.ts";

/** Builds "Coauthor network of <dataset>: N authors, M coauthorships, P papers. Coauthor Atlas, <date>." (no papers part when there are none). */
export function defaultCaption(
  dataset: string,
  summary: Pick<Report["summary"], "authors" | "coauthorships" | "papers">,
  date?: string,
): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const counts = [
    plural(summary.authors, "author"),
    plural(summary.coauthorships, "coauthorship"),
    // Network files (GML, VOSviewer) have links but no papers.
    summary.papers > 0 ? plural(summary.papers, "paper") : null,
  ]
    .filter(Boolean)
    .join(", ");
  return `Coauthor network of ${dataset}: ${counts}. Coauthor Atlas${date ? `, ${date}` : ""}.`;
}
