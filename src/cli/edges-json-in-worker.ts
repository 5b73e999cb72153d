// The report's edges section written in a worker thread while this thread writes the authors and papers before it.
import { Worker } from "node:worker_threads";
import type { EdgeJsonInput } from "../pipeline/field-edges-json.ts";
import type { EdgesJsonWorkerData, EdgesJsonWorkerMessage } from "./edges-json-serve.ts";

/** Bytes per piece the worker writes. */
const CHUNK_BYTES = 1 << 20;

/** A started edges worker: its messages as they come, and a way to speak to it. */
function startEdgesWorker(input: EdgeJsonInput, appendTo?: string) {
  const { quotedIds, quotedPapers, ...arrays } = input;
  const data: EdgesJsonWorkerData = {
    input: arrays,
    quotedIds: quotedIds.join("\n"),
    quotedPapers: quotedPapers.join("\n"),
    chunkBytes: CHUNK_BYTES,
    appendTo,
  };
  const worker = new Worker(new URL("./edges-json-worker.mjs", import.meta.url), {
    workerData: data,
    // Millions of short-lived strings, as in the parse worker: a young generation to match.
    resourceLimits: { maxYoungGenerationSizeMb: 192 },
  });
  const queue: Uint8Array[] = [];
  const state = { rendered: false, finished: false, failure: null as Error | null };
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  worker.on("message", (message: EdgesJsonWorkerMessage) => {
    if (message.type === "bytes") queue.push(message.bytes);
    else if (message.type === "rendered") state.rendered = true;
    else if (message.type === "done") state.finished = true;
    else state.failure = new Error(message.message);
    notify();
  });
  worker.on("error", (error) => {
    state.failure = error;
    notify();
  });
  worker.on("exit", (code) => {
    if (!state.finished && state.failure === null)
      state.failure = new Error(`coauthor-atlas/cli: edges worker exited with code ${code}`);
    notify();
  });
  /** Waits until `ready()`; throws the worker's failure. */
  const until = async (ready: () => boolean): Promise<void> => {
    for (;;) {
      if (ready()) return;
      if (state.failure !== null) throw state.failure;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  };
  return { worker, queue, state, until };
}

/**
 * Starts writing the edges section (the text of `edgesSectionChunks(input)`) in a worker thread
 * at once and returns its bytes in order as they come. The worker does not wait for the reader:
 * a field's edges section (~60% of its report) is written while this thread writes what comes
 * before it, and pieces not yet read wait here. The arrays are copied to the worker, not moved.
 */
export function edgesJsonInWorker(input: EdgeJsonInput): AsyncIterable<Uint8Array> {
  const { worker, queue, state, until } = startEdgesWorker(input);
  return {
    async *[Symbol.asyncIterator]() {
      try {
        for (;;) {
          await until(() => queue.length > 0 || state.finished);
          const next = queue.shift();
          if (next !== undefined) yield next;
          else return;
        }
      } finally {
        if (!state.finished) void worker.terminate();
      }
    },
  };
}

/**
 * {@link edgesJsonInWorker} for a file: the worker keeps the section's bytes and appends them
 * itself to `path` when `append` is called (once this thread has written the file up to the
 * section and closed it), so a field's ~600 MB of edges never cross to this thread, whose
 * collector would otherwise run again and again over its large heap as they arrive.
 */
export function edgesJsonAppender(
  input: EdgeJsonInput,
  path: string,
): { append(): Promise<void>; cancel(): void } {
  const { worker, state, until } = startEdgesWorker(input, path);
  return {
    async append() {
      await until(() => state.rendered);
      worker.postMessage("append");
      await until(() => state.finished);
    },
    cancel() {
      if (!state.finished) void worker.terminate();
    },
  };
}
