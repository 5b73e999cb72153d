// URL query ↔ view state: selection, metric, filters and data file, so a view can be shared.
import { normalizeYearRange } from "../graph/year-range.ts";
import { COLOR_MODES, type ColorMode } from "../scene/color-by.ts";
import { DEFAULT_SIZE_METRIC, isSizeMetric, type SizeMetric } from "../scene/metric-info.ts";
import { parseTimelineParams, writeTimelineParams } from "./timeline-url.ts";
import type { TimelineFrame } from "../graph/timeline.ts";

export type Tab = "map" | "rankings";

/** The label densities offered, most labels drawn at once; 0 = as many as fit. */
export const LABEL_CHOICES = [10, 30, 80, 0] as const;
export const DEFAULT_LABELS = 80;

/** Everything the URL holds. Author fields hold what the URL said (a name or an id). */
export interface UrlState {
  author?: string;
  with?: string;
  metric: SizeMetric;
  minPapers: number;
  minWeight: number;
  yearFrom?: number;
  yearTo?: number;
  /** Papers without a year count while a year range is set. */
  includeUndated: boolean;
  /** What node colour means (community, mean or first year, citations, source file). */
  color: ColorMode;
  /** Keep the top N authors by the metric; 0 keeps all. */
  top: number;
  /** Ego network of the selected author: hops, 0 = off. */
  ego: number;
  /** Fewest coauthors of a shown author, counted after the other filters (0 = all). */
  minDegree: number;
  /** Smallest connected component shown, in authors (1 = all). */
  minComponent: number;
  largest: boolean;
  /** Most labels drawn on the map and in exports; 0 = as many as fit. */
  labels: number;
  /** The highlighted community (0-based; the URL's `community=` counts from 1 as the legend). */
  community?: number;
  /** Show only the highlighted community's authors. */
  communityOnly: boolean;
  /** A data file served next to the app. */
  data?: string;
  tab: Tab;
  /** The timeline's frame, while the timeline is open. */
  timeline?: TimelineFrame;
}

export const DEFAULT_URL_STATE: UrlState = {
  metric: DEFAULT_SIZE_METRIC,
  minPapers: 1,
  minWeight: 1,
  top: 0,
  ego: 0,
  minDegree: 0,
  minComponent: 1,
  largest: false,
  labels: DEFAULT_LABELS,
  communityOnly: false,
  includeUndated: true,
  color: "community",
  tab: "map",
};

function isColorMode(value: string): value is ColorMode {
  return (COLOR_MODES as readonly string[]).includes(value);
}

/** The filters at their defaults: what "Reset filters" sets (metric, labels and tab stay). */
export const CLEARED_FILTERS: Partial<UrlState> = {
  minPapers: DEFAULT_URL_STATE.minPapers,
  minWeight: DEFAULT_URL_STATE.minWeight,
  yearFrom: undefined,
  yearTo: undefined,
  includeUndated: DEFAULT_URL_STATE.includeUndated,
  top: DEFAULT_URL_STATE.top,
  ego: DEFAULT_URL_STATE.ego,
  minDegree: DEFAULT_URL_STATE.minDegree,
  minComponent: DEFAULT_URL_STATE.minComponent,
  largest: DEFAULT_URL_STATE.largest,
};

const MAX_EGO_HOPS = 6;

