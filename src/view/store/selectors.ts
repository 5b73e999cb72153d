// Derived values of the state (visible graph, path, top authors, title), memoized on their inputs.
import {
  DEFAULT_FILTER_OPTIONS,
  filterGraph,
  type FilterOptions,
  type FilterResult,
} from "../../graph/filters.ts";
import type { CollaborationPath } from "../../graph/paths.ts";
import { communitySummary, type CommunitySummary } from "../../metrics/community-summary.ts";
import { coloringFor, colorModeUnavailable } from "../../scene/author-color-values.ts";
import type { ColorMode, NodeColoring } from "../../scene/color-by.ts";
import type { TimelineFrame } from "../../graph/timeline.ts";
import type { NewInFrame } from "../../scene/timeline-marks.ts";
import { frameNew, timelineFrameOf, timelineVisible } from "./timeline-selectors.ts";
import type { SizeMetric } from "../../scene/metric-info.ts";
import {
  authorName,
  metricKey,
  networkKey,
  pairPapers,
  pathBetween,
  type Dataset,
} from "../dataset.ts";
import { selectionRefs } from "./selection-reducer.ts";
import type { AppState } from "./state.ts";
import { memoize, memoizeBy } from "../../model/memo.ts";
import { topByValue } from "../../model/top-by-value.ts";
import { serializeUrlState, type UrlState } from "../url-state.ts";
import { authorRow, authorValue } from "../../metrics/author-table.ts";

const filterOptionsOf = memoize(
  (
    minPapers: number,
    minWeight: number,
    yearFrom: number | undefined,
    yearTo: number | undefined,
    includeUndated: boolean,
    minDegree: number,
    minComponent: number,
    largest: boolean,
    egoCenter: string | undefined,
    egoHops: number,
    top: number,
    community: number | undefined,
  ): FilterOptions => ({
    ...DEFAULT_FILTER_OPTIONS,
    minPapers,
    minWeight,
    yearFrom,
    yearTo,
    includeUndated,
    minDegree,
    minComponent,
    largestComponent: largest,
    egoCenter,
    egoHops,
    topN: top,
    community,
  }),
);

/**
 * The filters the view asks for, as {@link filterGraph} options (null before a dataset is shown):
 * years only when the data has them, the ego centre only while the ego filter is on.
 */
export function selectFilterOptions(state: AppState): FilterOptions | null {
  const d = state.dataset;
  if (!d) return null;
  const v = state.view;
  return filterOptionsOf(
    v.minPapers,
    v.minWeight,
    d.years ? v.yearFrom : undefined,
    d.years ? v.yearTo : undefined,
    v.includeUndated,
    v.minDegree,
    v.minComponent,
    v.largest,
    v.ego > 0 ? state.selection.author : undefined,
    Math.max(1, v.ego),
    v.top,
    v.communityOnly ? v.community : undefined,
  );
}

const visibleOf = memoizeBy(
  (dataset: Dataset, options: FilterOptions, topMetric: SizeMetric | null) => [
    networkKey(dataset),
    options,
    topMetric,
    metricKey(dataset, topMetric),
  ],
  (
    dataset: Dataset,
    options: FilterOptions,
    /** The metric ranks the top N: an input only while a top N is asked for. */
    topMetric: SizeMetric | null,
  ): FilterResult =>
    filterGraph(dataset.graph, options, {
      communityOf: (id) => authorValue(dataset.metrics.authors, id, "community"),
      paperYears: dataset.paperYears,
      authorPapers: dataset.papersByAuthor,
      score: (id) => (topMetric ? (authorValue(dataset.metrics.authors, id, topMetric) ?? 0) : 0),
    }),
);

/** The timeline's frame, its year kept within the dataset's years; null when it is closed. */
export function selectTimelineFrame(state: AppState): TimelineFrame | null {
  return state.dataset ? timelineFrameOf(state.dataset, state.view.timeline) : null;
}

/**
 * The authors and collaborations the filters leave (null before a dataset is shown); while the
 * timeline is open, those of its frame.
 */
export function selectVisible(state: AppState): FilterResult | null {
  const d = state.dataset;
  const options = selectFilterOptions(state);
  if (!d || !options) return null;
  const topMetric = options.topN > 0 ? state.view.metric : null;
  const frame = selectTimelineFrame(state);
  if (frame) return timelineVisible(d, frame, options, topMetric);
  return visibleOf(d, options, topMetric);
}

const pathOf = memoizeBy(
  (dataset: Dataset, author: string | undefined, other: string | undefined) => [
    networkKey(dataset),
    author,
    other,
  ],
  (dataset: Dataset, author: string | undefined, other: string | undefined) =>
    author !== undefined && other !== undefined && pairPapers(dataset, author, other).length === 0
      ? pathBetween(dataset, author, other)
      : null,
);

/** The collaboration path between a selected pair without shared papers. */
export function selectPath(state: AppState): CollaborationPath | null {
  if (!state.dataset) return null;
  return pathOf(state.dataset, state.selection.author, state.selection.with);
}

