// Worker-thread body of edgesJsonInWorker: writes the report's edges section and posts it as UTF-8 bytes, piece by piece.
import { closeSync, openSync, writeSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import type { EdgeJsonInput } from "../pipeline/field-edges-json.ts";
import { edgesSectionBytes, type EdgeBytesInput } from "../pipeline/field-edges-bytes.ts";

/** What the worker is given: the edge input with the quoted ids as two newline-joined strings. */
export interface EdgesJsonWorkerData {
  input: Omit<EdgeJsonInput, "quotedIds" | "quotedPapers">;
  quotedIds: string;
  quotedPapers: string;
  chunkBytes: number;
  /**
   * Keep the bytes here and, when told to (any message), add them to the end of this file
   * (which the main thread has written up to the edges section and closed).
   */
  appendTo?: string;
}

/**
 * Messages from the worker: the section's bytes in order (or, with `appendTo`, `rendered` once
 * they are ready), then `done`, or an error.
 */
export type EdgesJsonWorkerMessage =
  | { type: "bytes"; bytes: Uint8Array }
  | { type: "rendered" }
  | { type: "done" }
  | { type: "error"; message: string };

/** Serves one edges section: every piece is posted (transferred) as soon as it is written. */
export async function serveEdgesJson(): Promise<void> {
  const port = parentPort;
  if (port === null) return;
  const data = workerData as EdgesJsonWorkerData;
  const post = (message: EdgesJsonWorkerMessage, transfer: ArrayBuffer[] = []) =>
    port.postMessage(message, transfer);
  try {
    // The bytes writer splits the newline-joined quoted ids itself (field-edges-bytes.ts).
    const input: EdgeBytesInput = {
      ...data.input,
      quotedIds: data.quotedIds,
      quotedPapers: data.quotedPapers,
    };
    const kept: Uint8Array[] = [];
    const appendTo = data.appendTo;
    for (const bytes of edgesSectionBytes(input, data.chunkBytes)) {
      if (appendTo !== undefined) kept.push(bytes);
      else post({ type: "bytes", bytes }, [bytes.buffer]);
    }
    if (appendTo !== undefined) {
      post({ type: "rendered" });
      await new Promise<void>((resolve) => port.once("message", () => resolve()));
      const fd = openSync(appendTo, "a");
      try {
        for (const bytes of kept) writeSync(fd, bytes);
      } finally {
        closeSync(fd);
      }
    }
    post({ type: "done" });
  } catch (error) {
    post({ type: "error", message: (error as Error).message });
  }
  port.close();
}

await serveEdgesJson();
