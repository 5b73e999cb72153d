// The per-author values a colour mode reads from a corpus: years, citations, source file.
import { authorYearSpans } from "../graph/years.ts";
import type { Corpus } from "../model/types.ts";
import {
  categoricalColoring,
  continuousColoring,
  yearTicks,
  type ColorMode,
  type NodeColoring,
} from "./color-by.ts";

/** Sum of the citation counts of each author's papers; null for an author with no counted paper. */
export function authorCitations(corpus: Corpus): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const a of corpus.authors) out.set(a.id, null);
  for (const p of corpus.papers)
    if (p.citations !== undefined)
      for (const a of p.authors) out.set(a, (out.get(a) ?? 0) + (p.citations as number));
  return out;
}

/** The file each author was first read from (their first paper's file). */
export function authorFiles(corpus: Corpus): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const p of corpus.papers)
    for (const a of p.authors) if (!out.has(a)) out.set(a, baseName(p.file));
  for (const a of corpus.authors) if (!out.has(a.id)) out.set(a.id, null);
  return out;
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** Why a colour mode cannot colour `corpus` (no dated paper, no citation count, one file), or null. */
export function colorModeUnavailable(mode: ColorMode, corpus: Corpus): string | null {
  switch (mode) {
    case "community":
      return null;
    case "year":
    case "first-year":
      return corpus.papers.some((p) => p.year !== undefined && Number.isFinite(p.year))
        ? null
        : "no paper has a year";
    case "citations":
      return corpus.papers.some((p) => p.citations !== undefined)
        ? null
        : "no paper has a citation count";
    case "file":
      return new Set(corpus.papers.map((p) => p.file)).size > 1 ? null : "only one source file";
  }
}

/**
 * The colouring of a mode other than `community` (which the scene colours itself: returns null):
 * `year` by mean publication year, `first-year` by the year of the first paper, `citations` by
 * the citations of the author's papers (log scale), `file` by source file.
 */
export function coloringFor(mode: ColorMode, corpus: Corpus): NodeColoring | null {
  const yearly = (pick: "meanYear" | "firstYear", title: string) => {
    const spans = authorYearSpans(corpus.papers);
    const values = new Map<string, number | null>();
    for (const a of corpus.authors) values.set(a.id, spans.get(a.id)?.[pick] ?? null);
    return continuousColoring(values, {
      title,
      missingLabel: "no dated paper",
      ticks: (lo, hi) => yearTicks(lo, hi),
    });
  };
  switch (mode) {
    case "community":
      return null;
    case "year":
      return yearly("meanYear", "Mean publication year");
    case "first-year":
      return yearly("firstYear", "First publication year");
    case "citations":
      return continuousColoring(authorCitations(corpus), {
        title: "Citations",
        log: true,
        missingLabel: "no citation count",
      });
    case "file":
      return categoricalColoring(authorFiles(corpus), "Source file");
  }
}
