// The page's handle on the analysis worker: load files, get progress and a result; newest load wins.
import type { InputFile, LoadRequest, Progress, WorkerMessage } from "./protocol.ts";
import type { PipelineOptions, PipelineResult } from "./pipeline.ts";

export interface AnalysisClient {
  /**
   * Analyses `files`. A newer call cancels an older one, whose promise rejects with an error
   * whose name is "AbortError".
   */
  load(
    files: InputFile[],
    options?: PipelineOptions,
    onProgress?: (progress: Progress) => void,
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
    load(files, options = {}, onProgress) {
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
        current.onmessage = (event: MessageEvent<WorkerMessage>) => {
          const message = event.data;
          if (message.id !== id) return;
          if (message.type === "progress") onProgress?.(message);
          else {
            pending = null;
            if (message.type === "result") resolve(message.result);
            else reject(new Error(message.message));
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
    async load(files, options = {}, onProgress) {
      // Loaded on demand, so the page bundle does not carry the parsers and metrics.
      const { runPipeline } = await import("./pipeline.ts");
      return runPipeline(files, options, onProgress);
    },
    dispose() {},
  };
}
