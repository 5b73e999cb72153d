// Worker-thread body of the Node Brandes runner: claims chunks of sources until none are left, then sends its partial.
import { parentPort, workerData } from "node:worker_threads";
import { brandesPartialArrays, emptyBrandesPartial } from "./brandes.ts";
import { runClaimedSources } from "./claimed-sources.ts";

/**
 * Serves one worker of `createNodeBrandesRunner`: claims the next `chunk` sources from the
 * shared `cursor` (an atomic add, so no message to the main thread is waited for: a main thread
 * busy with Louvain or PageRank for seconds left the workers idle), runs them into one partial
 * and reports each chunk `done` for progress; once every source is claimed it transfers the
 * partial and closes. Started on import in a worker thread (by node-brandes-worker.mjs under
 * tsx, or as the compiled CLI's worker entry); does nothing on the main thread.
 */
export function serveBrandesJobs(): void {
  const port = parentPort;
  if (port === null) return;
  const { offsets, targets, sources, multiplicity, sampled, cursor, total, chunk } = workerData as {
    offsets: Int32Array;
    targets: Int32Array;
    sources: Int32Array | null;
    multiplicity: Float64Array | null;
    sampled: boolean;
    cursor: Int32Array;
    total: number;
    chunk: number;
  };
  const partial = emptyBrandesPartial(offsets.length - 1, sampled);
  runClaimedSources(
    { csr: { offsets, targets }, sources, multiplicity, cursor, total, chunk },
    partial,
    (count) => port.postMessage({ type: "done", count }),
  );
  const buffers = brandesPartialArrays(partial).map((array) => array.buffer as ArrayBuffer);
  port.postMessage({ type: "partial", partial }, buffers);
  port.close();
}

serveBrandesJobs();
