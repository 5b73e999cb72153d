// An author's collaborations year by year: coauthored papers and distinct coauthors per year.

/** One year of an author's collaborations. */
export interface CollaborationYear {
  year: number;
  /** Dated papers of the author that year with at least one coauthor. */
  papers: number;
  /** Distinct coauthors on those papers. */
  coauthors: number;
}

/**
 * The collaborations of `author` per year over `papers` (their papers, or any papers: others are
 * skipped), every year from the author's first dated paper to the last, years without a
 * coauthored paper at 0. Undated papers cannot be placed and are left out; [] when none is dated.
 */
export function collaborationsPerYear(
  author: string,
  papers: Iterable<{ year?: number; authors: readonly string[] }>,
): CollaborationYear[] {
  const byYear = new Map<number, { papers: number; coauthors: Set<string> }>();
  let first = Infinity;
  let last = -Infinity;
  for (const p of papers) {
    const y = p.year;
    if (y === undefined || !Number.isFinite(y) || !p.authors.includes(author)) continue;
    first = Math.min(first, y);
    last = Math.max(last, y);
    const others = p.authors.filter((a) => a !== author);
    if (others.length === 0) continue;
    let entry = byYear.get(y);
    if (!entry) byYear.set(y, (entry = { papers: 0, coauthors: new Set() }));
    entry.papers++;
    for (const a of others) entry.coauthors.add(a);
  }
  const out: CollaborationYear[] = [];
  for (let year = first; year <= last; year++) {
    const entry = byYear.get(year);
    out.push({ year, papers: entry?.papers ?? 0, coauthors: entry?.coauthors.size ?? 0 });
  }
  return out;
}
