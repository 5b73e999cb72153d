// Collaborations per year of one author, and the count of undated papers, on hand-made bylines.
import { describe, expect, it } from "vitest";
import { collaborationsPerYear } from "../../src/graph/collaboration-years.ts";
import { countUndated } from "../../src/graph/years.ts";

const papers = [
  { year: 2010, authors: ["ann", "bob"] },
  { year: 2010, authors: ["ann", "bob", "cy"] },
  { year: 2012, authors: ["ann"] }, // alone: a year of hers, no collaboration
  { year: 2013, authors: ["ann", "dee"] },
  { authors: ["ann", "eve"] }, // undated: cannot be placed
  { year: 2020, authors: ["bob", "cy"] }, // not hers
];

describe("collaborationsPerYear", () => {
  it("counts coauthored papers and distinct coauthors per year, zero-filled", () => {
    // 2010: two papers, coauthors {bob, cy} = 2; 2011: none; 2012: a solo paper (0 papers,
    // 0 coauthors); 2013: one paper with dee. Her span is 2010–2013 (2020 is not hers).
    expect(collaborationsPerYear("ann", papers)).toEqual([
      { year: 2010, papers: 2, coauthors: 2 },
      { year: 2011, papers: 0, coauthors: 0 },
      { year: 2012, papers: 0, coauthors: 0 },
      { year: 2013, papers: 1, coauthors: 1 },
    ]);
  });

  it("spans bob's years 2010–2020", () => {
    const years = collaborationsPerYear("bob", papers);
    expect(years).toHaveLength(11);
    expect(years[0]).toEqual({ year: 2010, papers: 2, coauthors: 2 });
    expect(years[10]).toEqual({ year: 2020, papers: 1, coauthors: 1 });
    expect(years.slice(1, 10).every((y) => y.papers === 0)).toBe(true);
  });

  it("is empty for an author without a dated paper", () => {
    expect(collaborationsPerYear("eve", papers)).toEqual([]);
    expect(collaborationsPerYear("nobody", papers)).toEqual([]);
  });
});

describe("countUndated", () => {
  it("counts papers without a (finite) year", () => {
    expect(countUndated(papers)).toBe(1);
    expect(countUndated([{ year: Number.NaN }, {}, { year: 1999 }])).toBe(2);
    expect(countUndated([])).toBe(0);
  });
});
