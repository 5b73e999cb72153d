import { describe, expect, it } from "vitest";
import { float64Of, int32Of } from "../../src/model/typed-of.ts";

describe("float64Of / int32Of", () => {
  it("hold the value of each item at its index", () => {
    const items = [{ w: 1.5 }, { w: -2 }, { w: NaN }];
    const out = float64Of(items, (item, i) => item.w * 10 + i);
    expect(out).toBeInstanceOf(Float64Array);
    expect(Array.from(out)).toEqual([15, -19, NaN]);
  });

  it("read typed arrays and array-likes, and store integers as Int32Array does", () => {
    const rank = new Int32Array([2, 0, 1]);
    expect(Array.from(int32Of(rank, (r) => r * 3.7))).toEqual([7, 0, 3]);
    expect(Array.from(int32Of({ length: 2, 0: 2 ** 31, 1: -1 }, (v) => v))).toEqual([
      -(2 ** 31),
      -1,
    ]);
    expect(float64Of([], () => 1).length).toBe(0);
  });
});
