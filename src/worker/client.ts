// The page's handle on the workers of a load (analysis, then layout): load files, get progress,
// the dataset, moving positions and a result; the newest load wins.
import { createDatasetJoiner } from "./dataset-parts.ts";
import { jobBuffers, type LayoutJob } from "./layout-job.ts";
import type { Centrality } from "../metrics/compute-metrics.ts";
import type {
  AnalysisMessage,
  CentralityRequest,
  InputFile,
  Progress,
  LayoutMessage,
  LayoutRequest,
  LoadRequest,
} from "./protocol.ts";
import type { PipelineHooks, PipelineOptions, PipelineResult } from "./pipeline.ts";

/**
 * Early looks at a load: the network before its layout, then positions as the layout runs, and
 * for a big network betweenness and closeness after the dataset.
 */
export interface LoadListeners extends Omit<PipelineHooks, "positionsEvery" | "onDataset"> {
  /**
   * The network and its metrics, at the layout's starting positions. When its betweenness is
   * pending (`metrics.summary.betweenness.pending`), it is measured once the promise returned
   * here settles (the page's first map is drawn), and arrives through `onCentrality`.
   */
  onDataset?(partial: PipelineResult): void | Promise<unknown>;
  /** Progress of the deferred betweenness and closeness (stage "metrics"). */
  onCentralityProgress?(progress: Progress): void;
  /** The deferred betweenness and closeness, in the dataset's `ids` order. */
  onCentrality?(centrality: Centrality): void;
}

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
 * metrics), ended as soon as its dataset has arrived so that nothing it held stays alive (for a
 * big network, once it has also measured the deferred betweenness, holding only its BFS plan),
 * then a layout worker that holds only the layout's typed arrays. A newer load ends both.
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

        // The load is done when the layout is, and the deferred betweenness (if any) has come.
        let laidOut: PipelineResult | null = null;
        let centralityDue = false;
        let centrality: Centrality | undefined;
        const done = () => {
          if (!laidOut || (centralityDue && !centrality)) return;
          const result = centrality ? { ...laidOut, centrality } : laidOut;
          settle(() => resolve(result));
        };

        const runLayout = (partial: PipelineResult, job: LayoutJob) => {
          const layout = start(spawnLayout());
          layout.onmessage = guarded<LayoutMessage>((message) => {
            if (message.type === "progress") listeners.onProgress?.(message);
            else if (message.type === "positions") listeners.onPositions?.(message.positions);
            else if (message.type === "error") fail(message.message);
            else {
              const timings = { ...partial.timings, layout: message.milliseconds };
              laidOut = { ...partial, positions: message.positions, timings };
              end(layout);
              done();
            }
          });
          layout.onerror = failed;
          const request: LayoutRequest = { type: "layout", id, job };
          layout.postMessage(request, jobBuffers(job));
        };

        const analysis = start(spawnAnalysis());
        const joiner = createDatasetJoiner();
        analysis.onmessage = guarded<AnalysisMessage>((message) => {
          if (message.type === "progress")
            (centralityDue ? listeners.onCentralityProgress : listeners.onProgress)?.(message);
          else if (message.type === "part") joiner.add(message.part);
          else if (message.type === "error") fail(message.message);
          else if (message.type === "centrality") {
            // The last of this worker's work: it goes, with its plan.
            end(analysis);
            centrality = message.centrality;
            listeners.onCentrality?.(centrality);
            done();
          } else {
            const dataset = joiner.finish(message.result);
            centralityDue = dataset.metrics.summary.betweenness.pending === true;
            if (!centralityDue) end(analysis);
            runLayout(dataset, message.layout);
            const shown = listeners.onDataset?.(dataset);
            if (centralityDue) {
              const request: CentralityRequest = { type: "centrality", id };
              const ask = () => {
                if (pending === current) analysis.postMessage(request);
              };
              void Promise.resolve(shown).then(ask, ask);
            }
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
