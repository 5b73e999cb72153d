// Node runner of the Brandes kernel: BFS sources split across worker_threads, partials summed.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import {
  syncBrandesRunner,
  type BrandesJob,
  type BrandesRun,
  type BrandesRunner,
} from "./betweenness.ts";
import { addBrandesPartial, emptyBrandesPartial, type BrandesPartial } from "./brandes.ts";
import { runClaimedSources } from "./claimed-sources.ts";

export interface NodeBrandesRunnerOptions {
  /**
   * Worker threads; default: one fewer than the machine's available parallelism (at least one),
   * as the calling thread joins in once it is done with its own work (`assist`).
   */
  threads: number;
  /** Sources per work unit: small enough to balance and report progress, large enough to be cheap. */
  chunk: number;
  /**
   * Below this much work (sources × stored adjacency entries, ~4 ns each) the job runs in this
   * thread: starting workers costs a few hundred milliseconds.
   */
  minWork: number;
}

export const DEFAULT_NODE_BRANDES_RUNNER_OPTIONS: NodeBrandesRunnerOptions = {
  threads: Math.max(1, availableParallelism() - 1),
  chunk: 64,
  minWork: 1e8,
};

/** Typed array copy backed by a SharedArrayBuffer, so every worker reads the same memory. */
function shared<T extends Int32Array | Float64Array>(array: T): T {
  const copy = new (array.constructor as new (buffer: SharedArrayBuffer) => T)(
    new SharedArrayBuffer(array.byteLength),
  );
  copy.set(array);
  return copy;
}

/**
 * Returns a {@link BrandesRunner} that spreads the job's sources over worker threads, each
 * claiming `chunk` sources at a time from a shared counter (as does the calling thread in
 * `assist`), and sums the partials; jobs under
 * `minWork` run in this thread. Works under tsx (the CLI) and vitest: the worker entry
 * (node-brandes-worker.mjs) registers tsx itself before importing the TypeScript kernel. Workers
 * exit once they have sent their partial, or are terminated when one of them fails.
 */
export function createNodeBrandesRunner(
  options: Partial<NodeBrandesRunnerOptions> = {},
): BrandesRunner {
  const { threads, chunk, minWork } = { ...DEFAULT_NODE_BRANDES_RUNNER_OPTIONS, ...options };
  if (!(Number.isInteger(threads) && threads >= 1))
    throw new Error(`coauthor-atlas/metrics: threads must be a positive integer, got ${threads}`);
  if (!(Number.isInteger(chunk) && chunk >= 1))
    throw new Error(`coauthor-atlas/metrics: chunk must be a positive integer, got ${chunk}`);
  return (job) => {
    const n = job.csr.offsets.length - 1;
    const sources = job.sources === null ? n : job.sources.length;
    if (sources * (job.csr.targets.length + n) < minWork) return syncBrandesRunner(job);
    return runInWorkers(job, threads, chunk);
  };
}

function runInWorkers(job: BrandesJob, threads: number, chunk: number): BrandesRun {
  const n = job.csr.offsets.length - 1;
  const total = job.sources === null ? n : job.sources.length;
  const result = emptyBrandesPartial(n, job.sampled);
  if (total === 0) {
    job.onProgress?.(0, 0);
    return Promise.resolve(result);
  }
  const workerData = {
    offsets: shared(job.csr.offsets),
    targets: shared(job.csr.targets),
    sources: job.sources === null ? null : shared(job.sources),
    multiplicity: job.multiplicity === null ? null : shared(job.multiplicity),
    sampled: job.sampled,
    // The next unclaimed source; every worker claims its chunks here (see serveBrandesJobs).
    cursor: new Int32Array(new SharedArrayBuffer(4)),
    total,
    chunk,
  };
  const count = Math.min(threads, Math.ceil(total / chunk));
  let done = 0;
  const run: BrandesRun = new Promise<BrandesPartial>((resolve, reject) => {
    const workers: Worker[] = [];
    let finished = 0;
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      for (const worker of workers) void worker.terminate();
      reject(
        new Error(`coauthor-atlas/metrics: betweenness worker failed: ${String(error)}`, {
          cause: error,
        }),
      );
    };
    for (let i = 0; i < count; i++) {
      const worker = new Worker(new URL("./node-brandes-worker.mjs", import.meta.url), {
        workerData,
      });
      workers.push(worker);
      let delivered = false;
      worker.on(
        "message",
        (message: { type: string; count?: number; partial?: BrandesPartial }) => {
          if (failed) return;
          if (message.type === "done") {
            done += message.count as number;
            job.onProgress?.(done, total);
          } else if (message.type === "partial") {
            delivered = true;
            addBrandesPartial(result, message.partial as BrandesPartial);
            if (++finished === count) resolve(result);
          }
        },
      );
      worker.on("error", fail);
      worker.on("exit", (code) => {
        if (code !== 0) fail(new Error(`worker exited with code ${code}`));
        else if (!delivered) fail(new Error("worker exited before sending its partial"));
      });
    }
  });
  run.assist = () => {
    // The workers' partials are added by message handlers, which run only after this returns,
    // so the result is complete when it resolves. Once every source is claimed the workers
    // finish, and a later call finds nothing left to take.
    const own = emptyBrandesPartial(n, job.sampled);
    const claimed = { ...workerData, csr: job.csr };
    const ran = runClaimedSources(claimed, own, (count) => {
      done += count;
      job.onProgress?.(done, total);
    });
    if (ran > 0) addBrandesPartial(result, own);
  };
  return run;
}
