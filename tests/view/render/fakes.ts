// Test fakes for the renderer parts: a manual clock, a recording 2D context and canvas.
import type { SchedulerClock } from "../../../src/view/render/frame-scheduler.ts";
import type { LayerCanvas, LayerContext } from "../../../src/view/render/layer-cache.ts";

/** A clock whose time, timers and animation frames advance only when the test says so. */
export class ManualClock implements SchedulerClock {
  time = 0;
  private timers = new Map<number, { at: number; callback: () => void }>();
  private frames = new Map<number, () => void>();
  private nextId = 1;
  /** Milliseconds every `now()` call advances the time by (work done between checks). */
  tick = 0;

  requestFrame(callback: () => void): number {
    const id = this.nextId++;
    this.frames.set(id, callback);
    return id;
  }
  cancelFrame(handle: number): void {
    this.frames.delete(handle);
  }
  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.set(id, { at: this.time + ms, callback });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }
  now(): number {
    this.time += this.tick;
    return this.time;
  }

  /** Pending animation frames. */
  get pendingFrames(): number {
    return this.frames.size;
  }
  /** Pending timers. */
  get pendingTimers(): number {
    return this.timers.size;
  }

  /** Runs the animation frames asked for so far. */
  frame(): void {
    const due = [...this.frames.values()];
    this.frames.clear();
    for (const f of due) f();
  }

  /** Runs the timers due now, as one round of tasks (timers they set wait for the next round). */
  task(): void {
    const due = [...this.timers].filter(([, t]) => t.at <= this.time);
    for (const [id, t] of due) {
      this.timers.delete(id);
      t.callback();
    }
  }

  /** Advances the time by `ms`, running each timer that falls due, in order. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      let next: [number, { at: number; callback: () => void }] | undefined;
      for (const entry of this.timers)
        if (entry[1].at <= end && (!next || entry[1].at < next[1].at)) next = entry;
      if (!next) break;
      this.timers.delete(next[0]);
      this.time = Math.max(this.time, next[1].at);
      next[1].callback();
    }
    this.time = end;
  }
}

/** One recorded call or property write of a fake context. */
export type Call = [string, ...unknown[]];

/**
 * A 2D context that records every call and property write, in order; `measureText` answers 6 px
 * per character.
 */
export function recordingContext(): LayerContext & {
  calls: Call[];
  measureText(text: string): { width: number };
} {
  const calls: Call[] = [];
  const target: Record<string, unknown> = {
    calls,
    measureText: (text: string) => ({ width: text.length * 6 }),
  };
  return new Proxy(target, {
    get(t, name: string) {
      if (name in t) return t[name];
      return (...args: unknown[]) => {
        calls.push([name, ...args]);
      };
    },
    set(_target, name: string, value) {
      calls.push([`${name}=`, value]);
      return true;
    },
  }) as unknown as ReturnType<typeof recordingContext>;
}

/** A canvas whose context records (one context per canvas, as a real canvas has). */
export function recordingCanvas(): LayerCanvas & { ctx: ReturnType<typeof recordingContext> } {
  const ctx = recordingContext();
  return { width: 0, height: 0, ctx, getContext: () => ctx };
}
