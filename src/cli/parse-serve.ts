// Worker-thread body of parseInFile: reads and parses one file, posting the owner and papers in batches as they are final.
import { parentPort, workerData } from "node:worker_threads";
import type { AuthorName, PaperRecord } from "../model/types.ts";
import { createProfileStream } from "../parse/profile.ts";
import type { RecordSink } from "../parse/stream-parser.ts";
import { countLineBreaks } from "./line-breaks.ts";
import { parseInputFile } from "./read-input.ts";
import { recordTitleHash } from "../parse/title-key.ts";
import { batchBuffers, createRecordBatchEncoder, type RecordBatch } from "./record-batch.ts";

/** What the worker is given. */
export interface ParseWorkerData {
  path: string;
  chunkBytes: number;
  /** Papers per `papers` message. */
  batch: number;
  /** Batches posted and not yet acknowledged before the worker stops reading. */
  maxPending: number;
  dropsAbstracts: boolean;
  /**
   * One half of a large profile (see parse/profile.ts): the first half reads from the start and
   * stops at the first record start the second half also found; the second reads from byte
   * `start` (a line start) and reports its first record starts.
   */
  half?: { role: "first"; splitAt: number } | { role: "second"; start: number };
}

/** Record starts the second half reports: the first half stops at one of them. */
export const REPORTED_STARTS = 256;

/** Messages from the worker, in order: owner and paper batches, progress, then the result or an error. */
export type ParseWorkerMessage =
  | { type: "owner"; owner: AuthorName }
  | { type: "papers"; batch: RecordBatch }
  | { type: "progress"; bytesRead: number; totalBytes: number }
  | { type: "start"; line: number }
  | { type: "starts-done" }
  | { type: "result"; result: Awaited<ReturnType<typeof parseInputFile>>; stoppedAt?: number }
  | { type: "error"; message: string };

/** Messages to the worker: batch acknowledgements; to a first half, the second half's record starts. */
type ParentMessage = { type: "ack" } | { type: "start"; line: number } | { type: "starts-done" };

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
  /** First half: the second half's record starts (lines), complete once `startsDone`. */
  const starts = new Set<number>();
  let startsDone = false;
  port.on("message", (message: ParentMessage) => {
    if (message.type === "ack") pending--;
    else if (message.type === "start") starts.add(message.line);
    else startsDone = true;
    wake?.();
  });
  const waitFor = async (ready: () => boolean) => {
    while (!ready()) await new Promise<void>((resolve) => (wake = resolve));
    wake = null;
  };
  let records: PaperRecord[] = [];
  const post = (message: ParseWorkerMessage, transfer: ArrayBuffer[] = []) =>
    port.postMessage(message, transfer);
  const encoder = createRecordBatchEncoder();
  const flush = () => {
    if (records.length === 0) return;
    const batch = encoder.encode(records);
    post({ type: "papers", batch }, batchBuffers(batch));
    records = [];
    pending++;
  };
  const sink: RecordSink = {
    owner: (owner) => {
      flush();
      post({ type: "owner", owner });
    },
    paper: (record) => {
      // The merging thread then finds duplicates by hash without normalizing every title.
      record.titleHash = recordTitleHash(record.title);
      records.push(record);
      if (records.length >= data.batch) flush();
    },
    dropsAbstracts: data.dropsAbstracts,
  };
  try {
    const { half } = data;
    let stoppedAt: number | undefined;
    let reported = 0;
    const part =
      half === undefined
        ? undefined
        : half.role === "first"
          ? {
              start: 0,
              parser: createProfileStream({
                file: data.path,
                sink,
                stopAt: (line) => {
                  if (!starts.has(line)) return false;
                  stoppedAt = line;
                  return true;
                },
              }),
            }
          : {
              start: half.start,
              parser: createProfileStream({
                file: data.path,
                sink,
                linesBefore: await countLineBreaks(data.path, half.start),
                stopAt: (line) => {
                  if (reported < REPORTED_STARTS) {
                    post({ type: "start", line });
                    if (++reported === REPORTED_STARTS) post({ type: "starts-done" });
                  }
                  return false;
                },
              }),
            };
    const result = await parseInputFile(data.path, {
      chunkBytes: data.chunkBytes,
      sink,
      part,
      onProgress: (bytesRead, totalBytes) => post({ type: "progress", bytesRead, totalBytes }),
      // Between chunks: wait while the main thread is behind, and (first half) for the second
      // half's record starts before reading into its part.
      pause: async (bytesRead) => {
        await waitFor(() => pending < data.maxPending);
        if (half?.role === "first" && bytesRead + data.chunkBytes >= half.splitAt)
          await waitFor(() => startsDone);
      },
    });
    flush();
    if (half?.role === "second" && reported < REPORTED_STARTS) post({ type: "starts-done" });
    post({ type: "result", result, stoppedAt });
  } catch (error) {
    post({ type: "error", message: (error as Error).message });
  }
  port.close();
}

await serveParse();
