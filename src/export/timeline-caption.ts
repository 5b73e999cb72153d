// The timeline's frame in words, for export captions ("timeline: papers up to 2005, new in 2005 in red").
import { frameLabel, type TimelineFrame } from "../graph/timeline.ts";

/** The frame's period and what is highlighted in it. */
export function describeTimelineFrame(frame: TimelineFrame): string {
  const label = frameLabel(frame);
  const period = frame.mode === "cumulative" ? label : `of ${label}`;
  return `timeline: papers ${period}, new in ${frame.year} in red`;
}

/** Joins the filter words and the timeline's, either of which may be absent. */
export function withTimeline(
  filters: string | undefined,
  frame: TimelineFrame | null,
): string | undefined {
  const parts = [filters, frame ? describeTimelineFrame(frame) : undefined].filter(
    (p): p is string => p !== undefined,
  );
  return parts.length ? parts.join(", ") : undefined;
}
