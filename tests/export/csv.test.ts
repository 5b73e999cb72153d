import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { AUTHOR_METRIC_FIELDS, AUTHOR_YEAR_FIELDS } from "../../src/export/author-fields.ts";
import {
  CSV_BOM,
  formatCsvCell,
  neutralizeFormula,
  quoteCsvField,
  toCsv,
} from "../../src/export/csv.ts";
import {
  AUTHORS_CSV_COLUMNS,
  authorsCsv,
  EDGES_CSV_COLUMNS,
  edgesCsv,
} from "../../src/export/csv-tables.ts";
import { sampleReport } from "./fixtures.ts";

/** Parses our CSV back the way a spreadsheet import would: BOM stripped, header row, no typing. */
function parseBack(text: string): { header: string[]; rows: Record<string, string>[] } {
  expect(text.startsWith(CSV_BOM)).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  return { header: parsed.meta.fields ?? [], rows: parsed.data };
}

describe("CSV cells", () => {
  it("quotes fields with commas, quotes, CR or LF and doubles inner quotes (RFC 4180)", () => {
    expect(quoteCsvField("plain")).toBe("plain");
    expect(quoteCsvField("a,b")).toBe('"a,b"');
    expect(quoteCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(quoteCsvField("two\nlines")).toBe('"two\nlines"');
    expect(quoteCsvField("cr\r")).toBe('"cr\r"');
  });

  it("neutralizes strings starting with = + - @ tab or CR, and nothing else", () => {
    for (const s of ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx"])
      expect(neutralizeFormula(s)).toBe(`'${s}`);
    for (const s of ["a=b", "O'Brien", " =x", "1-2", ""]) expect(neutralizeFormula(s)).toBe(s);
  });

  it("writes numbers as numbers: a negative number is not neutralized", () => {
    expect(formatCsvCell(-0.5)).toBe("-0.5");
    expect(formatCsvCell("-0.5")).toBe("'-0.5");
    expect(formatCsvCell(Number.NaN)).toBe("");
    expect(formatCsvCell(null)).toBe("");
    expect(formatCsvCell(true)).toBe("true");
  });

  it("starts with a BOM and ends every record with CRLF", () => {
    expect(toCsv(["a", "b"], [[1, "x"]])).toBe(`${CSV_BOM}a,b\r\n1,x\r\n`);
    expect(toCsv(["a"], [], { bom: false, newline: "\n" })).toBe("a\n");
  });
});

describe("authorsCsv", () => {
  const report = sampleReport();
  const { header, rows } = parseBack(authorsCsv(report));

  it("has id, name and every metric of the JSON contract as columns", () => {
    expect(header).toEqual(AUTHORS_CSV_COLUMNS);
    const metricKeys = Object.keys(report.authors[0]).filter(
      (k) => k !== "id" && k !== "name" && k !== "ids",
    );
    const columns = [...AUTHOR_METRIC_FIELDS.map((f) => f.key), ...AUTHOR_YEAR_FIELDS];
    expect(columns.sort()).toEqual(metricKeys.sort());
  });

  it("has one row per author with the names and metrics we wrote", () => {
    expect(rows).toHaveLength(report.authors.length);
    rows.forEach((row, i) => {
      const a = report.authors[i];
      for (const f of AUTHOR_METRIC_FIELDS) expect(Number(row[f.key])).toBe(a[f.key]);
    });
    expect(rows[1].name).toBe("Zoë Ünal");
    expect(rows[3].name).toBe('Tom <b>O\'Brien</b> & "Co"\u0007');
  });

  it("neutralizes the formula cells from the file (id and name) and keeps the metrics numeric", () => {
    expect(rows[2].id).toBe("'=cmd");
    expect(rows[2].name).toBe('\'=HYPERLINK("http://x","y")');
    expect(rows[2].pagerank).toBe("0.2");
  });
});

describe("edgesCsv", () => {
  const report = sampleReport();
  const { header, rows } = parseBack(edgesCsv(report));

  it("has one row per coauthorship with names, weight and the shared papers", () => {
    expect(header).toEqual(EDGES_CSV_COLUMNS);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual({
      source: "huang tiansheng",
      target: "unal zoe",
      source_name: "Tiansheng Huang",
      target_name: "Zoë Ünal",
      weight: "2",
      first_year: "2025",
      last_year: "2025",
      paper_ids: "p1; p2",
      paper_titles: 'Safety, "Tax"; +Booster\nline two',
    });
    expect(rows[1].weight).toBe("1.5");
  });

  it("neutralizes names and titles that start a formula", () => {
    expect(rows[1].target).toBe("'=cmd");
    expect(rows[1].target_name).toBe('\'=HYPERLINK("http://x","y")');
    expect(rows[1].paper_titles).toBe("'@home & <away>");
  });
});
