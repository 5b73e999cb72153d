// The report's edges section written in a worker thread while this thread writes the authors and papers before it.
import { Worker } from "node:worker_threads";
import type { EdgeJsonInput } from "../pipeline/field-edges-json.ts";
import type { EdgesJsonWorkerData, EdgesJsonWorkerMessage } from "./edges-json-serve.ts";

/** Characters per piece the worker posts (then UTF-8 bytes). */
const CHUNK_CHARS = 1 << 20;

/**
 * Starts writing the edges section (the text of `edgesSectionChunks(input)`) in a worker thread
 * at once and returns its bytes in order as they come. The worker does not wait for the reader:
 * a field's edges section (~60% of its report) is written while this thread writes what comes
 * before it, and pieces not yet read wait here. The arrays are copied to the worker, not moved.
 */
export function edgesJsonInWorker(input: EdgeJsonInput): AsyncIterable<Uint8Array> {
  const { quotedIds, quotedPapers, ...arrays } = input;
  const data: EdgesJsonWorkerData = {
    input: arrays,
    quotedIds: quotedIds.join("\n"),
    quotedPapers: quotedPapers.join("\n"),
    chunkChars: CHUNK_CHARS,
  };
  const worker = new Worker(new URL("./edges-json-worker.mjs", import.meta.url), {
    workerData: data,
    // Millions of short-lived strings, as in the parse worker: a young generation to match.
    resourceLimits: { maxYoungGenerationSizeMb: 192 },
  });
  const queue: Uint8Array[] = [];
  let finished = false;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  worker.on("message", (message: EdgesJsonWorkerMessage) => {
    if (message.type === "bytes") queue.push(message.bytes);
    else if (message.type === "done") finished = true;
    else failure = new Error(message.message);
    notify();
  });
  worker.on("error", (error) => {
    failure = error;
    notify();
  });
  worker.on("exit", (code) => {
    if (!finished && failure === null)
      failure = new Error(`coauthor-atlas/cli: edges worker exited with code ${code}`);
    notify();
  });
  return {
    async *[Symbol.asyncIterator]() {
      try {
        for (;;) {
          const next = queue.shift();
          if (next !== undefined) {
            yield next;
            continue;
          }
          if (failure !== null) throw failure;
          if (finished) return;
          await new Promise<void>((resolve) => (wake = resolve));
        }
      } finally {
        if (!finished) void worker.terminate();
      }
    },
  };
}
