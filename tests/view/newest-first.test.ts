// An author's papers are listed newest first (papers without a year last, corpus order within a year).
import { describe, expect, it } from "vitest";
import { sortNewestFirst } from "../../src/view/dataset.ts";

describe("sortNewestFirst", () => {
  it("orders by year descending, unknown years last, ties in corpus order", () => {
    const years = new Map([
      ["p1", 2008],
      ["p2", 2016],
      ["p4", 2016],
      ["p5", 1999],
    ]);
    const ids = ["p1", "p2", "p3", "p4", "p5", "p6"];
    sortNewestFirst(ids, years);
    expect(ids).toEqual(["p2", "p4", "p1", "p5", "p3", "p6"]);
  });
});
