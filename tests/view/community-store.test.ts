// Community focus through the store: named actions, the URL, the filter and the summary selector.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createDataset } from "../../src/view/dataset.ts";
import type { AppAction } from "../../src/view/store/actions.ts";
import { appReducer } from "../../src/view/store/reducer.ts";
import {
  selectCommunitySummary,
  selectQuery,
  selectVisible,
} from "../../src/view/store/selectors.ts";
import { initialState, type AppState } from "../../src/view/store/state.ts";
import { parseUrlState } from "../../src/view/url-state.ts";
import { runPipeline } from "../../src/worker/pipeline.ts";
import { authorMetricsRecord } from "../../src/metrics/author-table.ts";

const seed = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), "../../data/huang-tiansheng.txt"),
  "utf8",
);
const SEED = [{ name: "huang-tiansheng.txt", text: seed }];
const dataset = createDataset(runPipeline(SEED, {}));
const run = (actions: AppAction[], from: AppState) => actions.reduce(appReducer, from);
const ready = (query = "") =>
  run(
    [
      { type: "loadStarted", files: SEED, kind: "replace", byUser: false },
      { type: "datasetShown", token: 1, dataset, suggestions: [] },
    ],
    initialState(parseUrlState(query)),
  );
// Community 0 by the metrics (counted apart from the filter and summary code).
const members0 = Object.entries(authorMetricsRecord(dataset.metrics.authors))
  .filter(([, m]) => m.community === 0)
  .map(([id]) => id)
  .sort();

describe("community focus in the store", () => {
  it("highlight, filter, clear; the URL says community=1 (the legend's number)", () => {
    expect(members0.length).toBeGreaterThan(1);
    const all = selectVisible(ready())?.nodes.size ?? 0;
    const lit = run([{ type: "communityHighlighted", community: 0 }], ready());
    expect(lit.view.community).toBe(0);
    expect(selectQuery(lit)).toBe("?community=1");
    // Highlighting hides nobody.
    expect(selectVisible(lit)?.nodes.size).toBe(all);
    expect(selectCommunitySummary(lit)?.members.slice().sort()).toEqual(members0);

    const only = run([{ type: "communityFiltered", only: true }], lit);
    expect([...(selectVisible(only)?.nodes ?? [])].sort()).toEqual(members0);
    expect(selectQuery(only)).toBe("?community=1&communityOnly=1");
    expect(selectCommunitySummary(only)?.members).toHaveLength(members0.length);

    const cleared = run([{ type: "communityHighlighted", community: null }], only);
    expect([cleared.view.community, cleared.view.communityOnly]).toEqual([undefined, false]);
    expect(selectQuery(cleared)).toBe("");
    expect(selectVisible(cleared)?.nodes.size).toBe(all);
  });

  it("opens ?community=1&communityOnly=1 on the filtered map; filtering needs a highlight", () => {
    expect([...(selectVisible(ready("?community=1&communityOnly=1"))?.nodes ?? [])].sort()).toEqual(
      members0,
    );
    const none = run([{ type: "communityFiltered", only: true }], ready());
    expect(none.view.communityOnly).toBe(false);
    expect(parseUrlState("?communityOnly=1").communityOnly).toBe(false);
    expect(parseUrlState("?community=0").community).toBeUndefined();
  });

  it("a user's new files clear the highlight", () => {
    const lit = run([{ type: "communityHighlighted", community: 0 }], ready());
    const next = run(
      [
        { type: "loadStarted", files: SEED, kind: "replace", byUser: true },
        { type: "datasetShown", token: 2, dataset, suggestions: [] },
      ],
      lit,
    );
    expect(next.view.community).toBeUndefined();
  });
});
