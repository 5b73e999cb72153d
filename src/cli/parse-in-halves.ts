// A large profile parsed by two worker threads, one per half of the file, merged in file order.
import { open } from "node:fs/promises";
import { StringDecoder } from "node:string_decoder";
import type { PaperRecord, ParseResult } from "../model/types.ts";
import { DETECT_HEAD_CHARS, detectFormat } from "../parse/detect.ts";
import type { RecordSink } from "../parse/stream-parser.ts";
import type { ParseWorkerData } from "./parse-serve.ts";
import { startParseWorker } from "./parse-worker-client.ts";
import { isUtf8File, type ReadInputOptions } from "./read-input.ts";

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
): Promise<ParseResult> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const active = () => !settled;
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
    /** The second half's papers while the first half reads on. */
    let held: PaperRecord[][] = [];
    const read = [0, 0];
    let total = 0;
    const progress = (half: 0 | 1) => (bytesRead: number, totalBytes: number) => {
      read[half] = bytesRead;
      total = totalBytes;
      onProgress?.(Math.min(total, read[0] + read[1]), total);
    };
    const takeSecond = (records: PaperRecord[]) => {
      for (const record of records) if (record.line >= from) sink.paper(record);
    };
    const finish = () => {
      if (firstResult === null || secondResult === null) return;
      settled = true;
      onProgress?.(total, total);
      const rest = secondResult.warnings.filter((w) => w.line >= from);
      resolve({ ...firstResult, warnings: [...firstResult.warnings, ...rest] });
    };
    const first = startParseWorker(
      { ...data, half: { role: "first", splitAt } },
      {
        owner: sink.owner,
        papers: (records) => {
          for (const record of records) sink.paper(record);
        },
        progress: progress(0),
        result: (result, stoppedAt) => {
          if (stoppedAt === undefined) {
            // No record start in common: the first half read the whole file.
            settled = true;
            void second.terminate();
            resolve(result);
            return;
          }
          from = stoppedAt;
          firstResult = result;
          for (const records of held) takeSecond(records);
          held = [];
          finish();
        },
      },
      fail,
      active,
    );
    const second = startParseWorker(
      { ...data, half: { role: "second", start: splitAt } },
      {
        papers: (records) => {
          if (firstResult === null) held.push(records);
          else takeSecond(records);
        },
        progress: progress(1),
        starts: (message) => first.postMessage(message),
        result: (result) => {
          secondResult = result;
          finish();
        },
      },
      fail,
      active,
    );
  });
}
