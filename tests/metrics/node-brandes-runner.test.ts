// The worker_threads runner gives the sync kernel's numbers, reports progress and fails loudly.
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { runBrandesSync, type BrandesJob } from "../../src/metrics/betweenness.ts";
import type { BrandesPartial } from "../../src/metrics/brandes.ts";
import {
  computeMetrics,
  computeMetricsAsync,
  planBetweenness,
  resolveMetricsOptions,
} from "../../src/metrics/compute-metrics.ts";
import { connectedComponents } from "../../src/metrics/components.ts";
import { toCsr } from "../../src/metrics/csr.ts";
import { createNodeBrandesRunner } from "../../src/metrics/node-brandes-runner.ts";
import { graphFrom, readFixture } from "./helpers.ts";
import { authorMetricsRecord } from "../../src/metrics/author-table.ts";

const fixture = readFixture("corpus-2k.json");
const graph = graphFrom(fixture.nodes, fixture.edges);
const csr = toCsr(graph);

/** Equal up to summation order: relative difference below 1e-12 (raw sums reach ~1e6). */
function expectSame(a: Float64Array, b: Float64Array) {
  expect(a.length).toBe(b.length);
  let worst = 0;
  for (let i = 0; i < a.length; i++)
    worst = Math.max(worst, Math.abs(a[i] - b[i]) / Math.max(1, Math.abs(b[i])));
  expect(worst).toBeLessThan(1e-12);
}

describe("createNodeBrandesRunner", () => {
  it.each([1, 2, 3])(
    "%i thread(s), every source: same partial as the sync kernel",
    async (threads) => {
      const job: BrandesJob = { csr, sources: null, multiplicity: null, sampled: false };
      const progress: number[] = [];
      const parallel = await createNodeBrandesRunner({ threads, chunk: 50, minWork: 0 })({
        ...job,
        onProgress: (done, total) => {
          expect(total).toBe(csr.ids.length);
          progress.push(done);
        },
      });
      const sync = runBrandesSync(job);
      expectSame(parallel.betweenness, sync.betweenness);
      expectSame(parallel.closeness, sync.closeness);
      expect(progress.at(-1)).toBe(csr.ids.length);
      for (let i = 1; i < progress.length; i++)
        expect(progress[i]).toBeGreaterThan(progress[i - 1]);
    },
  );

  it("twin-reduced and sampled plans: same partials as the sync kernel", async () => {
    const runner = createNodeBrandesRunner({ threads: 2, chunk: 32, minWork: 0 });
    for (const betweenness of ["exact", "sampled"] as const) {
      const options = resolveMetricsOptions({ betweenness, samples: 200 });
      const plan = planBetweenness(csr, connectedComponents(csr), options);
      const parallel = await runner(plan.job);
      const sync = runBrandesSync(plan.job);
      expectSame(parallel.betweenness, sync.betweenness);
      expectSame(parallel.closeness, sync.closeness);
      if (betweenness === "sampled") {
        expectSame(parallel.squares!, sync.squares!);
        expectSame(parallel.farness!, sync.farness!);
        expectSame(parallel.reached!, sync.reached!);
      }
    }
  });

  it("assist: the calling thread runs unclaimed sources and the sum is still the sync kernel's", async () => {
    const plan = planBetweenness(
      csr,
      connectedComponents(csr),
      resolveMetricsOptions({ betweenness: "sampled", samples: 300 }),
    );
    const total = plan.job.sources!.length;
    let done = 0;
    let duringAssist = 0;
    let inAssist = false;
    const run = createNodeBrandesRunner({ threads: 1, chunk: 4, minWork: 0 })({
      ...plan.job,
      onProgress: (count) => {
        done = count;
        if (inAssist) duringAssist++;
      },
    });
    expect(run.assist).toBeTypeOf("function");
    // The worker takes a while to start: this thread claims chunks right away.
    inAssist = true;
    run.assist!();
    inAssist = false;
    expect(duringAssist).toBeGreaterThan(0);
    const parallel = await run;
    expect(done).toBe(total);
    const sync = runBrandesSync(plan.job);
    expectSame(parallel.betweenness, sync.betweenness);
    expectSame(parallel.closeness, sync.closeness);
    expectSame(parallel.squares!, sync.squares!);
    expectSame(parallel.farness!, sync.farness!);
    expectSame(parallel.reached!, sync.reached!);
    // Once every source is claimed there is nothing left to take.
    run.assist!();
    expectSame((await run).betweenness, sync.betweenness);
  });

  it("computeMetricsAsync with workers equals computeMetrics", async () => {
    const sync = computeMetrics(graph);
    const parallel = await computeMetricsAsync(
      graph,
      createNodeBrandesRunner({ threads: 2, minWork: 0 }),
    );
    expect(parallel.summary).toEqual(sync.summary);
    const parallelAuthors = authorMetricsRecord(parallel.authors);
    for (const [id, m] of Object.entries(authorMetricsRecord(sync.authors))) {
      const p = parallelAuthors[id];
      expect(p.betweenness).toBeCloseTo(m.betweenness, 12);
      expect({ ...p, betweenness: 0 }).toEqual({ ...m, betweenness: 0 });
    }
  });

  it("a worker claims its sources itself: it needs no message from the main thread", async () => {
    // Given only its data (no request ever sent), a worker runs every source and sends its
    // partial; so a main thread busy for seconds (Louvain, PageRank) leaves no worker idle.
    const shared = <T extends Int32Array>(a: T) => {
      const copy = new Int32Array(new SharedArrayBuffer(a.byteLength));
      copy.set(a);
      return copy;
    };
    const worker = new Worker(
      new URL("../../src/metrics/node-brandes-worker.mjs", import.meta.url),
      {
        workerData: {
          offsets: shared(csr.offsets),
          targets: shared(csr.targets),
          sources: null,
          multiplicity: null,
          sampled: false,
          cursor: new Int32Array(new SharedArrayBuffer(4)),
          total: csr.ids.length,
          chunk: 100,
        },
      },
    );
    let counted = 0;
    const partial = await new Promise<BrandesPartial>((resolve, reject) => {
      worker.on("message", (m: { type: string; count?: number; partial?: BrandesPartial }) => {
        if (m.type === "done") counted += m.count as number;
        else if (m.type === "partial") resolve(m.partial as BrandesPartial);
      });
      worker.on("error", reject);
    });
    const sync = runBrandesSync({ csr, sources: null, multiplicity: null, sampled: false });
    expect(counted).toBe(csr.ids.length);
    expectSame(partial.betweenness, sync.betweenness);
    expectSame(partial.closeness, sync.closeness);
  });

  it("rejects with the module's error when a worker fails", async () => {
    // Source 7 of a 2-node graph: the kernel throws inside the worker.
    const job: BrandesJob = {
      csr: { offsets: Int32Array.from([0, 1, 2]), targets: Int32Array.from([1, 0]) },
      sources: Int32Array.from([0, 7]),
      multiplicity: null,
      sampled: false,
    };
    expect(() => runBrandesSync(job)).toThrow(/BFS source 7 is not a node index/);
    await expect(createNodeBrandesRunner({ threads: 1, minWork: 0 })(job)).rejects.toThrow(
      /coauthor-atlas\/metrics: betweenness worker failed: .*BFS source 7 is not a node index/,
    );
  });

  it("validates its options", () => {
    expect(() => createNodeBrandesRunner({ threads: 0 })).toThrow(
      /threads must be a positive integer/,
    );
    expect(() => createNodeBrandesRunner({ chunk: 1.5 })).toThrow(
      /chunk must be a positive integer/,
    );
  });
});
