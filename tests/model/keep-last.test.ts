import { describe, expect, it } from "vitest";
import { keepLast } from "../../src/model/memo.ts";

describe("keepLast", () => {
  it("computes once for the same key in a row and again for another key", () => {
    const calls: string[] = [];
    const a = { name: "a" };
    const b = { name: "b" };
    const length = keepLast((key: { name: string }) => {
      calls.push(key.name);
      return { length: key.name.length };
    });
    const first = length(a);
    expect(length(a)).toBe(first);
    expect(calls).toEqual(["a"]);
    expect(length(b)).not.toBe(first);
    // Only the last key is kept: going back to `a` computes it again.
    const again = length(a);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
    expect(calls).toEqual(["a", "b", "a"]);
  });

  it("keeps a falsy value as computed", () => {
    let calls = 0;
    const zero = keepLast((_key: object) => {
      calls++;
      return 0;
    });
    const key = {};
    expect(zero(key)).toBe(0);
    expect(zero(key)).toBe(0);
    expect(calls).toBe(1);
  });
});
