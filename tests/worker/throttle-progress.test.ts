// Worker progress is thinned to one message per interval, never dropping the start of a stage.
import { describe, expect, it } from "vitest";
import type { Progress } from "../../src/worker/protocol.ts";
import { throttleProgress } from "../../src/worker/throttle-progress.ts";

describe("throttleProgress", () => {
  it("passes stage starts and at most one progress per interval", () => {
    let t = 0;
    const posted: number[] = [];
    const post = throttleProgress(
      (p: Progress) => posted.push(p.done),
      50,
      () => t,
    );
    const at = (time: number, done: number) => {
      t = time;
      post({ stage: "metrics", done, total: 100 });
    };
    at(0, 1); // first: passes
    at(10, 2); // 10 ms later: dropped
    at(20, 0); // a stage start: passes
    at(60, 3); // 40 ms after the last posted: dropped
    at(70, 4); // 50 ms after: passes
    expect(posted).toEqual([1, 0, 4]);
  });
});
