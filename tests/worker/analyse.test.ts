// The analysis worker's half of a load and the layout worker's half: together, runPipeline.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createLayoutKernel } from "../../src/layout/force-kernel.ts";
import { syncBrandesRunner } from "../../src/metrics/betweenness.ts";
import { withCentrality } from "../../src/metrics/compute-metrics.ts";
import { jobBuffers, layoutJob, runLayoutJob } from "../../src/worker/layout-job.ts";
import { analyse, runPipeline } from "../../src/worker/pipeline.ts";
import { authorValue } from "../../src/metrics/author-table.ts";

const seed = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), "../../data/huang-tiansheng.txt"),
  "utf8",
);

describe("analyse, then runLayoutJob", () => {
  it("announce runPipeline's dataset and, sent through structured cloning, reach its positions", async () => {
    const full = runPipeline([{ name: "seed.txt", text: seed }]);
    const files = [{ name: "seed.txt", text: seed }];
    const { dataset, job } = await analyse(files, syncBrandesRunner);
    expect(dataset.ids).toEqual(full.ids);
    expect(dataset.corpus.papers.length).toBe(10);
    expect(dataset.metrics.authors).toEqual(full.metrics.authors);
    // The texts are parsed: the analysis thread lets them go.
    expect(files[0].text).toBe("");
    // The dataset shows the layout's starting positions (before any tick), not its end.
    expect([...dataset.positions]).toEqual([
      ...createLayoutKernel(job.input, job.options).positions(),
    ]);
    expect([...dataset.positions]).not.toEqual([...full.positions]);
    // The layout draws the metrics' communities apart: they travel with the job.
    expect([...(job.input.community ?? [])]).toEqual(
      dataset.ids.map((id) => authorValue(dataset.metrics.authors, id, "community")),
    );
    // The job crosses to the layout worker by transfer, as the client sends it.
    const sent = structuredClone(job, { transfer: jobBuffers(job) });
    expect(job.input.sources.length).toBe(0);
    expect([...runLayoutJob(sent)]).toEqual([...full.positions]);
  });

  it("starts from the given positions by author id; the others start on the spiral", async () => {
    const first = runPipeline([{ name: "seed.txt", text: seed }]);
    const [a] = first.ids;
    const { dataset, job } = await analyse([{ name: "seed.txt", text: seed }], syncBrandesRunner, {
      initialPositions: { [a]: { x: 500, y: -40 } },
    });
    expect([dataset.positions[0], dataset.positions[1]]).toEqual([500, -40]);
    // The others start where a layout of their own would start them (unpacked: nothing moves the
    // given positions).
    const own = createLayoutKernel(job.input, { ...job.options, initial: undefined, pack: false });
    expect([...dataset.positions.slice(2)]).toEqual([...own.positions().slice(2)]);
    expect(job.options.initial?.length).toBe(2 * first.ids.length);
  });
});

describe("runLayoutJob", () => {
  it("reports progress from 0 to the tick budget and positions as they move", () => {
    const input = {
      ids: ["a", "b"],
      sources: Uint32Array.of(0),
      targets: Uint32Array.of(1),
      weights: Float64Array.of(1),
    };
    const progress: number[] = [];
    let moves = 0;
    runLayoutJob(layoutJob(input, { iterations: 100 }), {
      onProgress: (p) => progress.push(p.done),
      onPositions: () => moves++,
      positionsEvery: 0,
    });
    expect(progress[0]).toBe(0);
    expect(progress[progress.length - 1]).toBe(100);
    expect(moves).toBe(progress.length - 1);
  });
});

describe("analyse with betweenness deferred", () => {
  it("hands the dataset over first; its centrality completes runPipeline's metrics", async () => {
    const full = runPipeline([{ name: "seed.txt", text: seed }]);
    const handoff = await analyse([{ name: "seed.txt", text: seed }], syncBrandesRunner, {
      deferCentralityAbove: 24,
    });
    const { dataset } = handoff;
    expect(dataset.metrics.summary.betweenness.pending).toBe(true);
    expect(dataset.metrics.authors.columns.betweenness.some((b) => b > 0)).toBe(false);
    // The layout needs only the communities, which are final.
    expect(dataset.ids.map((id) => authorValue(dataset.metrics.authors, id, "community"))).toEqual(
      full.ids.map((id) => authorValue(full.metrics.authors, id, "community")),
    );
    expect(handoff.centrality).toBeDefined();
    const centrality = await handoff.centrality!();
    expect(withCentrality(dataset.metrics, dataset.ids, centrality)).toEqual(full.metrics);
    // Tiansheng Huang, the profile's owner, sits on most shortest paths.
    const top = full.ids[centrality.betweenness.indexOf(Math.max(...centrality.betweenness))];
    expect(dataset.corpus.authors.find((a) => a.id === top)?.name).toBe("Tiansheng Huang");
  });

  it("below the threshold (the seed's 24 authors, default 10,000) measures everything first", async () => {
    const handoff = await analyse([{ name: "seed.txt", text: seed }], syncBrandesRunner, {
      deferCentralityAbove: 25,
    });
    expect(handoff.centrality).toBeUndefined();
    expect(handoff.dataset.metrics.summary.betweenness.pending).toBeUndefined();
    const byDefault = await analyse([{ name: "seed.txt", text: seed }], syncBrandesRunner);
    expect(byDefault.centrality).toBeUndefined();
  });
});
