// Analysis worker entry: parses, builds the network and measures it off the main thread, then
// posts the dataset with the layout still to run. The page ends this worker once the dataset has
// arrived (everything it held goes with it) and runs the layout in a worker of its own; for a big
// network the dataset comes before betweenness and closeness, which this worker measures once
// the page asks (its map is drawn), holding only the BFS plan.
import type { AnalysisMessage, CentralityRequest, LoadRequest } from "./protocol.ts";
import { networkBuffers } from "./compact-network.ts";
import { splitDataset } from "./dataset-parts.ts";
import { jobBuffers } from "./layout-job.ts";
import { analyse, type LayoutHandoff } from "./pipeline.ts";
import { throttleProgress } from "./throttle-progress.ts";
import { createWebBrandesRunner } from "./web-brandes-runner.ts";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LoadRequest | CentralityRequest>) => void) | null;
  postMessage(message: AnalysisMessage, transfer?: Transferable[]): void;
};

const runner = createWebBrandesRunner();
/** The page's go-ahead for the deferred betweenness of load `id`. */
let centralityAsked: { id: number; go: () => void } | null = null;

/** Posts the dataset in parts and the layout job; returns what is left to measure, if anything. */
function post(id: number, handoff: LayoutHandoff): LayoutHandoff["centrality"] {
  const { dataset, job } = handoff;
  // Records go in parts, each deserialized on the page in a task of its own.
  const { parts, rest } = splitDataset(dataset);
  for (const part of parts) scope.postMessage({ type: "part", id, part });
  // Typed arrays move without a copy; the page rebuilds the graph from them.
  scope.postMessage({ type: "dataset", id, result: rest, layout: job }, [
    rest.positions.buffer,
    ...(rest.network ? networkBuffers(rest.network) : []),
    ...jobBuffers(job),
  ]);
  return handoff.centrality;
}

scope.onmessage = async (event) => {
  if (event.data.type === "centrality") {
    if (centralityAsked?.id === event.data.id) centralityAsked.go();
    return;
  }
  if (event.data.type !== "load") return;
  const { id, files, options } = event.data;
  try {
    const onProgress = throttleProgress((progress) =>
      scope.postMessage({ type: "progress", id, ...progress }),
    );
    // Only the measuring of betweenness outlives the post: the corpus and graph can go.
    const centrality = post(id, await analyse(files, runner, options, { onProgress }));
    if (!centrality) return;
    await new Promise<void>((go) => (centralityAsked = { id, go }));
    centralityAsked = null;
    const result = await centrality();
    scope.postMessage({ type: "centrality", id, centrality: result }, [
      result.betweenness.buffer as ArrayBuffer,
      result.closeness.buffer as ArrayBuffer,
    ]);
  } catch (error) {
    scope.postMessage({
      type: "error",
      id,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
