// Years of authors and collaborations: first, last and mean year of the dated papers behind them.

/** The years of an author's (or a collaboration's) dated papers; all null when none is dated. */
export interface YearSpan {
  firstYear: number | null;
  lastYear: number | null;
  /** Mean year of the dated papers (not rounded). */
  meanYear: number | null;
}

const EMPTY: YearSpan = { firstYear: null, lastYear: null, meanYear: null };

/** The span of `years` (undefined entries are undated and ignored). */
export function yearSpan(years: Iterable<number | undefined>): YearSpan {
  let first = Infinity;
  let last = -Infinity;
  let sum = 0;
  let count = 0;
  for (const y of years) {
    if (y === undefined || !Number.isFinite(y)) continue;
    if (y < first) first = y;
    if (y > last) last = y;
    sum += y;
    count++;
  }
  return count === 0 ? EMPTY : { firstYear: first, lastYear: last, meanYear: sum / count };
}

/**
 * The year span of every author of `papers`, keyed by author id, in one pass over the bylines.
 * Authors whose papers are all undated get nulls.
 */
export function authorYearSpans(
  papers: readonly { year?: number; authors: readonly string[] }[],
): Map<string, YearSpan> {
  const acc = new Map<string, { first: number; last: number; sum: number; count: number }>();
  for (const p of papers)
    for (const a of p.authors) {
      let s = acc.get(a);
      if (!s) acc.set(a, (s = { first: Infinity, last: -Infinity, sum: 0, count: 0 }));
      const y = p.year;
      if (y === undefined || !Number.isFinite(y)) continue;
      if (y < s.first) s.first = y;
      if (y > s.last) s.last = y;
      s.sum += y;
      s.count++;
    }
  const out = new Map<string, YearSpan>();
  for (const [id, s] of acc)
    out.set(
      id,
      s.count === 0 ? EMPTY : { firstYear: s.first, lastYear: s.last, meanYear: s.sum / s.count },
    );
  return out;
}

/** Year of each paper id that has one. */
export function paperYearIndex(
  papers: readonly { id: string; year?: number }[],
): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of papers)
    if (p.year !== undefined && Number.isFinite(p.year)) out.set(p.id, p.year);
  return out;
}

/** How many of `papers` have no year (they cannot be placed in time). */
export function countUndated(papers: readonly { year?: number }[]): number {
  let n = 0;
  for (const p of papers) if (p.year === undefined || !Number.isFinite(p.year)) n++;
  return n;
}
