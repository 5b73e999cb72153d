// Worker entry: runs the analysis pipeline off the main thread and posts progress and the result.
import type { LoadRequest, WorkerMessage } from "./protocol.ts";
import { networkBuffers } from "./compact-network.ts";
import { runPipelineLean } from "./pipeline.ts";
import { createWebBrandesRunner } from "./web-brandes-runner.ts";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LoadRequest>) => void) | null;
  postMessage(message: WorkerMessage, transfer?: Transferable[]): void;
};

/** Progress is posted at most this often, so messages never flood the page. */
const PROGRESS_INTERVAL_MS = 50;

const runner = createWebBrandesRunner();

scope.onmessage = async (event) => {
  if (event.data.type !== "load") return;
  const { id, files, options } = event.data;
  let last = -Infinity;
  try {
    // The pipeline empties the files' texts once parsed and drops the dataset once posted.
    const result = await runPipelineLean(files, runner, options, {
      onProgress(progress) {
        const t = performance.now();
        if (t - last < PROGRESS_INTERVAL_MS && progress.done !== 0) return;
        last = t;
        scope.postMessage({ type: "progress", id, ...progress });
      },
      onDataset(partial) {
        // Typed arrays move without a copy; the page rebuilds the graph from them.
        scope.postMessage({ type: "dataset", id, result: partial }, [
          partial.positions.buffer,
          ...(partial.network ? networkBuffers(partial.network) : []),
        ]);
      },
      onPositions(positions) {
        scope.postMessage({ type: "positions", id, positions }, [positions.buffer]);
      },
    });
    scope.postMessage({ type: "done", id, positions: result.positions, timings: result.timings }, [
      result.positions.buffer,
    ]);
  } catch (error) {
    scope.postMessage({
      type: "error",
      id,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
