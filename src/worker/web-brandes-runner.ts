// The page's Brandes runner: BFS sources spread over Web Workers (from the analysis worker).
import { syncBrandesRunner, type BrandesJob, type BrandesRunner } from "../metrics/betweenness.ts";
import { addBrandesPartial, emptyBrandesPartial, type BrandesPartial } from "../metrics/brandes.ts";
import { createSourceQueue } from "../metrics/source-queue.ts";
import type { BrandesWorkerMessage, BrandesWorkerRequest } from "./brandes.worker.ts";

export interface WebBrandesRunnerOptions {
  /** Workers; default: the hardware concurrency, at most 8. */
  threads: number;
  /** Sources per work unit. */
  chunk: number;
  /** Below this much work (sources × adjacency entries) the job runs in the calling thread. */
  minWork: number;
}

export const DEFAULT_WEB_BRANDES_RUNNER_OPTIONS: WebBrandesRunnerOptions = {
  threads: Math.min(8, Math.max(1, globalThis.navigator?.hardwareConcurrency ?? 2)),
  chunk: 64,
  minWork: 1e8,
};

/**
 * Returns a runner that hands `chunk` sources at a time to whichever worker is free and sums the
 * workers' partials; small jobs, one thread, or no Worker support run in the calling thread.
 * Each worker gets its own copy of the graph (SharedArrayBuffer needs cross-origin isolation).
 */
export function createWebBrandesRunner(
  options: Partial<WebBrandesRunnerOptions> = {},
): BrandesRunner {
  const { threads, chunk, minWork } = { ...DEFAULT_WEB_BRANDES_RUNNER_OPTIONS, ...options };
  return (job) => {
    const n = job.csr.offsets.length - 1;
    const sources = job.sources === null ? n : job.sources.length;
    if (
      threads < 2 ||
      typeof Worker !== "function" ||
      sources * (job.csr.targets.length + n) < minWork
    )
      return syncBrandesRunner(job);
    return runInWorkers(job, threads, chunk);
  };
}

function runInWorkers(job: BrandesJob, threads: number, chunk: number): Promise<BrandesPartial> {
  const n = job.csr.offsets.length - 1;
  const total = job.sources === null ? n : job.sources.length;
  const result = emptyBrandesPartial(n, job.sampled);
  const count = Math.min(threads, Math.ceil(total / chunk));
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    const queue = createSourceQueue(total, chunk, job.onProgress);
    let finished = 0;
    let failed = false;
    const fail = (what: string) => {
      if (failed) return;
      failed = true;
      for (const worker of workers) worker.terminate();
      reject(new Error(`coauthor-atlas/worker: betweenness worker failed: ${what}`));
    };
    const feed = (worker: Worker) =>
      worker.postMessage(queue.take() satisfies BrandesWorkerRequest);
    for (let i = 0; i < count; i++) {
      const worker = new Worker(new URL("./brandes.worker.ts", import.meta.url), {
        type: "module",
        name: "coauthor-atlas-brandes",
      });
      workers.push(worker);
      worker.onmessage = (event: MessageEvent<BrandesWorkerMessage>) => {
        if (failed) return;
        const message = event.data;
        if (message.type === "done") {
          queue.finished(message.count);
          feed(worker);
        } else {
          addBrandesPartial(result, message.partial);
          // A finished worker goes at once, with its copy of the graph.
          worker.terminate();
          if (++finished === count) resolve(result);
        }
      };
      worker.onerror = (event) => fail(event.message || "error");
      const init: BrandesWorkerRequest = {
        type: "init",
        csr: { offsets: job.csr.offsets, targets: job.csr.targets },
        sources: job.sources,
        multiplicity: job.multiplicity,
        sampled: job.sampled,
      };
      worker.postMessage(init);
      feed(worker);
    }
  });
}
