// The pair memo's line lookup gives exactly splitAuthorList's names, or nothing: never other names.
import { describe, expect, it } from "vitest";
import { createNamePairMemo } from "../../src/parse/name-pair-memo.ts";
import { serialOf } from "../../src/parse/name-serial.ts";
import { parseName, splitAuthorList } from "../../src/parse/names.ts";

describe("createNamePairMemo", () => {
  it("remembers each pair as one frozen name with its own serial", () => {
    const memo = createNamePairMemo();
    const ann = memo.pair("Lee", "Ann");
    expect(ann).toEqual(parseName("Lee, Ann"));
    expect(Object.isFrozen(ann)).toBe(true);
    expect(memo.pair("Lee", "Ann")).toBe(ann);
    const bo = memo.pair("Chen", "Bo");
    expect(serialOf(bo as object)).not.toBe(serialOf(ann as object));
    expect(serialOf({ name: "x", key: "x" })).toBeUndefined();
    // A pair that is no name (nothing left of it) is remembered as none.
    expect(memo.pair("{}", "{}")).toBeNull();
    expect(memo.pair("{}", "{}")).toBeNull();
  });

  it("reads a plain line's pairs, the known ones found and the new ones remembered", () => {
    const memo = createNamePairMemo();
    const slow = splitAuthorList("Lee, Ann, Chen, Bo", {}, undefined, memo.pair);
    expect(memo.lineNames("Chen, Bo,Lee,  Ann\t")).toEqual([slow.names[1], slow.names[0]]);
    expect(memo.lineNames("Chen, Bo, Lee, Ann")?.[1]).toBe(slow.names[0]);
    // Diaz, Cy is new: read, remembered, then the same object from the pair lookup.
    const diaz = memo.lineNames("Chen, Bo, Diaz, Cy")?.[1];
    expect(diaz).toEqual(parseName("Diaz, Cy"));
    expect(memo.pair("Diaz", "Cy")).toBe(diaz);
    // What splitAuthorList must report on: a placeholder, an odd part, an empty part, braces.
    for (const line of ["Lee, Ann, others, Bo", "Lee, Ann, Chen", "Lee, , Ann", "{Lee, Ann}, Bo"])
      expect(memo.lineNames(line), line).toBeNull();
  });

  // Parts that trip a reader: placeholders, empty parts, braces, odd counts, other spaces.
  const PARTS = [
    "Lee",
    "Ann",
    "Chen",
    "Bo",
    "Novák",
    "J.",
    "van der Aalst",
    "Wil",
    "others",
    "et al.",
    "",
    " ",
    "\u00a0Lee",
    "Ann\u00a0",
    "{Lee}",
    "B\\'o",
    "Jr",
    "Anonymous",
    "NN",
    "Ann Lee",
  ];

  it("agrees with splitAuthorList on 20,000 random lines: the same names, or null", () => {
    let seed = 7;
    const pick = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) | 0;
      return PARTS[(seed >>> 8) % PARTS.length];
    };
    const memo = createNamePairMemo();
    let found = 0;
    for (let i = 0; i < 20_000; i++) {
      const count = 1 + (i % 7);
      const line = Array.from({ length: count }, pick).join(i % 3 === 0 ? "," : ", ");
      const fast = memo.lineNames(line);
      const slow = splitAuthorList(line, {}, undefined, memo.pair);
      // Read without any memo: the truth.
      const plain = splitAuthorList(line);
      expect(slow.names).toEqual(plain.names);
      if (fast === null) continue;
      found++;
      expect(fast).toEqual(plain.names);
      expect(plain.problem).toBeUndefined();
      expect(plain.placeholders).toEqual([]);
    }
    // Most lines here have an awkward part; still many are plain and found.
    expect(found).toBeGreaterThan(500);
  });

  it("keeps 100,000 pairs apart as its table grows", () => {
    const memo = createNamePairMemo();
    const names = [];
    for (let i = 0; i < 100_000; i++) names.push(memo.pair(`Last${i}`, `First${i % 97}`));
    for (let i = 0; i < 100_000; i += 997) {
      const line = `Last${i}, First${i % 97}`;
      expect(memo.lineNames(line)).toEqual([names[i]]);
      expect(names[i]?.name).toBe(`First${i % 97} Last${i}`);
    }
  });
});
