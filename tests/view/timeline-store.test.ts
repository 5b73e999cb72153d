// The timeline in the store: the action, the URL, the frame's visible authors and what is new.
import { describe, expect, it } from "vitest";
import { createDataset } from "../../src/view/dataset.ts";
import { appReducer } from "../../src/view/store/reducer.ts";
import {
  selectQuery,
  selectSceneInputs,
  selectTimelineFrame,
  selectVisible,
} from "../../src/view/store/selectors.ts";
import { initialState, type AppState } from "../../src/view/store/state.ts";
import { runPipeline } from "../../src/worker/pipeline.ts";

// 2001: Ann & Bob · 2003: Bob & Cy · 2004: Cy & Dee (no paper in 2002).
const BIB = [
  "@article{a, title={One}, author={Ann, A and Bob, B}, year={2001}}",
  "@article{b, title={Two}, author={Bob, B and Cy, C}, year={2003}}",
  "@article{c, title={Three}, author={Cy, C and Dee, D}, year={2004}}",
].join("\n");
const dataset = createDataset(runPipeline([{ name: "t.bib", text: BIB }], {}));
const nameOf = (id: string) => dataset.authors.get(id)?.name ?? id;
const names = (ids: Iterable<string>) => [...ids].map(nameOf).sort();
const pairs = (edges: Iterable<string>) =>
  [...edges].map((e) => names([dataset.graph.source(e), dataset.graph.target(e)]).join("–")).sort();

const base: AppState = { ...initialState(), dataset };
const moved = (timeline: AppState["view"]["timeline"]) =>
  appReducer(base, { type: "timelineMoved", timeline });

describe("timeline in the store", () => {
  it("shows the frame's authors and marks what is new in its year", () => {
    const state = moved({ mode: "cumulative", year: 2003, window: 3 });
    const visible = selectVisible(state);
    expect(names(visible?.nodes ?? [])).toEqual(["A Ann", "B Bob", "C Cy"]);
    expect(pairs(visible?.edges ?? [])).toEqual(["A Ann–B Bob", "B Bob–C Cy"]);
    const inputs = selectSceneInputs(state);
    expect(names(inputs?.fresh?.authors ?? [])).toEqual(["C Cy"]);
    expect(pairs(inputs?.fresh?.edges ?? [])).toEqual(["B Bob–C Cy"]);
    expect(selectQuery(state)).toBe("?timeline=2003");
  });

  it("keeps the year within the data's years, and a window shows only its years", () => {
    const late = moved({ mode: "cumulative", year: 2030, window: 3 });
    expect(selectTimelineFrame(late)?.year).toBe(2004);
    expect(selectVisible(late)?.nodes.size).toBe(4);
    // 2002 alone: no paper, nothing shown, nothing new.
    const gap = moved({ mode: "window", year: 2002, window: 1 });
    expect(selectVisible(gap)?.nodes.size).toBe(0);
    expect(selectSceneInputs(gap)?.fresh?.authors.size).toBe(0);
    // 2003–2004: Bob, Cy, Dee.
    const two = moved({ mode: "window", year: 2004, window: 2 });
    expect(names(selectVisible(two)?.nodes ?? [])).toEqual(["B Bob", "C Cy", "D Dee"]);
  });

  it("closes: the whole network again, nothing in the URL", () => {
    const closed = appReducer(moved({ mode: "cumulative", year: 2001, window: 3 }), {
      type: "timelineMoved",
      timeline: undefined,
    });
    expect(selectTimelineFrame(closed)).toBeNull();
    expect(selectVisible(closed)?.nodes.size).toBe(4);
    expect(selectSceneInputs(closed)?.fresh).toBeUndefined();
    expect(selectQuery(closed)).toBe("");
  });
});
