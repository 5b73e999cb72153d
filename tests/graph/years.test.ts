// Year spans of authors and collaborations, against hand-computed values.
import { describe, expect, it } from "vitest";
import { authorYearSpans, paperYearIndex, yearSpan } from "../../src/graph/years.ts";

describe("yearSpan", () => {
  it("takes first, last and mean of the dated years and ignores undated ones", () => {
    expect(yearSpan([2010, undefined, 2014, 2012])).toEqual({
      firstYear: 2010,
      lastYear: 2014,
      meanYear: 2012,
    });
    expect(yearSpan([2001, 2002])).toEqual({ firstYear: 2001, lastYear: 2002, meanYear: 2001.5 });
  });

  it("is all null when nothing is dated", () => {
    expect(yearSpan([undefined, undefined])).toEqual({
      firstYear: null,
      lastYear: null,
      meanYear: null,
    });
    expect(yearSpan([])).toEqual({ firstYear: null, lastYear: null, meanYear: null });
  });
});

describe("authorYearSpans", () => {
  const papers = [
    { id: "p1", year: 2000, authors: ["a", "b"] },
    { id: "p2", year: 2006, authors: ["a"] },
    { id: "p3", authors: ["a", "c"] },
    { id: "p4", year: 2003, authors: ["b"] },
  ];

  it("spans each author's dated papers", () => {
    const spans = authorYearSpans(papers);
    expect(spans.get("a")).toEqual({ firstYear: 2000, lastYear: 2006, meanYear: 2003 });
    expect(spans.get("b")).toEqual({ firstYear: 2000, lastYear: 2003, meanYear: 2001.5 });
    expect(spans.get("c")).toEqual({ firstYear: null, lastYear: null, meanYear: null });
  });

  it("indexes the years of dated papers only", () => {
    expect([...paperYearIndex(papers)]).toEqual([
      ["p1", 2000],
      ["p2", 2006],
      ["p4", 2003],
    ]);
  });
});
