// Hands out betweenness sources in chunks to whichever worker asks next, counting progress; for the
// browser (Web Worker) runner (Node's workers claim chunks from a shared counter themselves).

/** What a worker is told to do next: a range of sources, or send its partial and stop. */
export type SourceRequest = { type: "range"; start: number; end: number } | { type: "finish" };

export interface SourceQueue {
  /** The next range of `chunk` sources, or `finish` once every source is handed out. */
  take(): SourceRequest;
  /** Records `count` finished sources and reports progress. */
  finished(count: number): void;
}

/** A queue over sources `0…total-1`, reporting `onProgress(done, total)` as chunks finish. */
export function createSourceQueue(
  total: number,
  chunk: number,
  onProgress?: (done: number, total: number) => void,
): SourceQueue {
  let next = 0;
  let done = 0;
  return {
    take() {
      if (next >= total) return { type: "finish" };
      const start = next;
      next = Math.min(total, next + chunk);
      return { type: "range", start, end: next };
    },
    finished(count) {
      done += count;
      onProgress?.(done, total);
    },
  };
}
