import { describe, expect, it } from "vitest";
import { createSourceQueue } from "../../src/metrics/source-queue.ts";

describe("createSourceQueue", () => {
  it("hands out 10 sources in chunks of 4, then finish, reporting progress", () => {
    const progress: [number, number][] = [];
    const queue = createSourceQueue(10, 4, (done, total) => progress.push([done, total]));
    expect(queue.take()).toEqual({ type: "range", start: 0, end: 4 });
    expect(queue.take()).toEqual({ type: "range", start: 4, end: 8 });
    queue.finished(4);
    expect(queue.take()).toEqual({ type: "range", start: 8, end: 10 });
    expect(queue.take()).toEqual({ type: "finish" });
    expect(queue.take()).toEqual({ type: "finish" });
    queue.finished(4);
    queue.finished(2);
    expect(progress).toEqual([
      [4, 10],
      [8, 10],
      [10, 10],
    ]);
  });

  it("has nothing to hand out for no sources", () => {
    expect(createSourceQueue(0, 64).take()).toEqual({ type: "finish" });
  });
});
