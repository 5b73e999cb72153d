// The timeline: frames of a growing network (up to a year, or a moving window), what is new in a
// year, per-year counts and time slices. Positions never depend on a frame: a frame only says
// what is visible.
import {
  createEdgeKeyMap,
  createKeySetLike,
  type CoauthorGraph,
  type EdgeKeyMap,
  type EdgeKeySet,
} from "./coauthor-graph.ts";
import {
  filterGraph,
  type FilterContext,
  type FilterOptions,
  type FilterResult,
} from "./filters.ts";
import { normalizeYearRange, type YearRange } from "./year-range.ts";

/** `cumulative`: everything up to the year; `window`: the last `window` years up to it. */
export type TimelineMode = "cumulative" | "window";

export const TIMELINE_MODES: readonly TimelineMode[] = ["cumulative", "window"];

/** One frame of the timeline. */
export interface TimelineFrame {
  mode: TimelineMode;
  year: number;
  /** Width of the moving window in years (at least 1; unused when cumulative). */
  window: number;
}

export const DEFAULT_TIMELINE_WINDOW = 3;

/** Inclusive years a frame shows: `-year` when cumulative, `year-window+1 – year` for a window. */
export function frameRange(frame: TimelineFrame): { from?: number; to: number } {
  if (frame.mode === "cumulative") return { to: frame.year };
  const width = Math.max(1, Math.floor(frame.window));
  return { from: frame.year - width + 1, to: frame.year };
}

/** The frame's period in words: `up to 2005`, `2003–2005`, or `2005` for a one-year window. */
export function frameLabel(frame: TimelineFrame): string {
  const r = frameRange(frame);
  if (r.from === undefined) return `up to ${r.to}`;
  return r.from === r.to ? String(r.to) : `${r.from}–${r.to}`;
}

/**
 * The years both ranges hold (each normalized first; open ends stay open), or null when they
 * share none.
 */
export function intersectYearRanges(a: YearRange, b: YearRange): YearRange | null {
  const x = normalizeYearRange(a);
  const y = normalizeYearRange(b);
  const pick = (
    p: number | undefined,
    q: number | undefined,
    f: (m: number, n: number) => number,
  ) => (p === undefined ? q : q === undefined ? p : f(p, q));
  const from = pick(x.from, y.from, Math.max);
  const to = pick(x.to, y.to, Math.min);
  if (from !== undefined && to !== undefined && from > to) return null;
  return { from, to };
}

/**
 * What a frame shows: the authors with a dated paper in its years and the collaborations with a
 * shared dated paper in them (undated papers cannot be placed in time and never count), after the
 * other filters (`options`; a year range in them narrows the frame). Nothing when the ranges do
 * not meet.
 */
export function frameVisible(
  graph: CoauthorGraph,
  frame: TimelineFrame,
  options: Partial<FilterOptions>,
  context: FilterContext,
): FilterResult {
  const range = intersectYearRanges(frameRange(frame), {
    from: options.yearFrom,
    to: options.yearTo,
  });
  if (range === null) return { nodes: new Set(), edges: new Set() };
  return filterGraph(
    graph,
    { ...options, yearFrom: range.from, yearTo: range.to, includeUndated: false },
    context,
  );
}

/** First years and per-year counts of a network, computed once per dataset. */
export interface TimelineIndex {
  /** Every year from the first dated paper to the last, ascending (empty when none is dated). */
  years: number[];
  /** Dated papers per year, aligned with `years`. */
  papers: number[];
  /** Authors whose first dated paper is of that year, aligned with `years`. */
  newAuthors: number[];
  /** Collaborations (author pairs) whose first dated shared paper is of that year. */
  newPairs: number[];
  /** First dated year of each author that has one. */
  authorFirst: Map<string, number>;
  /** First dated year of each collaboration (edge key) that has one. */
  edgeFirst: EdgeKeyMap<number>;
}

/** Builds the timeline index of `graph` over `papers` (paper ids → years from `paperYears`). */
export function timelineIndex(
  graph: CoauthorGraph,
  papers: readonly { id: string; year?: number; authors: readonly string[] }[],
): TimelineIndex {
  const year = new Map<string, number>();
  const authorFirst = new Map<string, number>();
  let min = Infinity;
  let max = -Infinity;
  for (const p of papers) {
    if (p.year === undefined || !Number.isFinite(p.year)) continue;
    year.set(p.id, p.year);
    if (p.year < min) min = p.year;
    if (p.year > max) max = p.year;
    for (const a of p.authors) {
      const first = authorFirst.get(a);
      if (first === undefined || p.year < first) authorFirst.set(a, p.year);
    }
  }
  const edgeFirst = createEdgeKeyMap<number>(graph);
  graph.forEachEdge((edge, attributes) => {
    let first = Infinity;
    for (const id of attributes.papers) {
      const y = year.get(id);
      if (y !== undefined && y < first) first = y;
    }
    if (first !== Infinity) edgeFirst.set(edge, first);
  });
  const years: number[] = [];
  for (let y = min; y <= max; y++) years.push(y);
  const zeros = () => years.map(() => 0);
  const counts = { papers: zeros(), newAuthors: zeros(), newPairs: zeros() };
  for (const y of year.values()) counts.papers[y - min]++;
  for (const y of authorFirst.values()) counts.newAuthors[y - min]++;
  for (const y of edgeFirst.values()) counts.newPairs[y - min]++;
  return { years, ...counts, authorFirst, edgeFirst };
}

