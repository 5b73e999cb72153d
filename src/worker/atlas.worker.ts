// Worker entry: runs the analysis pipeline off the main thread and posts progress and the result.
import type { LoadRequest, WorkerMessage } from "./protocol.ts";
import { runPipeline } from "./pipeline.ts";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LoadRequest>) => void) | null;
  postMessage(message: WorkerMessage, transfer?: Transferable[]): void;
};

/** Progress is posted at most this often, so messages never flood the page. */
const PROGRESS_INTERVAL_MS = 50;

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type !== "load") return;
  let last = -Infinity;
  try {
    const result = runPipeline(request.files, request.options, (progress) => {
      const t = performance.now();
      if (t - last < PROGRESS_INTERVAL_MS && progress.done !== 0) return;
      last = t;
      scope.postMessage({ type: "progress", id: request.id, ...progress });
    });
    scope.postMessage({ type: "result", id: request.id, result }, [result.positions.buffer]);
  } catch (error) {
    scope.postMessage({
      type: "error",
      id: request.id,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
