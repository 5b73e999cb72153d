// The timeline's words in export captions.
import { describe, expect, it } from "vitest";
import { describeTimelineFrame, withTimeline } from "../../src/export/timeline-caption.ts";

describe("timeline caption", () => {
  it("names the period and the year whose new collaborations are red", () => {
    expect(describeTimelineFrame({ mode: "cumulative", year: 2005, window: 3 })).toBe(
      "timeline: papers up to 2005, new in 2005 in red",
    );
    expect(describeTimelineFrame({ mode: "window", year: 2012, window: 5 })).toBe(
      "timeline: papers of 2008–2012, new in 2012 in red",
    );
  });

  it("follows the filter words, and stands alone without them", () => {
    const frame = { mode: "window" as const, year: 2001, window: 1 };
    expect(withTimeline("at least 2 papers", frame)).toBe(
      "at least 2 papers, timeline: papers of 2001, new in 2001 in red",
    );
    expect(withTimeline(undefined, frame)).toBe("timeline: papers of 2001, new in 2001 in red");
    expect(withTimeline("largest component", null)).toBe("largest component");
    expect(withTimeline(undefined, null)).toBeUndefined();
  });
});