/** The authors and collaborations whose first dated paper is of `year`. */
export function newInYear(
  index: Pick<TimelineIndex, "authorFirst" | "edgeFirst">,
  year: number,
): { authors: Set<string>; edges: EdgeKeySet } {
  return newInPeriod(index, { from: year, to: year });
}

/** The authors and collaborations whose first dated paper lies in `period` (inclusive). */
export function newInPeriod(
  index: Pick<TimelineIndex, "authorFirst" | "edgeFirst">,
  period: Period,
): { authors: Set<string>; edges: EdgeKeySet } {
  const inside = (y: number) => y >= period.from && y <= period.to;
  const authors = new Set<string>();
  const edges = createKeySetLike(index.edgeFirst);
  for (const [id, y] of index.authorFirst) if (inside(y)) authors.add(id);
  for (const [key, y] of index.edgeFirst) if (inside(y)) edges.add(key);
  return { authors, edges };
}

/** A closed period of years. */
export interface Period {
  from: number;
  to: number;
}

/** The period in words: `2000–2004`, or `2000` for one year. */
export function periodLabel(period: Period): string {
  return period.from === period.to ? String(period.from) : `${period.from}–${period.to}`;
}

/**
 * Splits `min–max` into `n` consecutive periods as equal as whole years allow (the earlier ones
 * one year longer when they cannot all be equal); fewer when there are fewer years than `n`.
 */
export function splitPeriods(min: number, max: number, n: number): Period[] {
  if (!Number.isFinite(min) || !Number.isFinite(max) || max < min || n < 1) return [];
  const span = max - min + 1;
  const count = Math.min(Math.floor(n), span);
  const base = Math.floor(span / count);
  const extra = span % count;
  const out: Period[] = [];
  let from = min;
  for (let i = 0; i < count; i++) {
    const length = base + (i < extra ? 1 : 0);
    out.push({ from, to: from + length - 1 });
    from += length;
  }
  return out;
}

/**
 * Parses `2000-2004,2005-2009` (or one year, `2010`; an inverted period is swapped) into periods;
 * returns null when a part is not a closed period.
 */
export function parsePeriods(text: string): Period[] | null {
  const parts = text.split(",").map((s) => s.trim());
  if (parts.length === 0 || parts.some((s) => s === "")) return null;
  const out: Period[] = [];
  for (const part of parts) {
    const m = /^(\d{1,4})(?:\s*[-–]\s*(\d{1,4}))?$/.exec(part);
    if (!m) return null;
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    out.push({ from: Math.min(a, b), to: Math.max(a, b) });
  }
  return out;
}

/** The frame of a period: the moving window that ends at its last year and spans it. */
export function periodFrame(period: Period): TimelineFrame {
  return { mode: "window", year: period.to, window: period.to - period.from + 1 };
}

/** The year lookups the filters need for frames, built from the papers. */
export function yearContextOf(
  papers: readonly { id: string; year?: number; authors: readonly string[] }[],
): Required<Pick<FilterContext, "paperYears" | "authorPapers">> {
  const paperYears = new Map<string, number>();
  const authorPapers = new Map<string, string[]>();
  for (const p of papers) {
    if (p.year !== undefined && Number.isFinite(p.year)) paperYears.set(p.id, p.year);
    for (const a of p.authors) {
      const list = authorPapers.get(a);
      if (list) list.push(p.id);
      else authorPapers.set(a, [p.id]);
    }
  }
  return { paperYears, authorPapers };
}

/**
 * The periods a request names: `count` equal periods of the index's years, or the `list` as
 * given; empty when nothing is dated (for a count) or the list is empty.
 */
export function periodsFor(
  request: { count: number } | { list: readonly Period[] },
  years: readonly number[],
): Period[] {
  if ("list" in request) return [...request.list];
  if (years.length === 0) return [];
  return splitPeriods(years[0], years[years.length - 1], request.count);
}
