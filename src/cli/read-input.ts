// Reading input files for the CLI: streamed in chunks into the parse layer, decoded as parse/decode-text.ts decides; stdin read once.
import { isUtf8 } from "node:buffer";
import { createReadStream, fstatSync } from "node:fs";
import { StringDecoder } from "node:string_decoder";
import { stat } from "node:fs/promises";
import type { ParseResult } from "../model/types.ts";
import { createParseStream } from "../parse/detect.ts";
import type { RecordSink, StreamParser } from "../parse/stream-parser.ts";

import {
  chooseEncoding,
  createChunkDecoder,
  createUtf8Scan,
  encodingWarnings,
  sniffUnicodeEncoding,
  UTF16_SNIFF_BYTES,
  type TextEncoding,
  type Utf8Report,
} from "../parse/decode-text.ts";

export { decodeText } from "../parse/decode-text.ts";

export interface ReadInputOptions {
  /** Bytes read per chunk. */
  chunkBytes: number;
  /** Called after each chunk with the bytes read so far and the file size. */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  /** Takes the papers of formats read record by record as they come (a corpus builder). */
  sink?: RecordSink;
  /** Standard input, read for the path `-` or `/dev/stdin` (default: the process's). */
  stdin?: AsyncIterable<Uint8Array>;
  /** Awaited after each parsed chunk (a worker waits there while its reader is behind). */
  pause?: (bytesRead: number) => Promise<void>;
  /**
   * Part of a file (a regular file only): read from byte `start` (a line start) into `parser`
   * instead of a parser chosen by detection; the file is known to be valid UTF-8. Reading stops
   * when the parser says it has `stopped`.
   */
  part?: { start: number; parser: StreamParser };
}

/** Paths that name standard input. */
export const STDIN_PATHS: ReadonlySet<string> = new Set(["-", "/dev/stdin", "/proc/self/fd/0"]);

export const DEFAULT_READ_INPUT_OPTIONS: ReadInputOptions = { chunkBytes: 1 << 20 };

/** `cannot read PATH: no such file` (and the like) for a failed open or read. */
function readError(path: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === "ENOENT"
      ? "no such file"
      : code === "EISDIR"
        ? "is a directory"
        : code === "EACCES"
          ? "permission denied"
          : (error as Error).message;
  return new Error(`cannot read ${path}: ${reason}`, { cause: error });
}

/** Where bytes come from: a regular file read twice (checked, then decoded), or bytes in memory. */
type Source = string | Buffer;

/** Runs `body` over the source's chunks, turning file-system errors into {@link readError}s. */
async function eachChunk(
  path: Source,
  chunkBytes: number,
  body: (chunk: Buffer) => boolean | void | Promise<void>,
  start = 0,
): Promise<void> {
  /** False to stop; a promise is awaited before the next chunk. */
  const go = async (chunk: Buffer): Promise<boolean> => {
    const answer = body(chunk);
    if (answer instanceof Promise) await answer;
    return answer !== false;
  };
  if (typeof path !== "string") {
    for (let at = 0; at < path.length; at += chunkBytes)
      if (!(await go(path.subarray(at, at + chunkBytes)))) break;
    return;
  }
  const input = createReadStream(path, { highWaterMark: chunkBytes, start });
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) if (!(await go(chunk))) break;
  } catch (error) {
    // File-system errors carry an errno code; parse errors go through as they are.
    if (typeof (error as NodeJS.ErrnoException).code === "string") throw readError(path, error);
    throw error;
  } finally {
    input.destroy();
  }
}

