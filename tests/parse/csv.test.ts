// Tests for CSV/TSV tables: column finding, author-list styles, quoting, broken rows.
import { describe, expect, it } from "vitest";
import { detectAuthorListStyle, parseCsv, sniffCsv, splitAuthorCell } from "../../src/parse/csv.ts";

const names = (cell: string, style: Parameters<typeof splitAuthorCell>[1]): string[] =>
  splitAuthorCell(cell, style).names.map((n) => n.name);

describe("detectAuthorListStyle", () => {
  it("tells the five styles apart over a whole column", () => {
    expect(detectAuthorListStyle(["Huang, T.; Liu, L.", "Smith, J."])).toBe("semicolon");
    expect(detectAuthorListStyle(["Huang, Tiansheng and Liu, Ling", "Smith, John"])).toBe(
      "and-bibtex",
    );
    expect(detectAuthorListStyle(["Tiansheng Huang, Ling Liu and Sihao Hu", "John Smith"])).toBe(
      "and-list",
    );
    expect(detectAuthorListStyle(["Huang, Tiansheng, Liu, Ling", "Smith, John"])).toBe("pairs");
    expect(detectAuthorListStyle(["Tiansheng Huang, Ling Liu", "John Smith"])).toBe("names");
    expect(detectAuthorListStyle(["Porter D.E., Kelsey R.H."])).toBe("names");
  });
});

describe("splitAuthorCell", () => {
  it("splits each style into First Last names", () => {
    expect(names("Huang, Tiansheng; Ling Liu; Ribeiro, Jr, J.W.", "semicolon")).toEqual([
      "Tiansheng Huang",
      "Ling Liu",
      "J.W. Ribeiro Jr",
    ]);
    expect(names("Huang, Tiansheng and Liu, Ling", "and-bibtex")).toEqual([
      "Tiansheng Huang",
      "Ling Liu",
    ]);
    expect(names("Tiansheng Huang, Ling Liu, and Sihao Hu", "and-list")).toEqual([
      "Tiansheng Huang",
      "Ling Liu",
      "Sihao Hu",
    ]);
    expect(names("Huang, Tiansheng, Liu, Ling", "pairs")).toEqual(["Tiansheng Huang", "Ling Liu"]);
    expect(names("Porter D.E., Kelsey R.H.", "names")).toEqual(["D.E. Porter", "R.H. Kelsey"]);
  });

  it("drops Scopus author ids and placeholders", () => {
    expect(
      names("Porter, Dwayne E. (7202283727); Kelsey, R. Heath (6603071111)", "semicolon"),
    ).toEqual(["Dwayne E. Porter", "R. Heath Kelsey"]);
    const split = splitAuthorCell("[No author name available]", "semicolon");
    expect(split).toEqual({ names: [], dropped: ["[No author name available]"] });
    expect(splitAuthorCell("Doe, J.; et al.", "semicolon").dropped).toEqual(["et al."]);
  });
});

describe("parseCsv", () => {
  it("reads a Scopus-like export with quoted, multi-line cells", () => {
    const text =
      "\uFEFFAuthors,Author full names,Title,Year,Source title,DOI,Abstract\r\n" +
      '"Porter D.E.; Kelsey R.H.","Porter, Dwayne E. (7202283727); Kelsey, R. Heath (6603071111)","Observing, and ""monitoring""",2023,Oceans,10.1016/B978-0-323,"Line one\nline two"\r\n' +
      '"Smith J.","Smith, John (57190000003)",Second,2020,,,[No abstract available]\r\n';
    const result = parseCsv(text, { file: "scopus.csv" });
    expect(result.warnings).toEqual([]);
    expect(result.papers).toEqual([
      {
        title: 'Observing, and "monitoring"',
        authors: [
          { name: "Dwayne E. Porter", key: "dwayne e porter" },
          { name: "R. Heath Kelsey", key: "r heath kelsey" },
        ],
        year: 2023,
        venue: "Oceans",
        doi: "10.1016/B978-0-323",
        abstract: "Line one\nline two",
        line: 2,
      },
      {
        title: "Second",
        authors: [{ name: "John Smith", key: "john smith" }],
        year: 2020,
        line: 4,
      },
    ]);
  });

  it("reads a tab-separated Web of Science table and a semicolon-separated one", () => {
    const wos = "PT\tAU\tAF\tTI\tSO\tPY\nJ\tHuang, T\tHuang, Tiansheng\tA title\tJ. X\t2021\n";
    expect(parseCsv(wos, { file: "wos.txt" }).papers[0]).toMatchObject({
      title: "A title",
      authors: [{ name: "Tiansheng Huang" }],
      venue: "J. X",
      year: 2021,
    });
    const semi = "title;authors\nT;Ann Lee, Bo Chen\n";
    expect(parseCsv(semi, { file: "s.csv" }).papers[0].authors.map((a) => a.name)).toEqual([
      "Ann Lee",
      "Bo Chen",
    ]);
  });

  it("warns about broken rows with their lines and loads the rest", () => {
    const text =
      'title,authors,year\nGood,"Ann Lee",2001\n,,\nNo authors,,2002\nShort\nLast,"Bo Chen\n';
    const result = parseCsv(text, { file: "b.csv" });
    expect(result.papers.map((p) => [p.title, p.line])).toEqual([
      ["Good", 2],
      ["No authors", 4],
      ["Short", 5],
      ["Last", 6],
    ]);
    const byLine = result.warnings.map((w) => [w.line, w.message]);
    expect(byLine).toContainEqual([3, "row at line 3 has neither title nor authors; skipped"]);
    expect(byLine).toContainEqual([
      4,
      "2 records without authors left out (not part of the coauthor network): lines 4, 5",
    ]);
    expect(byLine).toContainEqual([5, "row at line 5 has 1 cells, the header 3"]);
    expect(
      byLine.some(([line, m]) => line === 6 && /Quoted field unterminated/.test(String(m))),
    ).toBe(true);
  });

  it("throws when the header lacks a title or an authors column", () => {
    expect(() => parseCsv("name,year\nx,1\n", { file: "n.csv" })).toThrow(
      /coauthor-atlas\/parse: n\.csv: line 1: CSV header needs a title and an authors column/,
    );
  });
});

describe("sniffCsv", () => {
  it("claims tables with title and authors columns only", () => {
    expect(sniffCsv("Title,Authors,Year\nx,y,1")).toBeGreaterThan(0.5);
    expect(sniffCsv("PT\tAU\tTI\nJ\tx\ty")).toBeGreaterThan(0.5);
    expect(sniffCsv("name,year\nx,1")).toBe(0);
    expect(sniffCsv("@article{a, title = {x}, author = {y}}")).toBe(0);
    expect(sniffCsv('[{"title": "x", "authors": "y"}]')).toBe(0);
  });
});
