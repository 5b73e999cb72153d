// The renderer's one owner of time: the animation frame, the "view at rest" and "layout settled" timers, sliced jobs.

/** The clock and timers the scheduler uses (the browser's by default; fakes in tests). */
export interface SchedulerClock {
  requestFrame(callback: () => void): number;
  cancelFrame(handle: number): void;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

export const BROWSER_CLOCK: SchedulerClock = {
  requestFrame: (callback) => requestAnimationFrame(callback),
  cancelFrame: (handle) => cancelAnimationFrame(handle),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => performance.now(),
};

export interface SchedulerOptions {
  /** Quiet time after the last view change before the view is at rest, in ms. */
  restDelay: number;
  /**
   * Quiet time after the last position update before the layout is settled, in ms; at least
   * twice the gap between the last two updates when that gap is under `settleGapLimit` (a layout
   * worker's steps, every 250 ms or more under load, would otherwise settle between every two of
   * them and pay for a sharp frame thrown away by the next).
   */
  settleDelay: number;
  /** Gaps between position updates from this many ms on are separate moves, not one layout. */
  settleGapLimit: number;
  /** Work per task of a sliced job, in ms (a slice is never cut). */
  sliceBudget: number;
  /** And at most this many items per task (a canvas rasterizes them after the task). */
  sliceItems: number;
}

export const DEFAULT_SCHEDULER_OPTIONS: SchedulerOptions = {
  restDelay: 120,
  settleDelay: 200,
  settleGapLimit: 1_000,
  sliceBudget: 25,
  sliceItems: 4_000,
};

/** One piece of a sliced job and how many items (edges, discs) it paints. */
export interface Slice {
  run: () => void;
  size: number;
}

/** A sliced job as handed out by `runSliced`. */
export interface SliceJob {
  /** Still running: neither complete nor cancelled. */
  readonly active: boolean;
}

/** Whether the user is moving the view (pan, zoom) or it rests. */
export type ViewState = "resting" | "moving";
/** Whether positions keep changing (a running layout, a drag) or have settled. */
export type LayoutState = "still" | "moving";

export interface FrameScheduler {
  readonly view: ViewState;
  readonly layout: LayoutState;
  /** Whether a sliced job is running. */
  readonly slicing: boolean;
  /** Calls the frame callback on the next animation frame (once, however often it is asked). */
  requestFrame(): void;
  /** A frame is being drawn now: a frame asked for before has nothing more to draw. */
  frameStarted(): void;
  /** The view moved: "moving" until `restDelay` ms pass without a move, then a frame. */
  viewMoved(): void;
  /** Positions changed: "moving" until `settleDelay` ms pass without a change, then a frame. */
  positionsMoved(): void;
  /**
   * Runs `slices` in order, in tasks of about `sliceBudget` ms and at most `sliceItems` items,
   * then `done`. There is one job at a time: this one replaces (cancels) a job still running.
   */
  runSliced(slices: readonly Slice[], done: () => void): SliceJob;
  /** Drops the running sliced job (only if it is `which`, when given). */
  cancelSliced(which?: SliceJob): void;
  /** Stops every timer. */
  dispose(): void;
}

/** Creates a scheduler that calls `onFrame` for every frame it decides to draw. */
export function createFrameScheduler(
  onFrame: () => void,
  options: Partial<SchedulerOptions> = {},
  clock: SchedulerClock = BROWSER_CLOCK,
): FrameScheduler {
  const o: SchedulerOptions = { ...DEFAULT_SCHEDULER_OPTIONS, ...options };
  let frame = 0;
  let view: ViewState = "resting";
  let layout: LayoutState = "still";
  let restTimer: unknown;
  let settleTimer: unknown;
  let movedAt = -Infinity;
  let job: { timer: unknown; active: boolean } | null = null;

  const requestFrame = () => {
    if (!frame)
      frame = clock.requestFrame(() => {
        frame = 0;
        onFrame();
      });
  };
  const cancelSliced = (which?: SliceJob) => {
    if (!job || (which && which !== job)) return;
    clock.clearTimeout(job.timer);
    job.active = false;
    job = null;
  };

  return {
    get view() {
      return view;
    },
    get layout() {
      return layout;
    },
    get slicing() {
      return job !== null;
    },
    requestFrame,
    frameStarted() {
      if (frame) clock.cancelFrame(frame);
      frame = 0;
    },
    viewMoved() {
      view = "moving";
      clock.clearTimeout(restTimer);
      restTimer = clock.setTimeout(() => {
        view = "resting";
        requestFrame();
      }, o.restDelay);
    },
    positionsMoved() {
      layout = "moving";
      const now = clock.now();
      const gap = now - movedAt;
      movedAt = now;
      const delay = gap < o.settleGapLimit ? Math.max(o.settleDelay, 2 * gap) : o.settleDelay;
      clock.clearTimeout(settleTimer);
      settleTimer = clock.setTimeout(() => {
        layout = "still";
        requestFrame();
      }, delay);
    },
    runSliced(slices, done) {
      cancelSliced();
      let next = 0;
      const current = { timer: undefined as unknown, active: true };
      job = current;
      const run = () => {
        if (job !== current) return;
        const start = clock.now();
        let items = 0;
        while (
          next < slices.length &&
          clock.now() - start < o.sliceBudget &&
          items < o.sliceItems
        ) {
          items += slices[next].size;
          slices[next++].run();
        }
        if (next < slices.length) {
          current.timer = clock.setTimeout(run, 0);
          return;
        }
        job = null;
        current.active = false;
        done();
      };
      current.timer = clock.setTimeout(run, 0);
      return current;
    },
    cancelSliced,
    dispose() {
      if (frame) clock.cancelFrame(frame);
      frame = 0;
      clock.clearTimeout(restTimer);
      clock.clearTimeout(settleTimer);
      cancelSliced();
    },
  };
}
