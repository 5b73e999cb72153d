// The timeline's part of the URL: `timeline=2005`, `timelineMode=window`, `timelineWindow=3`.
import { DEFAULT_TIMELINE_WINDOW, type TimelineFrame } from "../graph/timeline.ts";

/** Widest moving window the URL accepts, in years. */
export const MAX_TIMELINE_WINDOW = 100;

/**
 * The timeline frame a query names, or undefined when it names none (a bad year closes the
 * timeline; a bad mode or window falls back to cumulative and the default window).
 */
export function parseTimelineParams(params: URLSearchParams): TimelineFrame | undefined {
  const year = /^\s*(\d{1,4})\s*$/.exec(params.get("timeline") ?? "");
  if (!year) return undefined;
  const mode = params.get("timelineMode") === "window" ? "window" : "cumulative";
  const w = /^\s*(\d{1,3})\s*$/.exec(params.get("timelineWindow") ?? "");
  const width = w ? Number(w[1]) : DEFAULT_TIMELINE_WINDOW;
  const window = width >= 1 && width <= MAX_TIMELINE_WINDOW ? width : DEFAULT_TIMELINE_WINDOW;
  return { mode, year: Number(year[1]), window };
}

/** Writes the frame into `params` (mode and window only when they are not the defaults). */
export function writeTimelineParams(params: URLSearchParams, frame: TimelineFrame): void {
  params.set("timeline", String(frame.year));
  if (frame.mode !== "cumulative") params.set("timelineMode", frame.mode);
  if (frame.window !== DEFAULT_TIMELINE_WINDOW) params.set("timelineWindow", String(frame.window));
}
