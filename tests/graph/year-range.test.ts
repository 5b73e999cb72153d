// Year windows: bounds parsed and normalized one way everywhere, undated papers counted and kept.
import { describe, expect, it } from "vitest";
import {
  normalizeYearRange,
  parseYearRange,
  windowCorpus,
  yearInRange,
} from "../../src/graph/year-range.ts";
import type { Corpus } from "../../src/model/types.ts";

describe("parseYearRange / normalizeYearRange", () => {
  it("reads closed, open and one-year ranges", () => {
    expect(parseYearRange("2010-2015")).toEqual({ from: 2010, to: 2015 });
    expect(parseYearRange("2010-")).toEqual({ from: 2010, to: undefined });
    expect(parseYearRange("-2015")).toEqual({ from: undefined, to: 2015 });
    expect(parseYearRange("2012")).toEqual({ from: 2012, to: 2012 });
    expect(parseYearRange("2010..2015")).toEqual({ from: 2010, to: 2015 });
  });

  it("swaps an inverted range and rejects what is not a range", () => {
    expect(parseYearRange("2015-2010")).toEqual({ from: 2010, to: 2015 });
    expect(normalizeYearRange({ from: 2015, to: 2010 })).toEqual({ from: 2010, to: 2015 });
    expect(parseYearRange("")).toBeNull();
    expect(parseYearRange("-")).toBeNull();
    expect(parseYearRange("twenty")).toBeNull();
    expect(parseYearRange("2010-2015-2020")).toBeNull();
  });

  it("keeps undated papers only when asked", () => {
    expect(yearInRange(undefined, { from: 2000 }, true)).toBe(true);
    expect(yearInRange(undefined, { from: 2000 }, false)).toBe(false);
    expect(yearInRange(1999, { from: 2000 }, true)).toBe(false);
    expect(yearInRange(undefined, {}, false)).toBe(true);
  });
});

describe("windowCorpus", () => {
  const corpus: Corpus = {
    papers: [
      { id: "p1", title: "A", year: 2001, authors: ["a", "b"], file: "f", line: 1 },
      { id: "p2", title: "B", year: 2009, authors: ["b", "c"], file: "f", line: 2 },
      { id: "p3", title: "C", authors: ["d"], file: "f", line: 3 },
      { id: "p4", title: "D", year: 2005, authors: ["a"], file: "f", line: 4 },
    ],
    authors: ["a", "b", "c", "d", "n"].map((id) => ({ id, name: id.toUpperCase(), variants: [] })),
    links: [],
    owners: [],
    files: [{ file: "f", format: "profile" }],
    warnings: [],
  };

  it("keeps the papers in range and the undated ones, counting each kind", () => {
    const w = windowCorpus(corpus, { from: 2008, to: 2000 });
    expect(w.corpus.papers.map((p) => p.id)).toEqual(["p1", "p3", "p4"]);
    expect([w.dated, w.undated, w.outside]).toEqual([2, 1, 1]);
    // c wrote only p2 (2009) and goes; n has no paper at all (a network file's author) and stays.
    expect(w.corpus.authors.map((a) => a.id)).toEqual(["a", "b", "d", "n"]);
  });

  it("drops undated papers when told to, and leaves the input alone", () => {
    const w = windowCorpus(corpus, { from: 2000, to: 2008 }, { includeUndated: false });
    expect(w.corpus.papers.map((p) => p.id)).toEqual(["p1", "p4"]);
    expect(w.corpus.authors.map((a) => a.id)).toEqual(["a", "b", "n"]);
    expect(corpus.papers).toHaveLength(4);
  });

  it("returns the corpus itself for an open range", () => {
    expect(windowCorpus(corpus, {}).corpus).toBe(corpus);
  });
});
