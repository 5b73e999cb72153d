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
import { initialState } from "../../src/view/store/state.ts";
import { analyse, runPipeline } from "../../src/worker/pipeline.ts";

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
    const values = Object.values(full.metrics.authors).map((m) => m.betweenness);
    const own = full.metrics.authors[ling].betweenness;
    expect(own).toBeGreaterThan(0);
    expect(done.ranks.betweenness.get(ling)).toBe(1 + values.filter((v) => v > own).length);
    // The rest is shared, positions included (the layout moves them in place).
    expect(done.positions).toBe(pending.positions);
    expect(done.graph).toBe(pending.graph);
    expect(done.search.byId.get(ling)?.item.name).toBe("Ling Liu");
    // The pending dataset is left as it was.
    expect(pending.metrics.summary.betweenness.pending).toBe(true);
  });

  it("is built in steps (one per 5,000 authors, then one per rank)", () => {
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
