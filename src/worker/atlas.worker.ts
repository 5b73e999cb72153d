// Analysis worker entry: parses, builds the network and measures it off the main thread, then
// posts the dataset with the layout still to run. The page ends this worker once the dataset has
// arrived (everything it held goes with it) and runs the layout in a worker of its own.
import type { AnalysisMessage, LoadRequest } from "./protocol.ts";
import { networkBuffers } from "./compact-network.ts";
import { splitDataset } from "./dataset-parts.ts";
import { jobBuffers } from "./layout-job.ts";
import { analyse } from "./pipeline.ts";
import { throttleProgress } from "./throttle-progress.ts";
import { createWebBrandesRunner } from "./web-brandes-runner.ts";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LoadRequest>) => void) | null;
  postMessage(message: AnalysisMessage, transfer?: Transferable[]): void;
};

const runner = createWebBrandesRunner();

scope.onmessage = async (event) => {
  if (event.data.type !== "load") return;
  const { id, files, options } = event.data;
  try {
    const onProgress = throttleProgress((progress) =>
      scope.postMessage({ type: "progress", id, ...progress }),
    );
    const { dataset, job } = await analyse(files, runner, options, { onProgress });
    // Records go in parts, each deserialized on the page in a task of its own.
    const { parts, rest } = splitDataset(dataset);
    for (const part of parts) scope.postMessage({ type: "part", id, part });
    // Typed arrays move without a copy; the page rebuilds the graph from them.
    scope.postMessage({ type: "dataset", id, result: rest, layout: job }, [
      rest.positions.buffer,
      ...(rest.network ? networkBuffers(rest.network) : []),
      ...jobBuffers(job),
    ]);
  } catch (error) {
    scope.postMessage({
      type: "error",
      id,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
