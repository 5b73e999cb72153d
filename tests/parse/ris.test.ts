// Tests for the RIS parser: tags, names, years, venues, wrapped values, broken records.
import { describe, expect, it } from "vitest";
import { parseRis, sniffRis } from "../../src/parse/ris.ts";

const RECORD = [
  "\uFEFFTY  - JOUR",
  "AU  - Ribeiro, Jr, J.W.",
  "AU  - de Melo, T.N.",
  "A2  - Editor, E.",
  "TI  - Acoustic monitoring",
  "  of birds",
  "PY  - 2022///",
  "T2  - Ecological Indicators",
  "J2  - Ecol. Indic.",
  "DO  - 10.1016/j.ecolind.2022.108785",
  "AB  - An abstract.",
  "ER  - ",
  "",
].join("\r\n");

describe("parseRis", () => {
  it("reads one Scopus-style record with BOM and CRLF", () => {
    const result = parseRis(RECORD, { file: "s.ris" });
    expect(result.warnings).toEqual([]);
    expect(result.papers).toEqual([
      {
        title: "Acoustic monitoring of birds",
        authors: [
          { name: "J.W. Ribeiro Jr", key: "j w ribeiro jr" },
          { name: "T.N. de Melo", key: "t n de melo" },
        ],
        year: 2022,
        venue: "Ecological Indicators",
        doi: "10.1016/j.ecolind.2022.108785",
        abstract: "An abstract.",
        line: 1,
      },
    ]);
  });

  it("accepts A1/T1/Y1/JF/N2 and a doi.org UR", () => {
    const text = `TY  - CONF
A1  - Smith, John
A1  - Jones, Ann
T1  - Old style
Y1  - 1998/05/01/
JF  - Proceedings of X
N2  - Abstract two.
UR  - https://doi.org/10.5555/abc
ER  -
`;
    const [paper] = parseRis(text, { file: "o.ris" }).papers;
    expect(paper).toMatchObject({
      title: "Old style",
      year: 1998,
      venue: "Proceedings of X",
      doi: "10.5555/abc",
      abstract: "Abstract two.",
    });
    expect(paper.authors.map((a) => a.name)).toEqual(["John Smith", "Ann Jones"]);
  });

  it("reports a record without authors and drops placeholders, one summary each", () => {
    const text = `TY  - BOOK
TI  - No authors here
ER  - 
TY  - JOUR
AU  - Anonymous
AU  - Doe, J.
TI  - Some
ER  - 
`;
    const result = parseRis(text, { file: "a.ris" });
    expect(result.papers.map((p) => [p.title, p.authors.map((a) => a.name)])).toEqual([
      ["No authors here", []],
      ["Some", ["J. Doe"]],
    ]);
    // One summary per kind, each at its first line.
    expect(result.warnings.map((w) => [w.line, w.message])).toEqual([
      [1, "1 record without authors left out (not part of the coauthor network): line 1"],
      [4, '1 placeholder author dropped ("Anonymous"): line 4'],
    ]);
  });

  it("repairs a missing ER and a missing TY, and warns about stray text, with lines", () => {
    const text = `junk before
TY  - JOUR
AU  - One, A.
TI  - First
TY  - JOUR
AU  - Two, B.
TI  - Second
ER  - 
AU  - Three, C.
TI  - Third
ER  - 
`;
    const result = parseRis(text, { file: "b.ris" });
    expect(result.papers.map((p) => p.title)).toEqual(["First", "Second", "Third"]);
    expect(result.papers.map((p) => p.line)).toEqual([2, 5, 9]);
    expect(result.warnings.map((w) => w.line)).toEqual([1, 2, 9]);
    expect(result.warnings[0].message).toMatch(/text outside a record ignored/);
    expect(result.warnings[1].message).toMatch(/has no ER line; it ends at line 5/);
    expect(result.warnings[2].message).toMatch(/AU line before any TY line/);
  });

  it("warns about a last record that is never closed, and keeps it", () => {
    const result = parseRis("TY  - JOUR\nAU  - One, A.\nTI  - Open", { file: "c.ris" });
    expect(result.papers).toHaveLength(1);
    expect(result.warnings).toMatchObject([{ line: 1, file: "c.ris" }]);
  });
});

describe("sniffRis", () => {
  it("claims RIS and nothing else", () => {
    expect(sniffRis(RECORD)).toBeGreaterThan(0.9);
    expect(sniffRis("@article{a, title={b}}")).toBe(0);
    expect(sniffRis("Title,Authors\nx,y")).toBe(0);
    expect(sniffRis("")).toBe(0);
  });
});
