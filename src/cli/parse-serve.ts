// Worker-thread body of parseInFile: reads and parses one file, posting the owner and papers in batches as they are final.
import { parentPort, workerData } from "node:worker_threads";
import type { AuthorName, PaperRecord } from "../model/types.ts";
import { parseInputFile } from "./read-input.ts";
import { createRecordBatchEncoder, type RecordBatch } from "./record-batch.ts";

/** What the worker is given. */
export interface ParseWorkerData {
  path: string;
  chunkBytes: number;
  /** Papers per `papers` message. */
  batch: number;
  /** Batches posted and not yet acknowledged before the worker stops reading. */
  maxPending: number;
  dropsAbstracts: boolean;
}

/** Messages from the worker, in order: owner and paper batches, progress, then the result or an error. */
export type ParseWorkerMessage =
  | { type: "owner"; owner: AuthorName }
  | { type: "papers"; batch: RecordBatch }
  | { type: "progress"; bytesRead: number; totalBytes: number }
  | { type: "result"; result: Awaited<ReturnType<typeof parseInputFile>> }
  | { type: "error"; message: string };

/**
 * Serves one parse of {@link parseInFile}: the file's records go to the main thread in batches
 * (acknowledged with `ack`, so no more than `maxPending` batches wait there), then the result
 * (its `papers` empty for formats read record by record). Does nothing on the main thread.
 */
export async function serveParse(): Promise<void> {
  const port = parentPort;
  if (port === null) return;
  const data = workerData as ParseWorkerData;
  let pending = 0;
  let wake: (() => void) | null = null;
  port.on("message", (message: { type: string }) => {
    if (message.type !== "ack") return;
    pending--;
    wake?.();
  });
  let records: PaperRecord[] = [];
  const post = (message: ParseWorkerMessage, transfer: ArrayBuffer[] = []) =>
    port.postMessage(message, transfer);
  const encoder = createRecordBatchEncoder();
  const flush = () => {
    if (records.length === 0) return;
    const batch = encoder.encode(records);
    post({ type: "papers", batch }, [batch.counts.buffer, batch.authors.buffer]);
    records = [];
    pending++;
  };
  try {
    const result = await parseInputFile(data.path, {
      chunkBytes: data.chunkBytes,
      sink: {
        owner: (owner) => {
          flush();
          post({ type: "owner", owner });
        },
        paper: (record) => {
          records.push(record);
          if (records.length >= data.batch) flush();
        },
        dropsAbstracts: data.dropsAbstracts,
      },
      onProgress: (bytesRead, totalBytes) => post({ type: "progress", bytesRead, totalBytes }),
      // Between chunks: wait while the main thread is behind.
      pause: async () => {
        while (pending >= data.maxPending) await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
      },
    });
    flush();
    post({ type: "result", result });
  } catch (error) {
    post({ type: "error", message: (error as Error).message });
  }
  port.close();
}

await serveParse();