const coloringOf = memoize((corpus: Dataset["corpus"], mode: ColorMode): NodeColoring | null =>
  colorModeUnavailable(mode, corpus) === null ? coloringFor(mode, corpus) : null,
);

/**
 * The colouring the view asks for (null for community colours, and for a mode the dataset cannot
 * colour by: no years, no citations, one file).
 */
export function selectColoring(state: AppState): NodeColoring | null {
  return state.dataset ? coloringOf(state.dataset.corpus, state.view.color) : null;
}

/** What a scene is built from (a new object exactly when one of them changed). */
export interface SceneInputs {
  dataset: Dataset;
  visible: FilterResult;
  metric: SizeMetric;
  author?: string;
  with?: string;
  path?: readonly string[];
  /** Most labels drawn at once; `Infinity` for as many as fit. */
  maxLabels: number;
  /** The highlighted community: the others are dimmed. */
  community?: number;
  /** Colours other than the communities', with their legend. */
  coloring?: NodeColoring;
  /** The timeline's frame, while it is open (a frame changes what is shown, never where). */
  timeline?: TimelineFrame;
  /** What first appears in the frame's year. */
  fresh?: NewInFrame;
}

const sceneInputsOf = memoize(
  (
    dataset: Dataset,
    visible: FilterResult,
    metric: SizeMetric,
    author: string | undefined,
    other: string | undefined,
    path: CollaborationPath | null,
    labels: number,
    community: number | undefined,
    coloring: NodeColoring | null,
    timeline: TimelineFrame | null,
  ): SceneInputs => ({
    dataset,
    visible,
    metric,
    author,
    with: other,
    path: path?.nodes,
    maxLabels: labels > 0 ? labels : Number.POSITIVE_INFINITY,
    community,
    ...(coloring ? { coloring } : {}),
    ...(timeline && { timeline, fresh: frameNew(dataset, timeline.year) }),
  }),
);

/** The inputs of the map's scene, or null before a dataset is shown. */
export function selectSceneInputs(state: AppState): SceneInputs | null {
  const visible = selectVisible(state);
  if (!state.dataset || !visible) return null;
  return sceneInputsOf(
    state.dataset,
    visible,
    state.view.metric,
    state.selection.author,
    state.selection.with,
    selectPath(state),
    state.view.labels,
    state.view.community,
    selectColoring(state),
    selectTimelineFrame(state),
  );
}

const topAuthorsOf = memoizeBy(
  (dataset: Dataset, visible: FilterResult, metric: SizeMetric, limit: number) => [
    visible,
    metric,
    metricKey(dataset, metric),
    limit,
  ],
  (dataset: Dataset, visible: FilterResult, metric: SizeMetric, limit: number) => {
    const authors = dataset.metrics.authors;
    return topByValue(
      [...visible.nodes].filter((id) => authorRow(authors, id) >= 0),
      (id) => authors.columns[metric][authorRow(authors, id)],
      limit,
    );
  },
);

/** The `limit` shown authors with the highest `metric`, highest first (ties by key). */
export function selectTopAuthors(state: AppState, limit: number): string[] {
  const visible = selectVisible(state);
  if (!state.dataset || !visible) return [];
  return topAuthorsOf(state.dataset, visible, state.view.metric, limit);
}

/** The page title: the selected author (or pair), then the app's name. */
export function selectTitle(state: AppState): string {
  const d = state.dataset;
  const { author, with: other } = state.selection;
  if (!d || author === undefined) return "Coauthor Atlas";
  const who =
    other !== undefined
      ? `${authorName(d, author)} & ${authorName(d, other)}`
      : authorName(d, author);
  return `${who} · Coauthor Atlas`;
}

/** The URL's part of the state. */
export function selectUrlState(state: AppState): UrlState {
  return { ...state.view, ...selectionRefs(state.selection) };
}

/** The query string the state serializes to ("" for the defaults). */
export function selectQuery(state: AppState): string {
  return serializeUrlState(selectUrlState(state));
}

/** The page's `data-state`: loading, ready or error (failed with nothing shown). */
export function selectPageState(state: AppState): "loading" | "ready" | "error" {
  switch (state.load.phase) {
    case "ready":
      return "ready";
    case "failed":
      return state.dataset ? "ready" : "error";
    default:
      return "loading";
  }
}
const communitySummaryOf = memoizeBy(
  (dataset: Dataset, visible: FilterResult, community: number) => [
    networkKey(dataset),
    visible,
    community,
  ],
  (dataset: Dataset, visible: FilterResult, community: number): CommunitySummary =>
    communitySummary(
      {
        graph: dataset.graph,
        communityOf: (id) => authorValue(dataset.metrics.authors, id, "community"),
        visible,
        authorPapers: dataset.papersByAuthor,
        score: (id) => authorValue(dataset.metrics.authors, id, "pagerank") ?? 0,
      },
      community,
    ),
);

/** The highlighted community's summary among the shown authors (null when none is highlighted). */
export function selectCommunitySummary(state: AppState): CommunitySummary | null {
  const visible = selectVisible(state);
  const community = state.view.community;
  if (!state.dataset || !visible || community === undefined) return null;
  return communitySummaryOf(state.dataset, visible, community);
}