/** Bytes of `bytes` up to the start of a UTF-8 sequence cut by the end (0–3 bytes are left). */
function completeLength(bytes: Uint8Array): number {
  for (let k = 1; k <= Math.min(3, bytes.length); k++) {
    const c = bytes[bytes.length - k];
    if ((c & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    return need > k ? bytes.length - k : bytes.length;
  }
  return bytes.length;
}

/**
 * True when the whole file is valid UTF-8, checked chunk by chunk without decoding (a sequence
 * cut between chunks is carried over). Stops at the first invalid byte.
 */
export async function isUtf8File(path: Source, chunkBytes: number): Promise<boolean> {
  let carry: Uint8Array = new Uint8Array(0);
  let valid = true;
  await eachChunk(path, chunkBytes, (chunk) => {
    const bytes = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
    const cut = completeLength(bytes);
    valid = isUtf8(bytes.subarray(0, cut));
    carry = bytes.subarray(cut);
    return valid;
  });
  return valid && carry.length === 0;
}

/**
 * The encoding of a file, read as {@link decodeBytes} reads a whole one: a BOM or the UTF-16 byte
 * pattern of its first bytes; else UTF-8 when every chunk is valid UTF-8 (Node's fast check);
 * else a full UTF-8 scan decides between UTF-8 (its report gives the bad lines) and Windows-1252.
 */
async function detectFileEncoding(
  source: Source,
  chunkBytes: number,
): Promise<{ encoding: TextEncoding; report: Utf8Report | null }> {
  let head: Uint8Array = new Uint8Array(0);
  await eachChunk(source, UTF16_SNIFF_BYTES, (chunk) => {
    head = chunk;
    return false;
  });
  const announced = sniffUnicodeEncoding(head);
  if (announced !== null && announced !== "utf-8") return { encoding: announced, report: null };
  if (await isUtf8File(source, chunkBytes)) return { encoding: "utf-8", report: null };
  const scan = createUtf8Scan();
  await eachChunk(source, chunkBytes, (chunk) => scan.push(chunk));
  const report = scan.end();
  return { encoding: chooseEncoding(report), report };
}

/**
 * Reads and parses one file without holding its text: a first pass finds the encoding
 * ({@link detectFileEncoding}: UTF-16, UTF-8, or Windows-1252 for old DBLP and RIS exports, as
 * decodeText decides for a whole file; invalid UTF-8 bytes become warnings with their line);
 * the second decodes chunks of `chunkBytes` with a streaming decoder (a
 * character cut between chunks is kept whole) and pushes them into the parse layer's stream
 * ({@link createParseStream}: format from the first 64 K characters, record-oriented formats
 * parsed as they come, their papers handed to `sink` when given). Throws `cannot read PATH: no
 * such file` (is a directory, permission denied) or the parse layer's errors.
 *
 * `-` and `/dev/stdin` read standard input, once, into memory (a pipe cannot be read twice).
 * Anything else that is not a regular file (a FIFO, `/dev/zero`, a socket) is refused with one
 * line, since reading it may never end.
 */
export async function parseInputFile(
  path: string,
  options: Partial<ReadInputOptions> = {},
): Promise<ParseResult> {
  const { chunkBytes, onProgress, sink, stdin, pause, part } = {
    ...DEFAULT_READ_INPUT_OPTIONS,
    ...options,
  };
  let size: number;
  let source: Source = path;
  if (STDIN_PATHS.has(path)) {
    source = await readAll(path, stdin ?? processStdin(path));
    size = source.length;
  } else {
    try {
      const info = await stat(path);
      if (info.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
      size = info.size;
      if (!info.isFile())
        throw new Error(
          `cannot read ${path}: not a regular file (${info.isFIFO() ? "a FIFO" : info.isSocket() ? "a socket" : "a device"}); pipe it to standard input as \`-\` instead`,
        );
    } catch (error) {
      if (typeof (error as NodeJS.ErrnoException).code !== "string") throw error;
      throw readError(path, error);
    }
  }
  const { encoding, report } =
    part === undefined
      ? await detectFileEncoding(source, chunkBytes)
      : { encoding: "utf-8" as const, report: null };
  // Node's StringDecoder for UTF-8: one-byte strings for Latin-1 text, half the memory.
  const decoder = createChunkDecoder(encoding, () => new StringDecoder("utf8"));
  const parser = part?.parser ?? createParseStream(path, { sink });
  let bytesRead = 0;
  await eachChunk(
    source,
    chunkBytes,
    (chunk) => {
      bytesRead += chunk.length;
      parser.push(decoder.write(chunk));
      onProgress?.(bytesRead, size);
      if (parser.stopped?.()) return false;
      return pause?.(bytesRead);
    },
    part?.start,
  );
  parser.push(decoder.end());
  const result = parser.end();
  result.warnings.unshift(...encodingWarnings(path, encoding, report));
  return result;
}

/**
 * The process's standard input, unless it is a device that never ends (`< /dev/zero`): a
 * terminal is read (to Ctrl-D), a pipe or a file to their end.
 */
function processStdin(path: string): AsyncIterable<Uint8Array> {
  const info = fstatSync(0);
  if (info.isCharacterDevice() && !process.stdin.isTTY)
    throw new Error(`cannot read ${path}: standard input is a device, not a file or a pipe`);
  return process.stdin;
}

/** Standard input, read to its end once. */
async function readAll(path: string, input: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  try {
    for await (const chunk of input) chunks.push(chunk);
  } catch (error) {
    throw readError(path, error);
  }
  return Buffer.concat(chunks);
}
