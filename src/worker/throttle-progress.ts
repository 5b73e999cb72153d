// Progress from a worker, at most one message per interval, so messages never flood the page.
import type { Progress } from "./protocol.ts";

/** Progress is posted at most this often. */
export const PROGRESS_INTERVAL_MS = 50;

/**
 * Wraps `post` so that it passes the start of each stage (`done` 0) and then at most one
 * progress per `interval` milliseconds.
 */
export function throttleProgress(
  post: (progress: Progress) => void,
  interval = PROGRESS_INTERVAL_MS,
  clock: () => number = () => performance.now(),
): (progress: Progress) => void {
  let last = -Infinity;
  return (progress) => {
    const t = clock();
    if (t - last < interval && progress.done !== 0) return;
    last = t;
    post(progress);
  };
}
