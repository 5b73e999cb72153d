// The timeline's pure logic on the hand-made fixture (answers worked out by hand from its six
// papers), and per-year paper counts of dblp.bib against an independent regex count.
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildCoauthorGraph } from "../../src/graph/coauthor-graph.ts";
import type { FilterContext } from "../../src/graph/filters.ts";
import {
  frameLabel,
  frameRange,
  frameVisible,
  intersectYearRanges,
  newInYear,
  parsePeriods,
  periodFrame,
  periodLabel,
  splitPeriods,
  timelineIndex,
  type TimelineFrame,
} from "../../src/graph/timeline.ts";
import { parseBibtex } from "../../src/parse/bibtex.ts";
import { buildCorpus } from "../../src/parse/corpus.ts";
import { FIXTURE } from "./fixture.ts";

// p1 (2019) A B C · p2 (2020) A B · p3 (2021) C D · p4 (2022) D E · p5 (no year) F G · p6 (2020) A.
const graph = buildCoauthorGraph(FIXTURE);
const context: FilterContext = {
  paperYears: new Map(
    FIXTURE.papers.filter((p) => p.year !== undefined).map((p) => [p.id, p.year as number]),
  ),
  authorPapers: new Map(
    FIXTURE.authors.map((a) => [
      a.id,
      FIXTURE.papers.filter((p) => p.authors.includes(a.id)).map((p) => p.id),
    ]),
  ),
};
const sorted = (set: Set<string>) => [...set].sort();
const pairs = (edges: Iterable<string>) =>
  [...edges].map((e) => [graph.source(e), graph.target(e)].sort().join("-")).sort();
const cumulative = (year: number): TimelineFrame => ({ mode: "cumulative", year, window: 3 });
const moving = (year: number, window: number): TimelineFrame => ({ mode: "window", year, window });

describe("frames", () => {
  it("spans up to the year, or the window's years ending at it", () => {
    expect(frameRange(cumulative(2020))).toEqual({ to: 2020 });
    expect(frameRange(moving(2022, 2))).toEqual({ from: 2021, to: 2022 });
    expect(frameRange(moving(2022, 0))).toEqual({ from: 2022, to: 2022 });
    expect(frameLabel(cumulative(2020))).toBe("up to 2020");
    expect(frameLabel(moving(2022, 3))).toBe("2020–2022");
    expect(frameLabel(moving(2022, 1))).toBe("2022");
  });

  it("shows, up to a year, the authors and collaborations of the dated papers so far", () => {
    // Up to 2020: p1, p2, p6.
    const y2020 = frameVisible(graph, cumulative(2020), {}, context);
    expect(sorted(y2020.nodes)).toEqual(["A", "B", "C"]);
    expect(pairs(y2020.edges)).toEqual(["A-B", "A-C", "B-C"]);
    // Up to 2021: p3 adds D and C–D. The undated p5 (F, G) is never in a frame.
    const y2021 = frameVisible(graph, cumulative(2021), {}, context);
    expect(sorted(y2021.nodes)).toEqual(["A", "B", "C", "D"]);
    expect(pairs(y2021.edges)).toEqual(["A-B", "A-C", "B-C", "C-D"]);
    // Before the first year: nothing.
    expect(frameVisible(graph, cumulative(2018), {}, context).nodes.size).toBe(0);
  });

  it("shows, in a moving window, only the papers of its years", () => {
    // 2021–2022: p3, p4.
    const w = frameVisible(graph, moving(2022, 2), {}, context);
    expect(sorted(w.nodes)).toEqual(["C", "D", "E"]);
    expect(pairs(w.edges)).toEqual(["C-D", "D-E"]);
    // 2020 alone: p2, p6.
    const one = frameVisible(graph, moving(2020, 1), {}, context);
    expect(sorted(one.nodes)).toEqual(["A", "B"]);
    expect(pairs(one.edges)).toEqual(["A-B"]);
  });

  it("narrows by the other filters, counting only the frame's papers", () => {
    // The year filter -2020 cuts the frame up to 2022 down to up to 2020.
    const cut = frameVisible(graph, cumulative(2022), { yearTo: 2020 }, context);
    expect(sorted(cut.nodes)).toEqual(["A", "B", "C"]);
    // A year filter from 2021 and a frame up to 2020 share no year.
    const none = frameVisible(graph, cumulative(2020), { yearFrom: 2021 }, context);
    expect(none.nodes.size + none.edges.size).toBe(0);
    // Up to 2019 A and B share one paper (p1): two shared papers hide every collaboration.
    const heavy = frameVisible(graph, cumulative(2019), { minWeight: 2 }, context);
    expect(sorted(heavy.nodes)).toEqual(["A", "B", "C"]);
    expect(heavy.edges.size).toBe(0);
    // Up to 2020 A has 3 papers, B 2, C 1: at least 2 papers keeps A and B.
    const busy = frameVisible(graph, cumulative(2020), { minPapers: 2 }, context);
    expect(sorted(busy.nodes)).toEqual(["A", "B"]);
    expect(pairs(busy.edges)).toEqual(["A-B"]);
  });

  it("intersects year ranges, open ends staying open", () => {
    expect(intersectYearRanges({ to: 2020 }, {})).toEqual({ from: undefined, to: 2020 });
    expect(intersectYearRanges({ from: 2000, to: 2010 }, { from: 2005 })).toEqual({
      from: 2005,
      to: 2010,
    });
    expect(intersectYearRanges({ from: 2010, to: 2000 }, { to: 2004 })).toEqual({
      from: 2000,
      to: 2004,
    });
    expect(intersectYearRanges({ to: 2000 }, { from: 2001 })).toBeNull();
  });
});

