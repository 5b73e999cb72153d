// Tests of the frame scheduler on a manual clock: one frame per request, rest and settle states, slices.
import { describe, expect, it } from "vitest";
import { createFrameScheduler } from "../../../src/view/render/frame-scheduler.ts";
import { ManualClock } from "./fakes.ts";

function setup(options = {}) {
  const clock = new ManualClock();
  let frames = 0;
  const scheduler = createFrameScheduler(() => frames++, options, clock);
  return { clock, scheduler, frames: () => frames };
}

describe("createFrameScheduler", () => {
  it("draws once per animation frame however often a frame is asked for", () => {
    const { clock, scheduler, frames } = setup();
    scheduler.requestFrame();
    scheduler.requestFrame();
    expect(clock.pendingFrames).toBe(1);
    clock.frame();
    expect(frames()).toBe(1);
    clock.frame();
    expect(frames()).toBe(1);
  });

  it("drops a pending frame when a frame is drawn directly", () => {
    const { clock, scheduler, frames } = setup();
    scheduler.requestFrame();
    scheduler.frameStarted();
    clock.frame();
    expect(frames()).toBe(0);
    // And a new request after that is served.
    scheduler.requestFrame();
    clock.frame();
    expect(frames()).toBe(1);
  });

  it("is moving while the view moves and rests restDelay ms after the last move, then draws", () => {
    const { clock, scheduler, frames } = setup({ restDelay: 100 });
    expect(scheduler.view).toBe("resting");
    scheduler.viewMoved();
    expect(scheduler.view).toBe("moving");
    clock.advance(60);
    scheduler.viewMoved();
    clock.advance(60);
    // 120 ms after the first move, but only 60 after the last: still moving.
    expect(scheduler.view).toBe("moving");
    clock.advance(40);
    expect(scheduler.view).toBe("resting");
    clock.frame();
    expect(frames()).toBe(1);
  });

  it("keeps the layout moving until settleDelay ms pass without a position update", () => {
    const { clock, scheduler, frames } = setup({ settleDelay: 200 });
    expect(scheduler.layout).toBe("still");
    scheduler.positionsMoved();
    clock.advance(199);
    expect(scheduler.layout).toBe("moving");
    clock.advance(1);
    expect(scheduler.layout).toBe("still");
    clock.frame();
    expect(frames()).toBe(1);
    // View and layout are independent states.
    expect(scheduler.view).toBe("resting");
  });

  it("stays moving between a layout's steps: the quiet time is at least twice their gap", () => {
    const { clock, scheduler } = setup({ settleDelay: 200 });
    // The first step's gap is unknown: settleDelay after it.
    scheduler.positionsMoved();
    clock.advance(250);
    expect(scheduler.layout).toBe("still");
    scheduler.positionsMoved();
    const states: string[] = [];
    // Then steps every 250 ms (a layout worker's pace): never still in between, though 250 > 200.
    for (let step = 0; step < 8; step++) {
      clock.advance(125);
      states.push(scheduler.layout);
      clock.advance(124);
      states.push(scheduler.layout);
      clock.advance(1);
      scheduler.positionsMoved();
    }
    expect(states.every((s) => s === "moving")).toBe(true);
    // After the last step: still 2 × 250 ms later, not before.
    clock.advance(499);
    expect(scheduler.layout).toBe("moving");
    clock.advance(1);
    expect(scheduler.layout).toBe("still");
    // A move long after (a gap of 1 s or more) is a move of its own: settleDelay again.
    clock.advance(5000);
    scheduler.positionsMoved();
    clock.advance(200);
    expect(scheduler.layout).toBe("still");
    // A gap over settleGapLimit is ignored too: two updates 1.2 s apart settle 200 ms after.
    clock.advance(1000);
    scheduler.positionsMoved();
    clock.advance(199);
    expect(scheduler.layout).toBe("moving");
    clock.advance(1);
    expect(scheduler.layout).toBe("still");
  });

  it("runs every slice of a job in order, in tasks after this one, then calls done", () => {
    const { clock, scheduler } = setup({ sliceBudget: 10, sliceItems: 5 });
    const ran: number[] = [];
    const slices = Array.from({ length: 7 }, (_, i) => ({ run: () => ran.push(i), size: 2 }));
    let done = 0;
    const job = scheduler.runSliced(slices, () => done++);
    expect(scheduler.slicing).toBe(true);
    expect(ran).toEqual([]);
    clock.advance(0);
    expect(ran).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(done).toBe(1);
    expect([job.active, scheduler.slicing]).toEqual([false, false]);
  });

  it("yields between tasks: each task stops at the item cap", () => {
    const { clock, scheduler } = setup({ sliceBudget: 1000, sliceItems: 5 });
    const ran: number[] = [];
    const tasks: number[][] = [];
    const slices = Array.from({ length: 7 }, (_, i) => ({ run: () => ran.push(i), size: 2 }));
    scheduler.runSliced(slices, () => {});
    for (let t = 0; t < 4; t++) {
      const before = ran.length;
      clock.task();
      tasks.push(ran.slice(before));
    }
    // 2 + 2 + 2 items pass the cap of 5 after three slices.
    expect(tasks).toEqual([[0, 1, 2], [3, 4, 5], [6], []]);
  });

  it("stops a task when the budget is spent (a slice is never cut)", () => {
    const { clock, scheduler } = setup({ sliceBudget: 10, sliceItems: 1e9 });
    const ran: number[] = [];
    // Every slice takes 4 ms of clock time.
    const slices = Array.from({ length: 6 }, (_, i) => ({
      run: () => {
        ran.push(i);
        clock.time += 4;
      },
      size: 1,
    }));
    scheduler.runSliced(slices, () => {});
    clock.task();
    // Started at 0, 4 and 8 ms into the task: three slices, then 12 ≥ 10 stops it.
    expect(ran).toEqual([0, 1, 2]);
    clock.task();
    expect(ran).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("one job at a time: a new job cancels the running one, which never completes", () => {
    const { clock, scheduler } = setup({ sliceItems: 1 });
    const log: string[] = [];
    const slice = (name: string) => ({ run: () => log.push(name), size: 1 });
    const first = scheduler.runSliced([slice("a1"), slice("a2"), slice("a3")], () =>
      log.push("a done"),
    );
    clock.task();
    const second = scheduler.runSliced([slice("b1")], () => log.push("b done"));
    expect(first.active).toBe(false);
    clock.advance(10);
    expect(log).toEqual(["a1", "b1", "b done"]);
    expect(second.active).toBe(false);
    // Cancelling a job that is not the running one does nothing.
    const third = scheduler.runSliced([slice("c1")], () => log.push("c done"));
    scheduler.cancelSliced(first);
    expect(third.active).toBe(true);
    scheduler.cancelSliced(third);
    clock.advance(10);
    expect(log).not.toContain("c1");
  });

  it("dispose stops every timer and frame", () => {
    const { clock, scheduler, frames } = setup();
    scheduler.requestFrame();
    scheduler.viewMoved();
    scheduler.positionsMoved();
    scheduler.runSliced([{ run: () => {}, size: 1 }], () => {});
    scheduler.dispose();
    expect([clock.pendingFrames, clock.pendingTimers]).toEqual([0, 0]);
    clock.advance(1000);
    expect(frames()).toBe(0);
  });
});
