// Time in the explorer's state: inverted ranges swapped in the reducer and the URL, undated
// papers kept or left out, the colour mode in the URL and the scene inputs.
import { describe, expect, it } from "vitest";
import { createDataset } from "../../src/view/dataset.ts";
import type { AppAction } from "../../src/view/store/actions.ts";
import { appReducer } from "../../src/view/store/reducer.ts";
import {
  selectColoring,
  selectQuery,
  selectSceneInputs,
  selectVisible,
} from "../../src/view/store/selectors.ts";
import { initialState, type AppState } from "../../src/view/store/state.ts";
import { DEFAULT_URL_STATE, parseUrlState, serializeUrlState } from "../../src/view/url-state.ts";
import { emptyMapMessage } from "../../src/view/empty-map-note.ts";
import { runPipeline } from "../../src/worker/pipeline.ts";

const BIB = `
@article{a, title={A}, author={Ann Alder and Bob Birch}, year={2010}}
@article{b, title={B}, author={Bob Birch and Cy Cedar}, year={2015}}
@article{c, title={C}, author={Dee Dogwood and Eve Elm}}
`;
const dataset = createDataset(runPipeline([{ name: "t.bib", text: BIB }], {}));
const withData = (): AppState => {
  const s = appReducer(initialState(), {
    type: "loadStarted",
    files: [],
    kind: "replace",
    byUser: false,
  });
  return appReducer(s, { type: "datasetShown", token: 1, dataset, suggestions: [] });
};
const run = (actions: AppAction[], from = withData()) => actions.reduce(appReducer, from);
const view = (change: AppAction & { type: "viewChanged" }) => change;

describe("year range in the state", () => {
  it("swaps an inverted range typed in the controls (From 2015, then To 2010)", () => {
    const s = run([
      view({ type: "viewChanged", change: { yearFrom: 2015 } }),
      view({ type: "viewChanged", change: { yearTo: 2010 } }),
    ]);
    expect([s.view.yearFrom, s.view.yearTo]).toEqual([2010, 2015]);
    expect(selectQuery(s)).toBe("?years=2010-2015");
  });

  it("reads an inverted URL range swapped, to the same authors as the controls", () => {
    const url = parseUrlState("?years=2015-2010");
    expect([url.yearFrom, url.yearTo]).toEqual([2010, 2015]);
    const fromUrl = run([{ type: "urlChanged", url }]);
    const fromControls = run([
      view({ type: "viewChanged", change: { yearFrom: 2015, yearTo: 2010 } }),
    ]);
    expect(selectVisible(fromUrl)?.nodes).toEqual(selectVisible(fromControls)?.nodes);
  });

  it("keeps undated papers by default and leaves them out on request", () => {
    expect(dataset.graph.order).toBe(5);
    // 2010–2015 holds papers a and b (Ann, Bob, Cy); c is undated (Dee, Eve).
    const kept = run([view({ type: "viewChanged", change: { yearFrom: 2010, yearTo: 2015 } })]);
    expect(selectVisible(kept)?.nodes.size).toBe(5);
    const dropped = run([view({ type: "viewChanged", change: { includeUndated: false } })], kept);
    expect(selectVisible(dropped)?.nodes.size).toBe(3);
    expect(selectQuery(dropped)).toBe("?years=2010-2015&undated=0");
    // 2012–2020: only b is dated inside (Bob, Cy), plus Dee and Eve while undated count.
    const later = run([view({ type: "viewChanged", change: { yearFrom: 2012, yearTo: 2020 } })]);
    expect(selectVisible(later)?.nodes.size).toBe(4);
  });
});

describe("colour mode in the state", () => {
  it("round-trips color= and undated= through the URL; unknown values fall back", () => {
    const url = { ...DEFAULT_URL_STATE, color: "first-year" as const, includeUndated: false };
    expect(serializeUrlState(url)).toBe("?undated=0&color=first-year");
    expect(parseUrlState("?undated=0&color=first-year")).toEqual(url);
    expect(parseUrlState("?color=rainbow").color).toBe("community");
  });

  it("colours by mean year through the scene inputs; citations fall back (none counted)", () => {
    const year = run([{ type: "colorChosen", color: "year" }]);
    expect(selectQuery(year)).toBe("?color=year");
    expect(selectColoring(year)?.title).toBe("Mean publication year");
    expect(selectSceneInputs(year)?.coloring).toBe(selectColoring(year));
    // Mean years 2010 (Ann), 2012.5 (Bob), 2015 (Cy); Dee and Eve have none. Five ticks over
    // 2010–2015: 5 / 4 = 1.25 → step 2; 2015 is within half a step of 2014, so not labelled.
    const scale = selectColoring(year)?.scale;
    expect(scale?.ticks).toEqual([
      { t: 0, label: "2010" },
      { t: 0.4, label: "2012" },
      { t: 0.8, label: "2014" },
    ]);
    expect(scale?.missing?.label).toBe("no dated paper");
    const cited = run([{ type: "colorChosen", color: "citations" }]);
    expect(selectColoring(cited)).toBeNull();
    expect(selectSceneInputs(cited)?.coloring).toBeUndefined();
    // Choosing the mode already on changes nothing (the same state object).
    const base = withData();
    expect(run([{ type: "colorChosen", color: "community" }], base)).toBe(base);
  });
});

describe("emptyMapMessage", () => {
  const years = { min: 1990, max: 2020 };
  it("names the range and the papers' span, and whether undated papers were left out", () => {
    expect(emptyMapMessage({ yearFrom: 2030, yearTo: 2040, includeUndated: true, years })).toBe(
      "No author has a paper in 2030–2040; the papers span 1990–2020.",
    );
    expect(emptyMapMessage({ yearFrom: 2030, includeUndated: false, years })).toBe(
      "No author has a paper from 2030 on (undated papers left out); the papers span 1990–2020.",
    );
    expect(emptyMapMessage({ yearTo: 1980, yearFrom: 1980, includeUndated: true, years })).toBe(
      "No author has a paper in 1980; the papers span 1990–2020.",
    );
    expect(emptyMapMessage({ includeUndated: true, years })).toBe("No author passes the filters.");
    expect(emptyMapMessage({ yearFrom: 2000, includeUndated: true })).toBe(
      "No author passes the filters.",
    );
  });
});
