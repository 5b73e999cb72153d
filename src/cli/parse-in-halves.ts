// A large profile parsed by two worker threads, one per half of the file, merged in file order.
import { open } from "node:fs/promises";
import { StringDecoder } from "node:string_decoder";
import { Worker } from "node:worker_threads";
import type { ParseResult } from "../model/types.ts";
import { DETECT_HEAD_CHARS, detectFormat } from "../parse/detect.ts";
import type { RecordSink } from "../parse/stream-parser.ts";
import type { ParseWorkerData, ParseWorkerMessage } from "./parse-serve.ts";
import { isUtf8File, type ReadInputOptions } from "./read-input.ts";
import { createRecordBatchDecoder, type RecordBatch } from "./record-batch.ts";

/** Bytes at `position` of a file (fewer at its end). */
async function readAt(path: string, position: number, length: number): Promise<Buffer> {
  const file = await open(path, "r");
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await file.read(buffer, 0, length, position);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

/**
 * Where the second half of a file may start: the line start after its middle, when the file is
 * a profile in valid UTF-8 with LF or CRLF line ends (the format the halves can be read in); else
 * null. `at` asks for the line start after that byte instead of the middle (tests).
 */
export async function profileSplitPoint(
  path: string,
  size: number,
  at = Math.floor(size / 2),
): Promise<number | null> {
  const head = new StringDecoder("utf8").write(await readAt(path, 0, DETECT_HEAD_CHARS));
  if (!head.includes("\n") || detectFormat(head, path) !== "profile") return null;
  if (!(await isUtf8File(path, 1 << 20))) return null;
  const window = await readAt(path, at, 1 << 16);
  const lf = window.indexOf(10);
  const start = at + lf + 1;
  return lf < 0 || start >= size ? null : start;
}

/**
 * Parses the profile at `path` in two workers: the first from the start, the second from byte
 * `splitAt` (a line start). The second reports its first record starts; the first stops at the
 * first record start it shares with them (from there the two read the same records, see
 * parse/profile.ts), or reads on to the end when there is none. The sink gets the first
 * half's owner and papers as they come, then the second half's from that line on (held here
 * until the first half is done); the result's warnings are the first half's, then the second
 * half's from that line on. Same records, order and result as one reader.
 */
export function parseInHalves(
  data: ParseWorkerData,
  splitAt: number,
  sink: RecordSink,
  onProgress: ReadInputOptions["onProgress"],
  workerOptions: ConstructorParameters<typeof Worker>[1],
): Promise<ParseResult> {
  return new Promise((resolve, reject) => {
    const url = new URL("./parse-worker.mjs", import.meta.url);
    const start = (half: ParseWorkerData["half"]) =>
      new Worker(url, { ...workerOptions, workerData: { ...data, half } });
    const first = start({ role: "first", splitAt });
    const second = start({ role: "second", start: splitAt });
    const decodeFirst = createRecordBatchDecoder();
    const decodeSecond = createRecordBatchDecoder();
    let settled = false;
    const done = { first: false, second: false };
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      void first.terminate();
      void second.terminate();
      reject(error);
    };
    /** The first half's result and the line the second half counts from, once known. */
    let firstResult: ParseResult | null = null;
    let from = Infinity;
    let secondResult: ParseResult | null = null;
    let held: RecordBatch[] = [];
    const read = [0, 0];
    let total = 0;
    const takeSecond = (batch: RecordBatch) => {
      for (const record of decodeSecond.decode(batch)) if (record.line >= from) sink.paper(record);
    };
    const finish = () => {
      if (firstResult === null || secondResult === null) return;
      settled = true;
      onProgress?.(total, total);
      const rest = secondResult.warnings.filter((w) => w.line >= from);
      resolve({ ...firstResult, warnings: [...firstResult.warnings, ...rest] });
    };
    const guard = (body: () => void) => {
      if (settled) return;
      try {
        body();
      } catch (error) {
        fail(error as Error);
      }
    };
    first.on("message", (message: ParseWorkerMessage) =>
      guard(() => {
        switch (message.type) {
          case "owner":
            sink.owner(message.owner);
            break;
          case "papers":
            for (const record of decodeFirst.decode(message.batch)) sink.paper(record);
            first.postMessage({ type: "ack" });
            break;
          case "progress":
            read[0] = message.bytesRead;
            total = message.totalBytes;
            onProgress?.(Math.min(total, read[0] + read[1]), total);
            break;
          case "result":
            done.first = true;
            if (message.stoppedAt === undefined) {
              // No record start in common: the first half read the whole file.
              settled = true;
              void second.terminate();
              resolve(message.result);
              return;
            }
            from = message.stoppedAt;
            firstResult = message.result;
            for (const batch of held) takeSecond(batch);
            held = [];
            finish();
            break;
          case "error":
            fail(new Error(message.message));
        }
      }),
    );
    second.on("message", (message: ParseWorkerMessage) =>
      guard(() => {
        switch (message.type) {
          case "start":
          case "starts-done":
            first.postMessage(message);
            break;
          case "papers":
            if (firstResult === null) held.push(message.batch);
            else takeSecond(message.batch);
            second.postMessage({ type: "ack" });
            break;
          case "progress":
            read[1] = message.bytesRead;
            onProgress?.(Math.min(total, read[0] + read[1]), total);
            break;
          case "result":
            done.second = true;
            secondResult = message.result;
            finish();
            break;
          case "error":
            fail(new Error(message.message));
        }
      }),
    );
    for (const [name, worker] of [
      ["first", first],
      ["second", second],
    ] as const) {
      worker.on("error", (error) => fail(error));
      worker.on("exit", (code) => {
        if (!done[name])
          fail(new Error(`coauthor-atlas/cli: parse worker exited with code ${code}`));
      });
    }
  });
}
