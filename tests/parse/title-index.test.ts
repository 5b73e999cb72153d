// Tests for TitleIndex (entries under 32-bit hashes) and the title hash (FNV-1a).
import { describe, expect, it } from "vitest";
import { TitleIndex } from "../../src/parse/title-index.ts";
import { normalizeTitle, recordTitleHash, titleHash } from "../../src/parse/title-key.ts";

describe("titleHash", () => {
  it("is 32-bit FNV-1a (the published test vectors), as a signed integer", () => {
    expect(titleHash("")).toBe(0x811c9dc5 | 0);
    expect(titleHash("a")).toBe(0xe40c292c | 0);
    expect(titleHash("foobar")).toBe(0xbf9cf968 | 0);
  });

  it("hashes the normalized title; nothing for a title with nothing left", () => {
    expect(recordTitleHash("Graph  Mining!")).toBe(titleHash("graph mining"));
    expect(recordTitleHash("Graph\u0001Mining")).toBe(recordTitleHash("Graph Mining"));
    expect(normalizeTitle("Étude\u0000des\tGraphes")).toBe("etude des graphes");
    expect(recordTitleHash(" ?! ")).toBeUndefined();
  });
});

describe("TitleIndex", () => {
  it("gives back each hash's entries oldest first, and nothing for a hash never filed", () => {
    const index = new TitleIndex();
    expect(index.add(7, 100)).toBe(0);
    expect(index.add(-3, 200)).toBe(1);
    expect(index.add(7, 300)).toBe(2);
    expect(index.entries(7)).toEqual([0, 2]);
    expect(index.entries(7).map((e) => index.value(e))).toEqual([100, 300]);
    expect(index.entries(-3)).toEqual([1]);
    expect(index.entries(8)).toEqual([]);
  });

  it("agrees with a Map of lists over 50,000 entries, hashes colliding in their low bits", () => {
    const index = new TitleIndex();
    const reference = new Map<number, number[]>();
    let seed = 12345;
    for (let i = 0; i < 50_000; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) | 0;
      // Few distinct hashes (repeats), many sharing their low 16 bits.
      const hash = ((seed >>> 8) % 20_000) << 16;
      index.add(hash, i);
      const list = reference.get(hash) ?? [];
      list.push(i);
      reference.set(hash, list);
    }
    for (const [hash, values] of reference)
      expect(index.entries(hash).map((e) => index.value(e))).toEqual(values);
    expect(index.entries(1)).toEqual([]);
    index.clear();
    expect(index.entries([...reference.keys()][0])).toEqual([]);
  });
});
