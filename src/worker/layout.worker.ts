// Layout worker entry: runs one force layout, posting progress and positions as it moves. It
// holds nothing but the layout's typed arrays.
import type { LayoutMessage, LayoutRequest } from "./protocol.ts";
import { runLayoutJob } from "./layout-job.ts";
import { throttleProgress } from "./throttle-progress.ts";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutMessage, transfer?: Transferable[]): void;
};

scope.onmessage = (event) => {
  if (event.data.type !== "layout") return;
  const { id, job } = event.data;
  const start = performance.now();
  try {
    const positions = runLayoutJob(job, {
      onProgress: throttleProgress((progress) =>
        scope.postMessage({ type: "progress", id, ...progress }),
      ),
      onPositions: (xy) => scope.postMessage({ type: "positions", id, positions: xy }, [xy.buffer]),
    });
    const milliseconds = performance.now() - start;
    scope.postMessage({ type: "done", id, positions, milliseconds }, [positions.buffer]);
  } catch (error) {
    scope.postMessage({
      type: "error",
      id,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
