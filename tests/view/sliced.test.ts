import { describe, expect, it } from "vitest";
import { runSteps, runStepsSliced } from "../../src/view/sliced.ts";

/** Yields `n` times, recording each step, and returns "done". */
function* counted(n: number, log: string[]): Generator<void, string> {
  for (let i = 0; i < n; i++) {
    log.push(`step ${i}`);
    yield;
  }
  log.push("end");
  return "done";
}

describe("runSteps", () => {
  it("runs every step and returns the value", () => {
    const log: string[] = [];
    expect(runSteps(counted(3, log))).toBe("done");
    expect(log).toEqual(["step 0", "step 1", "step 2", "end"]);
  });
});

describe("runStepsSliced", () => {
  it("pauses once the budget is spent, never inside a step", async () => {
    // Every step takes 4 ms on a fake clock; with a 10 ms budget a slice holds 3 steps.
    let clock = 0;
    const log: string[] = [];
    function* timed(): Generator<void, number> {
      for (let i = 0; i < 7; i++) {
        clock += 4;
        log.push(`step ${i}`);
        yield;
      }
      return 42;
    }
    const result = await runStepsSliced(timed(), {
      budget: 10,
      now: () => clock,
      pause: async () => {
        log.push("pause");
      },
    });
    expect(result).toEqual({ done: true, value: 42 });
    expect(log).toEqual([
      "step 0",
      "step 1",
      "step 2",
      "pause",
      "step 3",
      "step 4",
      "step 5",
      "pause",
      "step 6",
    ]);
  });

  it("stops after a pause when cancelled, and closes the steps", async () => {
    let clock = 0;
    let closed = false;
    const log: string[] = [];
    function* steps(): Generator<void, string> {
      try {
        for (let i = 0; i < 5; i++) {
          clock += 10;
          log.push(`step ${i}`);
          yield;
        }
        return "finished";
      } finally {
        closed = true;
      }
    }
    let pauses = 0;
    const result = await runStepsSliced(steps(), {
      budget: 5,
      now: () => clock,
      pause: async () => {
        pauses++;
      },
      cancelled: () => pauses === 2,
    });
    expect(result).toEqual({ done: false });
    expect(log).toEqual(["step 0", "step 1"]);
    expect(closed).toBe(true);
  });
});
