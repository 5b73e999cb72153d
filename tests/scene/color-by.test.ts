// Colour modes: viridis stops for years and citations, categorical colours for files.
import { describe, expect, it } from "vitest";
import { coloringFor } from "../../src/scene/author-color-values.ts";
import { categoricalColoring, continuousColoring } from "../../src/scene/color-by.ts";
import { COMMUNITY_PALETTE, OTHER_COLOR } from "../../src/scene/palette.ts";
import type { Corpus } from "../../src/model/types.ts";

// viridis' ends and middle (matplotlib's table: #440154, #21918c, #fde725).
const VIRIDIS_0 = "#440154";
const VIRIDIS_1 = "#fde725";
const hex = (c: string) => {
  const m = /rgb\((\d+), (\d+), (\d+)\)/.exec(c);
  return m
    ? `#${m
        .slice(1)
        .map((v) => Number(v).toString(16).padStart(2, "0"))
        .join("")}`
    : c;
};

describe("continuousColoring", () => {
  const values = new Map<string, number | null>([
    ["old", 2000],
    ["mid", 2010],
    ["new", 2020],
    ["none", null],
  ]);
  const c = continuousColoring(values, { title: "Mean publication year", stops: 3 });

  it("puts the lowest value at viridis 0, the highest at viridis 1, missing values in grey", () => {
    expect(hex(c.colorOf("old"))).toBe(VIRIDIS_0);
    expect(hex(c.colorOf("new"))).toBe(VIRIDIS_1);
    expect(hex(c.colorOf("mid"))).toBe("#21918c");
    expect(c.colorOf("none")).toBe(OTHER_COLOR);
  });

  it("has legend stops from the top of the range down, then the missing entry", () => {
    expect(c.title).toBe("Mean publication year");
    expect(c.legend.map((e) => e.label)).toEqual(["2020", "2010", "2000", "no value"]);
    expect(hex(c.legend[0].color)).toBe(VIRIDIS_1);
  });

  it("clips a lone outlier to the end colour instead of stretching the scale", () => {
    const many = new Map<string, number | null>([["outlier", 1929]]);
    for (let i = 0; i < 99; i++) many.set(`a${i}`, 2000 + (i % 21));
    const clipped = continuousColoring(many, { stops: 2 });
    // 100 values, 2 % clipped at each end: the scale runs from 2000 to 2020.
    expect(hex(clipped.colorOf("outlier"))).toBe(VIRIDIS_0);
    expect(clipped.colorOf("a0")).toBe(clipped.colorOf("outlier"));
    expect(clipped.legend.map((e) => e.label)).toEqual(["2020", "≤ 2000"]);
  });

  it("spaces skewed counts on a log scale", () => {
    const cites = continuousColoring(
      new Map([
        ["a", 0],
        ["b", 9],
        ["c", 99],
      ]),
      { log: true, stops: 3 },
    );
    // log1p(9) / log1p(99) = 0.5: the middle of the ramp.
    expect(hex(cites.colorOf("b"))).toBe("#21918c");
    expect(cites.legend.map((e) => e.label)).toEqual(["99", "9", "0"]);
  });
});

describe("categoricalColoring", () => {
  it("gives the most frequent category the first colour and the rest in palette order", () => {
    const c = categoricalColoring(
      new Map<string, string | null>([
        ["a", "x.bib"],
        ["b", "y.ris"],
        ["c", "y.ris"],
        ["d", null],
      ]),
      "Source file",
    );
    expect(c.colorOf("b")).toBe(COMMUNITY_PALETTE[0]);
    expect(c.colorOf("a")).toBe(COMMUNITY_PALETTE[1]);
    expect(c.colorOf("d")).toBe(OTHER_COLOR);
    expect(c.legend.map((e) => e.label)).toEqual(["y.ris", "x.bib"]);
  });
});

describe("coloringFor", () => {
  const corpus: Corpus = {
    papers: [
      {
        id: "p1",
        title: "A",
        year: 2000,
        citations: 4,
        authors: ["a", "b"],
        file: "d/one.bib",
        line: 1,
      },
      { id: "p2", title: "B", year: 2010, authors: ["b"], file: "two.ris", line: 1 },
      { id: "p3", title: "C", citations: 6, authors: ["c", "b"], file: "two.ris", line: 2 },
    ],
    authors: ["a", "b", "c"].map((id) => ({ id, name: id, variants: [] })),
    links: [],
    owners: [],
    files: [],
    warnings: [],
  };

  it("colours community by the scene (null), years by mean and first year", () => {
    expect(coloringFor("community", corpus)).toBeNull();
    const mean = coloringFor("year", corpus);
    // a: 2000, b: mean(2000, 2010) = 2005, c: no dated paper.
    expect(hex(mean?.colorOf("a") ?? "")).toBe(VIRIDIS_0);
    expect(hex(mean?.colorOf("b") ?? "")).toBe(VIRIDIS_1);
    expect(mean?.colorOf("c")).toBe(OTHER_COLOR);
    const first = coloringFor("first-year", corpus);
    expect(first?.colorOf("a")).toBe(first?.colorOf("b"));
  });

  it("sums citations and names files without their folder", () => {
    const cites = coloringFor("citations", corpus);
    // a: 4, b: 4 + 6 = 10, c: 6.
    expect(hex(cites?.colorOf("a") ?? "")).toBe(VIRIDIS_0);
    expect(hex(cites?.colorOf("b") ?? "")).toBe(VIRIDIS_1);
    // a and b are first met in d/one.bib, c in two.ris.
    expect(coloringFor("file", corpus)?.legend.map((e) => e.label)).toEqual(["one.bib", "two.ris"]);
  });
});
