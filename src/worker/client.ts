// The page's handle on the analysis worker: load files, get progress and a result; newest load wins.
import type { InputFile, LoadRequest, Progress, WorkerMessage } from "./protocol.ts";
import type { PipelineOptions, PipelineResult } from "./pipeline.ts";

/** Early looks at a load: the network before its layout, then positions as the layout runs. */
export interface LoadListeners {
  onProgress?(progress: Progress): void;
  onDataset?(partial: PipelineResult): void;
  onPositions?(positions: Float64Array): void;
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

/** A client backed by a module Web Worker; cancelling terminates the worker and starts a new one. */
export function createWorkerClient(): AnalysisClient {
  let worker: Worker | null = null;
  let pending: { id: number; reject: (error: Error) => void } | null = null;
  let nextId = 1;

  const spawn = () =>
    new Worker(new URL("./atlas.worker.ts", import.meta.url), {
      type: "module",
      name: "coauthor-atlas",
    });

  return {
    load(files, options = {}, listeners = {}) {
      if (pending) {
        pending.reject(abortError());
        worker?.terminate();
        worker = null;
      }
      const current = worker ?? spawn();
      worker = current;
      const id = nextId++;
      return new Promise<PipelineResult>((resolve, reject) => {
        pending = { id, reject };
        let partial: PipelineResult | null = null;
        current.onmessage = (event: MessageEvent<WorkerMessage>) => {
          const message = event.data;
          if (message.id !== id) return;
          if (message.type === "progress") listeners.onProgress?.(message);
          else if (message.type === "dataset") {
            partial = message.result;
            listeners.onDataset?.(partial);
          } else if (message.type === "positions") listeners.onPositions?.(message.positions);
          else {
            pending = null;
            if (message.type === "error") reject(new Error(message.message));
            else if (!partial) reject(new Error("coauthor-atlas/worker: result without a dataset"));
            else resolve({ ...partial, positions: message.positions, timings: message.timings });
          }
        };
        current.onerror = (event) => {
          pending = null;
          reject(new Error(`coauthor-atlas/worker: ${event.message || "worker failed"}`));
        };
        const request: LoadRequest = { type: "load", id, files, options };
        current.postMessage(request);
      });
    },
    dispose() {
      pending?.reject(abortError());
      pending = null;
      worker?.terminate();
      worker = null;
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
