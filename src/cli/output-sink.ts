// Where the CLI writes: a file stream or standard output, with backpressure, for text chunks or bytes.
import { createWriteStream } from "node:fs";
import type { Writable } from "node:stream";

/** A byte-or-text sink that must be closed (flushed) once written. */
export interface OutputSink {
  write(chunk: string | Uint8Array): Promise<void>;
  close(): Promise<void>;
}

/** Writes to a Node stream, waiting for `drain` whenever its buffer is full. */
export function streamSink(stream: Writable, closeStream: boolean): OutputSink {
  let failure: Error | null = null;
  stream.on("error", (error) => (failure = error));
  return {
    async write(chunk) {
      if (failure) throw failure;
      if (!stream.write(chunk))
        await new Promise<void>((resolve, reject) => {
          const done = (error?: Error) => {
            stream.off("drain", done);
            stream.off("error", done);
            if (error) reject(error);
            else resolve();
          };
          stream.on("drain", done);
          stream.on("error", done);
        });
    },
    async close() {
      if (failure) throw failure;
      if (!closeStream) return;
      await new Promise<void>((resolve, reject) => {
        stream.once("error", reject);
        stream.end(() => resolve());
      });
    },
  };
}

/** A file written as a stream (created or truncated, or appended to); `cannot write PATH: …` on failure. */
export function fileSink(path: string, options: { append?: boolean } = {}): OutputSink {
  const inner = streamSink(createWriteStream(path, { flags: options.append ? "a" : "w" }), true);
  const named = (error: unknown) =>
    new Error(`cannot write ${path}: ${(error as Error).message}`, { cause: error });
  return {
    write: (chunk) => inner.write(chunk).catch((e) => Promise.reject(named(e))),
    close: () => inner.close().catch((e) => Promise.reject(named(e))),
  };
}

/** A sink over a plain text callback (tests' stdout); bytes are passed as Latin-1 text. */
export function callbackSink(write: (text: string) => void): OutputSink {
  return {
    async write(chunk) {
      write(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("latin1"));
    },
    async close() {},
  };
}
