// Parsing a large input file in a worker thread: the main thread merges its papers into the corpus while the worker reads on.
import { stat } from "node:fs/promises";
import type { ParseResult } from "../model/types.ts";
import type { RecordSink } from "../parse/stream-parser.ts";
import { parseInHalves, profileSplitPoint } from "./parse-in-halves.ts";
import type { ParseWorkerData } from "./parse-serve.ts";
import { startParseWorker } from "./parse-worker-client.ts";
import { parseInputFile, STDIN_PATHS, type ReadInputOptions } from "./read-input.ts";

export interface ParseInWorkerOptions {
  /** Files at least this large (with a sink) are parsed in a worker; smaller ones here (a worker costs ~0.1–0.5 s to start). */
  minWorkerBytes: number;
  /** Papers per message from the worker. */
  batch: number;
  /** Batches on their way before the worker waits. */
  maxPending: number;
  /** Profiles at least this large are parsed in two workers, one per half (parse-in-halves.ts). */
  minSplitBytes: number;
  /** Where the second half starts: the line after this byte (default: the middle). */
  splitAt?: number;
}

export const DEFAULT_PARSE_IN_WORKER_OPTIONS: ParseInWorkerOptions = {
  minWorkerBytes: 16 << 20,
  batch: 2000,
  maxPending: 16,
  minSplitBytes: 64 << 20,
};

/**
 * {@link parseInputFile} with the reading, decoding and parsing in a worker thread when the
 * file is large and there is a sink: the worker posts the owner and the papers, in order and in
 * batches, and this thread hands them to `sink` as they come (a corpus builder merging them while
 * the worker parses on: both cores busy). Same result, same records in the same order, same
 * errors (by message). Standard input, small files and calls without a sink parse here.
 */
export async function parseInFile(
  path: string,
  options: Partial<ReadInputOptions> = {},
  workerOptions: Partial<ParseInWorkerOptions> = {},
): Promise<ParseResult> {
  const { minWorkerBytes, batch, maxPending, minSplitBytes, splitAt } = {
    ...DEFAULT_PARSE_IN_WORKER_OPTIONS,
    ...workerOptions,
  };
  const { sink } = options;
  if (sink === undefined || STDIN_PATHS.has(path) || options.stdin !== undefined)
    return parseInputFile(path, options);
  const size = await stat(path).then(
    (info) => (info.isFile() ? info.size : -1),
    () => -1,
  );
  // Anything odd (missing, a directory, a FIFO) gets parseInputFile's own message.
  if (size < minWorkerBytes) return parseInputFile(path, options);
  const data: ParseWorkerData = {
    path,
    chunkBytes: options.chunkBytes ?? 1 << 20,
    batch,
    maxPending,
    dropsAbstracts: sink.dropsAbstracts === true,
  };
  const half = size >= minSplitBytes ? await profileSplitPoint(path, size, splitAt) : null;
  if (half !== null) return parseInHalves(data, half, sink, options.onProgress);
  return runWorker(data, sink, options.onProgress);
}

function runWorker(
  data: ParseWorkerData,
  sink: RecordSink,
  onProgress: ReadInputOptions["onProgress"],
): Promise<ParseResult> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      reject(error);
    };
    const worker = startParseWorker(
      data,
      {
        owner: sink.owner,
        papers: (records) => {
          for (const record of records) sink.paper(record);
        },
        progress: onProgress,
        result: (result) => {
          settled = true;
          resolve(result);
        },
      },
      fail,
      () => !settled,
    );
  });
}
