// Brandes sources claimed chunk by chunk from a counter shared between threads, run into one partial.
import { brandesRange, type BrandesPartial, type CsrTopology } from "./brandes.ts";

/** What the threads sharing a job all read: the graph, the sources and the shared counter. */
export interface ClaimedJob {
  csr: CsrTopology;
  sources: Int32Array | null;
  multiplicity: Float64Array | null;
  /** The next unclaimed source position (an atomic add claims a chunk, no message waited for). */
  cursor: Int32Array;
  total: number;
  chunk: number;
}

/**
 * Claims `chunk` sources at a time from `job.cursor` until every source is claimed, running each
 * chunk into `into` and reporting its size to `onChunk`; returns how many sources this thread ran.
 */
export function runClaimedSources(
  job: ClaimedJob,
  into: BrandesPartial,
  onChunk: (count: number) => void,
): number {
  let ran = 0;
  for (;;) {
    const start = Atomics.add(job.cursor, 0, job.chunk);
    if (start >= job.total) return ran;
    const end = Math.min(job.total, start + job.chunk);
    brandesRange(job.csr, start, end, {
      sources: job.sources,
      multiplicity: job.multiplicity,
      into,
    });
    ran += end - start;
    onChunk(end - start);
  }
}
