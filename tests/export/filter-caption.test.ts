// The active filters in words, as export captions name them.
import { describe, expect, it } from "vitest";
import { describeFilters } from "../../src/export/filter-caption.ts";

const words = {
  nameOf: (id: string) => (id === "schaub t" ? "T. Schaub" : id),
  metricLabel: "PageRank",
};

describe("describeFilters", () => {
  it("says nothing when no filter is active", () => {
    expect(describeFilters({}, words)).toBeUndefined();
    expect(describeFilters({ minPapers: 1, minWeight: 1, topN: 0 }, words)).toBeUndefined();
  });

  it("names every active filter, ego first", () => {
    expect(
      describeFilters(
        {
          egoCenter: "schaub t",
          egoHops: 2,
          minPapers: 3,
          minWeight: 2,
          largestComponent: true,
          topN: 50,
        },
        words,
      ),
    ).toBe(
      "2 hops from T. Schaub, at least 3 papers, links of at least 2 shared papers, largest component, top 50 by PageRank",
    );
  });

  it("names the community filter with the legend's number", () => {
    expect(describeFilters({ community: 1, minPapers: 2 }, words)).toBe(
      "community 2, at least 2 papers",
    );
  });

  it("names the minimum degree and component size", () => {
    expect(describeFilters({ minDegree: 2, minComponent: 5 }, words)).toBe(
      "at least 2 coauthors shown, components of at least 5 authors",
    );
    expect(describeFilters({ minDegree: 1 }, words)).toBe("at least 1 coauthor shown");
    expect(describeFilters({ minDegree: 0, minComponent: 1 }, words)).toBeUndefined();
  });

  it("names year windows the way they are read (inverted swapped, undated said)", () => {
    expect(describeFilters({ yearFrom: 2015, yearTo: 2010 }, words)).toBe(
      "papers of 2010–2015 and undated ones",
    );
    expect(describeFilters({ yearFrom: 2012, includeUndated: false }, words)).toBe(
      "papers from 2012",
    );
    expect(describeFilters({ yearTo: 2001, yearFrom: 2001, includeUndated: false }, words)).toBe(
      "papers of 2001",
    );
  });
});
