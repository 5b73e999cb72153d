// The per-file name memo: copies by default, one frozen object per spelling when shared.
import { describe, expect, it } from "vitest";
import { memoParseName } from "../../src/parse/name-cache.ts";

describe("memoParseName", () => {
  it("returns equal copies of one spelling by default (a caller may change its own)", () => {
    const nameOf = memoParseName();
    const first = nameOf("Lee, Ann");
    const again = nameOf("Lee, Ann");
    expect(first).toEqual({ name: "Ann Lee", key: "ann lee" });
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
    first!.key = "changed";
    expect(nameOf("Lee, Ann")!.key).toBe("ann lee");
  });

  it("with shared, returns the one object, frozen, and null for nobody", () => {
    const nameOf = memoParseName({}, { shared: true });
    const first = nameOf("Lee, Ann");
    expect(nameOf("Lee, Ann")).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(() => {
      (first as { key: string }).key = "changed";
    }).toThrow(TypeError);
    expect(nameOf("")).toBeNull();
    expect(nameOf("")).toBeNull();
  });
});