describe("timeline index", () => {
  const index = timelineIndex(graph, FIXTURE.papers);

  it("counts papers, new authors and new collaborations per year", () => {
    expect(index.years).toEqual([2019, 2020, 2021, 2022]);
    expect(index.papers).toEqual([1, 2, 1, 1]);
    // 2019: A, B, C; 2021: D; 2022: E. F and G have only the undated p5.
    expect(index.newAuthors).toEqual([3, 0, 1, 1]);
    // 2019: A–B, A–C, B–C; 2021: C–D; 2022: D–E. F–G is undated. A–B again in 2020 is not new.
    expect(index.newPairs).toEqual([3, 0, 1, 1]);
    expect(index.authorFirst.has("F")).toBe(false);
  });

  it("names what is new in a year", () => {
    const y2021 = newInYear(index, 2021);
    expect(sorted(y2021.authors)).toEqual(["D"]);
    expect(pairs(y2021.edges)).toEqual(["C-D"]);
    const y2020 = newInYear(index, 2020);
    expect(y2020.authors.size + y2020.edges.size).toBe(0);
  });

  it("is empty for an undated corpus", () => {
    const undated = { ...FIXTURE, papers: FIXTURE.papers.map((p) => ({ ...p, year: undefined })) };
    const empty = timelineIndex(buildCoauthorGraph(undated), undated.papers);
    expect(empty.years).toEqual([]);
    expect(empty.papers).toEqual([]);
  });
});

describe("periods", () => {
  it("splits years into nearly equal consecutive periods", () => {
    expect(splitPeriods(2000, 2009, 2)).toEqual([
      { from: 2000, to: 2004 },
      { from: 2005, to: 2009 },
    ]);
    // 11 years in 3: 4 + 4 + 3.
    expect(splitPeriods(2000, 2010, 3)).toEqual([
      { from: 2000, to: 2003 },
      { from: 2004, to: 2007 },
      { from: 2008, to: 2010 },
    ]);
    // Two years cannot make five periods.
    expect(splitPeriods(2000, 2001, 5)).toEqual([
      { from: 2000, to: 2000 },
      { from: 2001, to: 2001 },
    ]);
    expect(splitPeriods(2000, 2001, 0)).toEqual([]);
    expect(splitPeriods(2005, 2001, 2)).toEqual([]);
  });

  it("parses a list of periods", () => {
    expect(parsePeriods("2000-2004, 2009–2005,2010")).toEqual([
      { from: 2000, to: 2004 },
      { from: 2005, to: 2009 },
      { from: 2010, to: 2010 },
    ]);
    for (const bad of ["", "2000-", "2000,,2001", "abc", "2000-2004;2005"])
      expect(parsePeriods(bad)).toBeNull();
  });

  it("labels periods and frames them as windows", () => {
    expect(periodLabel({ from: 2000, to: 2004 })).toBe("2000–2004");
    expect(periodLabel({ from: 2010, to: 2010 })).toBe("2010");
    expect(periodFrame({ from: 2000, to: 2004 })).toEqual({
      mode: "window",
      year: 2004,
      window: 5,
    });
  });
});

const CORPORA = resolve(dirname(fileURLToPath(import.meta.url)), "../../../shared/corpora");
const present = existsSync(resolve(CORPORA, "dblp.bib"));
if (!present) console.log(`skipping the dblp.bib timeline check: ${CORPORA}/dblp.bib is absent`);

/**
 * Papers per year of dblp.bib, from `python3 tests/graph/timeline-counts.py
 * ../shared/corpora/dblp.bib` (a regex over the entries' year fields, no BibTeX parser).
 */
const DBLP_PAPERS_PER_YEAR: Record<string, number> = {
  "1953": 1,
  "1967": 1,
  "1972": 1,
  "1973": 1,
  "1976": 1,
  "1977": 1,
  "1978": 2,
  "1981": 1,
  "1982": 2,
  "1983": 2,
  "1984": 4,
  "1985": 1,
  "1986": 2,
  "1987": 1,
  "1988": 2,
  "1989": 2,
  "1990": 1,
  "1991": 4,
  "1992": 4,
  "1993": 10,
  "1994": 5,
  "1995": 4,
  "1996": 6,
  "1997": 4,
  "1998": 7,
  "1999": 10,
  "2000": 3,
  "2001": 12,
  "2002": 6,
  "2003": 4,
  "2004": 6,
  "2005": 8,
  "2006": 5,
  "2007": 7,
  "2008": 8,
  "2009": 9,
  "2010": 3,
  "2011": 11,
  "2012": 14,
  "2013": 9,
  "2014": 14,
  "2015": 11,
  "2016": 8,
  "2017": 14,
  "2018": 19,
  "2019": 18,
  "2020": 13,
  "2021": 6,
  "2022": 6,
  "2023": 2,
};

describe.skipIf(!present)("dblp.bib", () => {
  it("has the papers per year an independent count gives", () => {
    const corpus = buildCorpus([
      parseBibtex(readFileSync(resolve(CORPORA, "dblp.bib"), "utf8"), { file: "dblp.bib" }),
    ]);
    const index = timelineIndex(buildCoauthorGraph(corpus), corpus.papers);
    const counted: Record<string, number> = {};
    index.years.forEach((y, i) => {
      if (index.papers[i] > 0) counted[String(y)] = index.papers[i];
    });
    expect(counted).toEqual(DBLP_PAPERS_PER_YEAR);
    // Years without a paper are in the index with a count of 0 (1953 to 2023 is 71 years).
    expect(index.years.length).toBe(71);
    // Every author appears for the first time exactly once, in some year.
    expect(index.newAuthors.reduce((a, b) => a + b, 0)).toBe(index.authorFirst.size);
  });
});
