// The page's handle on the workers of a load (analysis, then layout): load files, get progress,
// the dataset, moving positions and a result; the newest load wins.
import { createDatasetJoiner } from "./dataset-parts.ts";
import { jobBuffers, type LayoutJob } from "./layout-job.ts";
import type {
  AnalysisMessage,
  InputFile,
  LayoutMessage,
  LayoutRequest,
  LoadRequest,
} from "./protocol.ts";
import type { PipelineHooks, PipelineOptions, PipelineResult } from "./pipeline.ts";

/** Early looks at a load: the network before its layout, then positions as the layout runs. */
export type LoadListeners = Omit<PipelineHooks, "positionsEvery">;

export interface AnalysisClient {
  /**
   * Analyses `files`. A newer call cancels an older one, whose promise rejects with an error
   * whose name is "AbortError".
   */
  load(
    files: InputFile[],
    options?: PipelineOptions,
    listeners?: LoadListeners,
  ): Promise<PipelineResult>;
  dispose(): void;
}

function abortError(): Error {
  const error = new Error("coauthor-atlas/worker: superseded by a newer load");
  error.name = "AbortError";
  return error;
}

/**
 * A client backed by two module Web Workers per load: the analysis worker (parse, network,
 * metrics), ended as soon as its dataset has arrived so that nothing it held stays alive, then a
 * layout worker that holds only the layout's typed arrays. A newer load ends both.
 */
export function createWorkerClient(): AnalysisClient {
  let workers: Worker[] = [];
  let pending: { reject: (error: Error) => void } | null = null;
  let nextId = 1;

  const spawnAnalysis = () =>
    new Worker(new URL("./atlas.worker.ts", import.meta.url), {
      type: "module",
      name: "coauthor-atlas",
    });
  const spawnLayout = () =>
    new Worker(new URL("./layout.worker.ts", import.meta.url), {
      type: "module",
      name: "coauthor-atlas-layout",
    });
  const start = (worker: Worker) => (workers.push(worker), worker);
  const end = (worker: Worker) => {
    worker.terminate();
    workers = workers.filter((w) => w !== worker);
  };
  const endAll = () => workers.forEach(end);

  return {
    load(files, options = {}, listeners = {}) {
      pending?.reject(abortError());
      pending = null;
      endAll();
      const id = nextId++;
      return new Promise<PipelineResult>((resolve, reject) => {
        const current = { reject };
        pending = current;
        const settle = (finish: () => void) => {
          if (pending !== current) return;
          pending = null;
          endAll();
          finish();
        };
        const fail = (message: string) => settle(() => reject(new Error(message)));
        const failed = (event: ErrorEvent) =>
          fail(`coauthor-atlas/worker: ${event.message || "worker failed"}`);
        /** A message handler whose throw (a listener's too) fails the load, never leaves it pending. */
        const guarded =
          <M>(handle: (message: M) => void) =>
          (event: MessageEvent<M>) => {
            try {
              handle(event.data);
            } catch (error) {
              fail(`coauthor-atlas/worker: ${(error as Error).message}`);
            }
          };

        const runLayout = (partial: PipelineResult, job: LayoutJob) => {
          const layout = start(spawnLayout());
          layout.onmessage = guarded<LayoutMessage>((message) => {
            if (message.type === "progress") listeners.onProgress?.(message);
            else if (message.type === "positions") listeners.onPositions?.(message.positions);
            else if (message.type === "error") fail(message.message);
            else {
              const timings = { ...partial.timings, layout: message.milliseconds };
              settle(() => resolve({ ...partial, positions: message.positions, timings }));
            }
          });
          layout.onerror = failed;
          const request: LayoutRequest = { type: "layout", id, job };
          layout.postMessage(request, jobBuffers(job));
        };

        const analysis = start(spawnAnalysis());
        const joiner = createDatasetJoiner();
        analysis.onmessage = guarded<AnalysisMessage>((message) => {
          if (message.type === "progress") listeners.onProgress?.(message);
          else if (message.type === "part") joiner.add(message.part);
          else if (message.type === "error") fail(message.message);
          else {
            end(analysis);
            const dataset = joiner.finish(message.result);
            runLayout(dataset, message.layout);
            listeners.onDataset?.(dataset);
          }
        });
        analysis.onerror = failed;
        const request: LoadRequest = { type: "load", id, files, options };
        analysis.postMessage(request);
      });
    },
    dispose() {
      pending?.reject(abortError());
      pending = null;
      endAll();
    },
  };
}

/** A client that runs the pipeline in the calling thread (tests, or where Workers are missing). */
export function createInlineClient(): AnalysisClient {
  return {
    async load(files, options = {}, listeners = {}) {
      // Loaded on demand, so the page bundle does not carry the parsers and metrics.
      const { runPipeline } = await import("./pipeline.ts");
      return runPipeline(files, options, listeners);
    },
    dispose() {},
  };
}
