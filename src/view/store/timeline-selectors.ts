// The timeline's derived values: its index per dataset, the frame clamped to the years, what it shows.
import type { FilterOptions, FilterResult } from "../../graph/filters.ts";
import {
  frameVisible,
  newInYear,
  timelineIndex,
  type TimelineFrame,
  type TimelineIndex,
} from "../../graph/timeline.ts";
import type { NewInFrame } from "../../scene/timeline-marks.ts";
import { metricKey, networkKey, type Dataset } from "../dataset.ts";
import { memoize, memoizeBy } from "../../model/memo.ts";
import type { ViewState } from "./state.ts";
import { authorValue } from "../../metrics/author-table.ts";

/**
 * The timeline index of a dataset's network, built on first use and kept while that network is
 * shown (one entry, not a `WeakMap`: see `keepLast` in src/model/memo.ts).
 */
export const datasetTimeline: (dataset: Dataset) => TimelineIndex = memoizeBy(
  (dataset: Dataset) => [networkKey(dataset)],
  (dataset: Dataset) => timelineIndex(dataset.graph, dataset.corpus.papers),
);

const clampedOf = memoize((frame: TimelineFrame, min: number, max: number): TimelineFrame =>
  frame.year >= min && frame.year <= max
    ? frame
    : { ...frame, year: Math.min(max, Math.max(min, frame.year)) },
);

/** The frame with its year within the dataset's years; null when closed or nothing is dated. */
export function timelineFrameOf(
  dataset: Dataset,
  frame: TimelineFrame | undefined,
): TimelineFrame | null {
  if (!frame || !dataset.years) return null;
  return clampedOf(frame, dataset.years.min, dataset.years.max);
}

const visibleOf = memoizeBy(
  (
    dataset: Dataset,
    frame: TimelineFrame,
    options: FilterOptions,
    topMetric: ViewState["metric"] | null,
  ) => [networkKey(dataset), frame, options, topMetric, metricKey(dataset, topMetric)],
  (
    dataset: Dataset,
    frame: TimelineFrame,
    options: FilterOptions,
    topMetric: ViewState["metric"] | null,
  ): FilterResult =>
    frameVisible(dataset.graph, frame, options, {
      paperYears: dataset.paperYears,
      authorPapers: dataset.papersByAuthor,
      score: (id) => (topMetric ? (authorValue(dataset.metrics.authors, id, topMetric) ?? 0) : 0),
    }),
);

/** What the frame shows under the view's other filters (`topMetric` ranks a top N). */
export function timelineVisible(
  dataset: Dataset,
  frame: TimelineFrame,
  options: FilterOptions,
  topMetric: ViewState["metric"] | null,
): FilterResult {
  return visibleOf(dataset, frame, options, topMetric);
}

/** What first appears in `year` in the dataset (memoized on the last network and year). */
export const frameNew = memoizeBy(
  (dataset: Dataset, year: number) => [networkKey(dataset), year],
  (dataset: Dataset, year: number): NewInFrame => newInYear(datasetTimeline(dataset), year),
);
