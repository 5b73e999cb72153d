// The timeline's part of the URL: written, read back, and bad values handled.
import { describe, expect, it } from "vitest";
import { DEFAULT_URL_STATE, parseUrlState, serializeUrlState } from "../../src/view/url-state.ts";

describe("timeline in the URL", () => {
  it("writes the year, and the mode and window only when they are not the defaults", () => {
    const cumulative = { mode: "cumulative" as const, year: 2005, window: 3 };
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, timeline: cumulative })).toBe(
      "?timeline=2005",
    );
    const moving = { mode: "window" as const, year: 2012, window: 5 };
    const query = serializeUrlState({ ...DEFAULT_URL_STATE, timeline: moving });
    expect(query).toBe("?timeline=2012&timelineMode=window&timelineWindow=5");
    expect(parseUrlState(query).timeline).toEqual(moving);
    expect(serializeUrlState(DEFAULT_URL_STATE)).toBe("");
  });

  it("reads a link with other state around it", () => {
    const state = parseUrlState("?years=2000-2010&timeline=2004&timelineMode=window");
    expect(state.timeline).toEqual({ mode: "window", year: 2004, window: 3 });
    expect([state.yearFrom, state.yearTo]).toEqual([2000, 2010]);
  });

  it("closes the timeline on a bad year and falls back on a bad mode or window", () => {
    expect(parseUrlState("?timeline=soon").timeline).toBeUndefined();
    expect(parseUrlState("?timeline=").timeline).toBeUndefined();
    expect(parseUrlState("?timelineMode=window").timeline).toBeUndefined();
    expect(parseUrlState("?timeline=2001&timelineMode=sideways&timelineWindow=0").timeline).toEqual(
      { mode: "cumulative", year: 2001, window: 3 },
    );
    expect(parseUrlState("?timeline=2001&timelineWindow=999").timeline?.window).toBe(3);
  });
});
