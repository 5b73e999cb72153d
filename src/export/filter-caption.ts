// The active view filters in words, for export captions ("2 hops from T. Schaub, at least 2 papers").
import { DEFAULT_FILTER_OPTIONS, type FilterOptions } from "../graph/filters.ts";
import { normalizeYearRange } from "../graph/year-range.ts";

export interface FilterWordsOptions {
  /** Display name of an author id (for the ego centre). */
  nameOf: (id: string) => string;
  /** Name of the metric `topN` ranks by, e.g. "PageRank". */
  metricLabel: string;
}

/**
 * The filters of `filters` that differ from the defaults, in words joined by commas, or
 * undefined when none is active (the whole network is shown).
 */
export function describeFilters(
  filters: Partial<FilterOptions>,
  options: FilterWordsOptions,
): string | undefined {
  const f = { ...DEFAULT_FILTER_OPTIONS, ...filters };
  const words: string[] = [];
  // Numbered from 1, as the legend and the details panel number communities.
  if (f.community !== undefined) words.push(`community ${f.community + 1}`);
  if (f.egoCenter !== undefined)
    words.push(`${f.egoHops} hop${f.egoHops === 1 ? "" : "s"} from ${options.nameOf(f.egoCenter)}`);
  if (f.yearFrom !== undefined || f.yearTo !== undefined) {
    const r = normalizeYearRange({ from: f.yearFrom, to: f.yearTo });
    const span =
      r.from !== undefined && r.to !== undefined
        ? `of ${r.from === r.to ? r.from : `${r.from}–${r.to}`}`
        : r.from !== undefined
          ? `from ${r.from}`
          : `up to ${r.to}`;
    words.push(`papers ${span}${f.includeUndated ? " and undated ones" : ""}`);
  }
  if (f.minPapers > DEFAULT_FILTER_OPTIONS.minPapers) words.push(`at least ${f.minPapers} papers`);
  if (f.minWeight > DEFAULT_FILTER_OPTIONS.minWeight)
    words.push(`links of at least ${f.minWeight} shared papers`);
  if (f.minDegree > DEFAULT_FILTER_OPTIONS.minDegree)
    words.push(`at least ${f.minDegree} coauthor${f.minDegree === 1 ? "" : "s"} shown`);
  if (f.minComponent > DEFAULT_FILTER_OPTIONS.minComponent)
    words.push(`components of at least ${f.minComponent} authors`);
  if (f.largestComponent) words.push("largest component");
  if (f.topN > 0) words.push(`top ${f.topN} by ${options.metricLabel}`);
  return words.length ? words.join(", ") : undefined;
}
