// Long computations written as step generators, run at once or in short slices between tasks.

/** A macrotask boundary: input events queued meanwhile are handled before the promise settles. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Runs a step generator to the end in one go and returns its value. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export interface SliceOptions {
  /** Milliseconds of steps run before a pause (a step is never cut). */
  budget: number;
  /** What a pause awaits (default: the next task). */
  pause: () => Promise<void>;
  /** Checked after every pause: when true the steps are dropped unfinished. */
  cancelled: () => boolean;
  /** The clock (default: performance.now). */
  now: () => number;
}

/**
 * Runs a step generator in slices: steps follow one another until `budget` ms have passed since
 * the slice began, then `pause` is awaited. Returns `{ done: true, value }`, or `{ done: false }`
 * when `cancelled` said so after a pause (the generator is then closed).
 */
export async function runStepsSliced<T>(
  steps: Generator<void, T>,
  options: Partial<SliceOptions> = {},
): Promise<{ done: true; value: T } | { done: false }> {
  const budget = options.budget ?? 12;
  const pause = options.pause ?? nextTask;
  const cancelled = options.cancelled ?? (() => false);
  const now = options.now ?? (() => performance.now());
  let start = now();
  for (;;) {
    const step = steps.next();
    if (step.done) return { done: true, value: step.value };
    if (now() - start < budget) continue;
    await pause();
    if (cancelled()) {
      steps.return(undefined as T);
      return { done: false };
    }
    start = now();
  }
}
