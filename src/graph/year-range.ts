// A year window over a corpus: normalized bounds, undated papers counted and kept by choice.
import type { Corpus, Paper } from "../model/types.ts";

/** Inclusive year bounds; either may be open. */
export interface YearRange {
  from?: number;
  to?: number;
}

export interface YearWindowOptions {
  /** Keep papers without a year (they cannot be placed in time, so they are not dropped silently). */
  includeUndated: boolean;
}

export const DEFAULT_YEAR_WINDOW_OPTIONS: YearWindowOptions = { includeUndated: true };

/** The range with `from ≤ to` (an inverted range is swapped, the same way everywhere). */
export function normalizeYearRange(range: YearRange): YearRange {
  const { from, to } = range;
  if (from !== undefined && to !== undefined && from > to) return { from: to, to: from };
  return { from, to };
}

/** True when the range bounds nothing. */
export function isOpenRange(range: YearRange): boolean {
  return range.from === undefined && range.to === undefined;
}

/** Whether a paper of `year` lies in the (normalized) `range`; undated papers go by `includeUndated`. */
export function yearInRange(
  year: number | undefined,
  range: YearRange,
  includeUndated: boolean = DEFAULT_YEAR_WINDOW_OPTIONS.includeUndated,
): boolean {
  if (isOpenRange(range)) return true;
  if (year === undefined) return includeUndated;
  return (
    (range.from === undefined || year >= range.from) && (range.to === undefined || year <= range.to)
  );
}

/**
 * Parses `2010-2015`, `2010-`, `-2015`, `2010` (one year) or `2015-2010` (swapped) into a range;
 * returns null when the text is not one.
 */
export function parseYearRange(text: string): YearRange | null {
  const m = /^\s*(\d{1,4})?\s*(?:(-|–|\.\.)\s*(\d{1,4})?)?\s*$/.exec(text);
  if (!m || (m[1] === undefined && m[3] === undefined)) return null;
  const from = m[1] === undefined ? undefined : Number(m[1]);
  const to = m[2] === undefined ? from : m[3] === undefined ? undefined : Number(m[3]);
  return normalizeYearRange({ from, to });
}

/** What a year window kept of a corpus. */
export interface YearWindowResult {
  corpus: Corpus;
  /** Papers in the range with a year. */
  dated: number;
  /** Undated papers (kept or dropped by `includeUndated`). */
  undated: number;
  /** Papers dropped because their year lies outside the range. */
  outside: number;
}

/**
 * Keeps the papers of `corpus` inside `range` (normalized first), with undated papers kept or
 * dropped by `includeUndated`; authors whose papers all fall outside are dropped (authors of
 * network files, who have no papers, stay). Links from network files carry no year and stay.
 * Nothing is mutated.
 */
export function windowCorpus(
  corpus: Corpus,
  range: YearRange,
  options: Partial<YearWindowOptions> = {},
): YearWindowResult {
  const o = { ...DEFAULT_YEAR_WINDOW_OPTIONS, ...options };
  const r = normalizeYearRange(range);
  let dated = 0;
  let undated = 0;
  let outside = 0;
  const papers: Paper[] = [];
  for (const p of corpus.papers) {
    if (p.year === undefined) undated++;
    if (!yearInRange(p.year, r, o.includeUndated)) {
      if (p.year !== undefined) outside++;
      continue;
    }
    if (p.year !== undefined) dated++;
    papers.push(p);
  }
  if (isOpenRange(r)) return { corpus, dated, undated, outside };
  // An author goes when all their papers went; authors of network files (no papers) stay.
  const before = new Set<string>();
  for (const p of corpus.papers) for (const a of p.authors) before.add(a);
  const after = new Set<string>();
  for (const p of papers) for (const a of p.authors) after.add(a);
  for (const l of corpus.links) after.add(l.source).add(l.target);
  const authors = corpus.authors.filter((a) => after.has(a.id) || !before.has(a.id));
  return { corpus: { ...corpus, papers, authors }, dated, undated, outside };
}
