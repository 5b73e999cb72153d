// Worker-thread body of the Node Brandes runner: runs kernel chunks on request, then sends its partial.
import { parentPort, workerData } from "node:worker_threads";
import { brandesPartialArrays, brandesRange, emptyBrandesPartial } from "./brandes.ts";

/**
 * Serves one worker of `createNodeBrandesRunner`: says `ready`, runs each `range` of sources into
 * one partial and answers `done`, and on `finish` transfers the partial and closes. Started on
 * import in a worker thread (by node-brandes-worker.mjs under tsx, or as the compiled CLI's
 * worker entry); does nothing on the main thread.
 */
export function serveBrandesJobs(): void {
  const port = parentPort;
  if (port === null) return;
  const { offsets, targets, sources, multiplicity, sampled } = workerData;
  const csr = { offsets, targets };
  const partial = emptyBrandesPartial(offsets.length - 1, sampled);
  port.on("message", (message: { type: string; start: number; end: number }) => {
    if (message.type === "range") {
      brandesRange(csr, message.start, message.end, { sources, multiplicity, into: partial });
      port.postMessage({ type: "done", count: message.end - message.start });
    } else if (message.type === "finish") {
      const buffers = brandesPartialArrays(partial).map((array) => array.buffer as ArrayBuffer);
      port.postMessage({ type: "partial", partial }, buffers);
      port.close();
    }
  });
  port.postMessage({ type: "ready" });
}

serveBrandesJobs();
