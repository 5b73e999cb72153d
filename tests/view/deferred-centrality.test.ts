// A big network's page dataset shown before its betweenness and closeness, then completed.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { syncBrandesRunner } from "../../src/metrics/betweenness.ts";
import { isMetricPending, PENDING_VALUE } from "../../src/scene/metric-info.ts";
import {
  createDataset,
  withCentralityDatasetAsync,
  withCentralityDatasetSteps,
} from "../../src/view/dataset.ts";
import type { AppAction } from "../../src/view/store/actions.ts";
import { appReducer } from "../../src/view/store/reducer.ts";
import { selectColoring, selectTopAuthors, selectVisible } from "../../src/view/store/selectors.ts";
import { datasetTimeline, frameNew } from "../../src/view/store/timeline-selectors.ts";
import { initialState, type AppState } from "../../src/view/store/state.ts";
import { parseUrlState } from "../../src/view/url-state.ts";
import { analyse, runPipeline } from "../../src/worker/pipeline.ts";
import { authorMetricsRecord, authorValue } from "../../src/metrics/author-table.ts";

const seed = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), "../../data/huang-tiansheng.txt"),
  "utf8",
);
const files = () => [{ name: "huang-tiansheng.txt", text: seed }];
const full = createDataset(runPipeline(files()));
const handoff = await analyse(files(), syncBrandesRunner, { deferCentralityAbove: 1 });
const pending = createDataset(handoff.dataset);
const centrality = await handoff.centrality!();

describe("a dataset whose betweenness is pending", () => {
  it("reads … for betweenness and closeness only", () => {
    expect(PENDING_VALUE).toBe("…");
    const summary = pending.metrics.summary;
    expect(isMetricPending(summary, "betweenness")).toBe(true);
    expect(isMetricPending(summary, "closeness")).toBe(true);
    expect(isMetricPending(summary, "pagerank")).toBe(false);
    expect(isMetricPending(full.metrics.summary, "betweenness")).toBe(false);
    // Every author ties at 0 until the values come: rank 1 of 24.
    expect(new Set(pending.ranks.betweenness.values())).toEqual(new Set([1]));
  });

  it("completed: the metrics, ranks and warnings createDataset makes from every metric", async () => {
    const done = await withCentralityDatasetAsync(pending, handoff.dataset.ids, centrality, () =>
      Promise.resolve(),
    );
    expect(done.metrics).toEqual(full.metrics);
    expect(done.ranks).toEqual(full.ranks);
    expect(done.warnings).toEqual(full.warnings);
    // Ranks by definition: 1 + the authors with a strictly greater betweenness.
    const ling = [...done.authors.values()].find((a) => a.name === "Ling Liu")!.id;
    const values = [...full.metrics.authors.columns.betweenness];
    const own = authorValue(full.metrics.authors, ling, "betweenness") ?? NaN;
    expect(own).toBeGreaterThan(0);
    expect(done.ranks.betweenness.get(ling)).toBe(1 + values.filter((v) => v > own).length);
    // The rest is shared, positions included (the layout moves them in place).
    expect(done.positions).toBe(pending.positions);
    expect(done.graph).toBe(pending.graph);
    expect(done.search.byId.get(ling)?.item.name).toBe("Ling Liu");
    // The pending dataset is left as it was.
    expect(pending.metrics.summary.betweenness.pending).toBe(true);
  });

  it("is built in steps: the two columns at once, then one step per rank", () => {
    const steps = withCentralityDatasetSteps(pending, handoff.dataset.ids, centrality);
    let yields = 0;
    while (!steps.next().done) yields++;
    expect(yields).toBe(2);
  });
});

describe("centralityMeasured", () => {
  const started: AppAction = { type: "loadStarted", files: [], kind: "replace", byUser: false };
  const shown: AppAction = { type: "datasetShown", token: 1, dataset: pending, suggestions: [] };

  it("replaces the shown dataset of the newest load and keeps the hover and selection", () => {
    const id = [...pending.authors.keys()][0];
    const actions: AppAction[] = [
      started,
      shown,
      { type: "hovered", id },
      { type: "authorSelected", id },
    ];
    const before = actions.reduce(appReducer, initialState());
    const after = appReducer(before, { type: "centralityMeasured", token: 1, dataset: full });
    expect(after.dataset).toBe(full);
    expect(after.hover).toBe(id);
    expect(after.selection).toBe(before.selection);
    expect(after.load).toBe(before.load);
  });

  it("from an older load changes nothing", () => {
    const actions: AppAction[] = [started, shown, started];
    const before = actions.reduce(appReducer, initialState());
    expect(appReducer(before, { type: "centralityMeasured", token: 1, dataset: full })).toBe(
      before,
    );
  });
});

const done = await withCentralityDatasetAsync(pending, handoff.dataset.ids, centrality, () =>
  Promise.resolve(),
);

describe("what centralityMeasured derives again", () => {
  const started: AppAction = { type: "loadStarted", files: [], kind: "replace", byUser: false };
  const before = (query: string): AppState =>
    [
      started,
      { type: "datasetShown", token: 1, dataset: pending, suggestions: [] } as AppAction,
    ].reduce(appReducer, initialState(parseUrlState(query)));
  const measured = (s: AppState) =>
    appReducer(s, { type: "centralityMeasured", token: 1, dataset: done });

  it("nothing that reads only the network and the metrics it already had", () => {
    const s = before("?top=5&metric=pagerank");
    const visible = selectVisible(s);
    const top = selectTopAuthors(s, 10);
    const coloring = selectColoring(before("?color=year"));
    const index = datasetTimeline(pending);
    const fresh = frameNew(pending, 2020);
    const after = measured(s);
    expect(after.dataset).toBe(done);
    expect(selectVisible(after)).toBe(visible);
    expect(selectTopAuthors(after, 10)).toBe(top);
    expect(selectColoring(measured(before("?color=year")))).toBe(coloring);
    expect(datasetTimeline(done)).toBe(index);
    expect(frameNew(done, 2020)).toBe(fresh);
  });

  it("what reads betweenness: the top authors by it, from the new values", () => {
    const s = before("?metric=betweenness");
    // Pending, every author ties at 0: the top three are the first three keys.
    const pendingTop = selectTopAuthors(s, 3);
    const after = measured(s);
    const top = selectTopAuthors(after, 3);
    expect(top).not.toBe(pendingTop);
    const values = authorMetricsRecord(full.metrics.authors);
    const byValue = Object.keys(values)
      .sort((x, y) => values[y].betweenness - values[x].betweenness || (x < y ? -1 : 1))
      .slice(0, 3);
    expect(top).toEqual(byValue);
    expect(top).not.toEqual(pendingTop);
    // A top N by betweenness is filtered again: three authors with the three largest values.
    const topN = before("?top=3&metric=betweenness");
    const shown = selectVisible(measured(topN));
    expect(shown).not.toBe(selectVisible(topN));
    expect([...(shown?.nodes ?? [])].map((id) => values[id].betweenness).sort()).toEqual(
      byValue.map((id) => values[id].betweenness).sort(),
    );
  });
});
