// The continuous legend's scale: round ticks, whole years, log ticks for citations, and which
// colour modes a corpus can use.
import { describe, expect, it } from "vitest";
import { colorModeUnavailable, coloringFor } from "../../src/scene/author-color-values.ts";
import { continuousColoring, logTicks, niceTicks, yearTicks } from "../../src/scene/color-by.ts";
import { OTHER_COLOR } from "../../src/scene/palette.ts";
import type { Corpus, Paper } from "../../src/model/types.ts";

describe("ticks", () => {
  it("niceTicks steps by 1, 2 or 5 times a power of ten", () => {
    // (100 − 0) / 4 = 25 → step 50.
    expect(niceTicks(0, 100)).toEqual([0, 50, 100]);
    // 24.8 / 4 = 6.2 → step 10: 2000, 2010, 2020 (1995.3 is within half a step of 2000).
    expect(niceTicks(1995.3, 2020.1)).toEqual([2000, 2010, 2020]);
    expect(niceTicks(3, 3)).toEqual([3]);
  });

  it("yearTicks are whole years inside the range", () => {
    expect(yearTicks(1995.3, 2020.1)).toEqual([2000, 2010, 2020]);
    expect(yearTicks(2003.2, 2005.8)).toEqual([2004, 2005]);
    expect(yearTicks(2004.2, 2004.6)).toEqual([2004]);
  });

  it("logTicks are 0 and powers of ten, with the ends when far from them", () => {
    expect(logTicks(0, 250)).toEqual([0, 1, 10, 100, 250]);
    expect(logTicks(3, 80)).toEqual([3, 10, 80]);
  });
});

describe("continuousColoring scale", () => {
  const values = new Map<string, number | null>([
    ["old", 2000],
    ["mid", 2010],
    ["new", 2020],
    ["none", null],
  ]);
  it("places year ticks by value and keeps the missing entry", () => {
    const c = continuousColoring(values, { clip: 0, ticks: yearTicks, missingLabel: "undated" });
    // 20 / 4 = 5 → step 5: 2000 … 2020 at 0, ¼, ½, ¾, 1.
    expect(c.scale?.ticks).toEqual([
      { t: 0, label: "2000" },
      { t: 0.25, label: "2005" },
      { t: 0.5, label: "2010" },
      { t: 0.75, label: "2015" },
      { t: 1, label: "2020" },
    ]);
    expect(c.scale?.ramp).toHaveLength(11);
    expect(c.scale?.ramp[0]).toBe(c.colorOf("old"));
    expect(c.scale?.ramp[10]).toBe(c.colorOf("new"));
    expect(c.scale?.missing).toEqual({ label: "undated", color: OTHER_COLOR });
  });

  it("places citation ticks on the log(1 + v) scale", () => {
    const cites = new Map<string, number | null>([
      ["a", 0],
      ["b", 99],
    ]);
    const c = continuousColoring(cites, { clip: 0, log: true });
    // log1p(0) = 0, log1p(99) = ln 100; 1 sits at ln 2 / ln 100, 10 at ln 11 / ln 100.
    const t = (v: number) => Math.log1p(v) / Math.log(100);
    expect(c.scale?.ticks.map((x) => x.label)).toEqual(["0", "1", "10", "99"]);
    expect(c.scale?.ticks[1].t).toBeCloseTo(t(1), 12);
    expect(c.scale?.ticks[2].t).toBeCloseTo(t(10), 12);
    expect(c.scale?.ticks[3].t).toBeCloseTo(1, 12);
  });
});

describe("colorModeUnavailable", () => {
  const paper = (over: Partial<Paper>): Paper => ({
    id: "p",
    title: "T",
    authors: ["a"],
    file: "one.bib",
    line: 1,
    ...over,
  });
  const corpus = (papers: Paper[]): Corpus => ({
    papers,
    authors: [{ id: "a", name: "a", variants: [] }],
    links: [],
    owners: [],
    files: [],
    warnings: [],
  });

  it("explains modes a corpus cannot colour by", () => {
    const bare = corpus([paper({})]);
    expect(colorModeUnavailable("community", bare)).toBeNull();
    expect(colorModeUnavailable("year", bare)).toBe("no paper has a year");
    expect(colorModeUnavailable("first-year", bare)).toBe("no paper has a year");
    expect(colorModeUnavailable("citations", bare)).toBe("no paper has a citation count");
    expect(colorModeUnavailable("file", bare)).toBe("only one source file");
  });

  it("allows them when years, counts and a second file exist", () => {
    const rich = corpus([paper({ year: 2001 }), paper({ id: "q", citations: 2, file: "b.ris" })]);
    for (const mode of ["year", "first-year", "citations", "file"] as const)
      expect(colorModeUnavailable(mode, rich)).toBeNull();
    // One author, mean year 2001: a single tick.
    expect(coloringFor("year", rich)?.scale?.ticks).toEqual([{ t: 0.5, label: "2001" }]);
  });
});