function integer(
  value: string | null,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number | undefined {
  if (value === null || !/^\s*-?\d+\s*$/.test(value)) return undefined;
  const n = Number(value);
  return n >= min && n <= max ? n : undefined;
}

function text(value: string | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * Reads the view state from a query string (`?author=Ling Liu&with=Fatih Ilhan&metric=papers`).
 * Unknown keys are ignored and invalid values fall back to the defaults, so a mangled link still
 * opens. `years=2019-2023` (or `2019-`, `-2023`; `2023-2019` is swapped) sets the year range,
 * `undated=0` leaves papers without a year out of it, `color=year` colours by mean year.
 */
export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const state: UrlState = { ...DEFAULT_URL_STATE };
  const author = text(params.get("author"));
  const other = text(params.get("with"));
  if (author !== undefined) state.author = author;
  if (other !== undefined && author !== undefined) state.with = other;
  const metric = params.get("metric");
  if (metric !== null && isSizeMetric(metric)) state.metric = metric;
  state.minPapers = integer(params.get("minPapers"), 1) ?? DEFAULT_URL_STATE.minPapers;
  state.minWeight = integer(params.get("minWeight"), 1) ?? DEFAULT_URL_STATE.minWeight;
  state.top = integer(params.get("top"), 0) ?? DEFAULT_URL_STATE.top;
  state.ego = integer(params.get("ego"), 0, MAX_EGO_HOPS) ?? DEFAULT_URL_STATE.ego;
  state.minDegree = integer(params.get("minDegree"), 0) ?? DEFAULT_URL_STATE.minDegree;
  state.minComponent = integer(params.get("minComponent"), 1) ?? DEFAULT_URL_STATE.minComponent;
  state.largest = params.get("largest") === "1" || params.get("largest") === "true";
  const labels = params.get("labels");
  state.labels = labels === "all" ? 0 : (integer(labels, 1, 10_000) ?? DEFAULT_URL_STATE.labels);
  const years = /^\s*(\d{1,4})?\s*[-–]\s*(\d{1,4})?\s*$/.exec(params.get("years") ?? "");
  if (years) {
    if (years[1] !== undefined) state.yearFrom = Number(years[1]);
    if (years[2] !== undefined) state.yearTo = Number(years[2]);
    const range = normalizeYearRange({ from: state.yearFrom, to: state.yearTo });
    state.yearFrom = range.from;
    state.yearTo = range.to;
    if (state.yearFrom === undefined) delete state.yearFrom;
    if (state.yearTo === undefined) delete state.yearTo;
  }
  const community = integer(params.get("community"), 1, 1_000_000);
  if (community !== undefined) {
    state.community = community - 1;
    state.communityOnly = params.get("communityOnly") === "1";
  }
  state.includeUndated = params.get("undated") !== "0";
  const color = params.get("color");
  if (color !== null && isColorMode(color)) state.color = color;
  const data = text(params.get("data"));
  if (data !== undefined) state.data = data;
  if (params.get("tab") === "rankings") state.tab = "rankings";
  const timeline = parseTimelineParams(params);
  if (timeline) state.timeline = timeline;
  return state;
}

/** Writes the state as a query string (with `?`, or "" when all is default), defaults omitted. */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.data !== undefined) params.set("data", state.data);
  if (state.author !== undefined) {
    params.set("author", state.author);
    if (state.with !== undefined) params.set("with", state.with);
  }
  if (state.metric !== DEFAULT_URL_STATE.metric) params.set("metric", state.metric);
  if (state.minPapers !== DEFAULT_URL_STATE.minPapers)
    params.set("minPapers", String(state.minPapers));
  if (state.minWeight !== DEFAULT_URL_STATE.minWeight)
    params.set("minWeight", String(state.minWeight));
  if (state.yearFrom !== undefined || state.yearTo !== undefined)
    params.set("years", `${state.yearFrom ?? ""}-${state.yearTo ?? ""}`);
  if (!state.includeUndated) params.set("undated", "0");
  if (state.color !== DEFAULT_URL_STATE.color) params.set("color", state.color);
  if (state.top !== DEFAULT_URL_STATE.top) params.set("top", String(state.top));
  if (state.ego !== DEFAULT_URL_STATE.ego) params.set("ego", String(state.ego));
  if (state.minDegree !== DEFAULT_URL_STATE.minDegree)
    params.set("minDegree", String(state.minDegree));
  if (state.minComponent !== DEFAULT_URL_STATE.minComponent)
    params.set("minComponent", String(state.minComponent));
  if (state.largest) params.set("largest", "1");
  if (state.labels !== DEFAULT_URL_STATE.labels)
    params.set("labels", state.labels === 0 ? "all" : String(state.labels));
  if (state.community !== undefined) {
    params.set("community", String(state.community + 1));
    if (state.communityOnly) params.set("communityOnly", "1");
  }
  if (state.tab !== DEFAULT_URL_STATE.tab) params.set("tab", state.tab);
  if (state.timeline) writeTimelineParams(params, state.timeline);
  const query = params.toString().replace(/\+/g, "%20");
  return query ? `?${query}` : "";
}

/**
 * Whether `data` names a file next to the app: a relative path without a scheme, host, `..` or
 * backslash, so a link cannot make the app fetch from elsewhere.
 */
export function isLocalDataPath(data: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:/i.test(data) || data.startsWith("//") || data.startsWith("/"))
    return false;
  if (data.includes("\\") || data.split("/").includes("..")) return false;
  return /^[\w./ -]+$/u.test(data);
}
