// Tests for CSL-JSON parsing (its JSON record reader is tested in json-arrays.test.ts).
import { describe, expect, it } from "vitest";
import { cslName, cslYear, parseCslJson, sniffCslJson } from "../../src/parse/csl-json.ts";

const ITEMS = `[
  {
    "id": "a",
    "type": "article-journal",
    "title": "Deep <i>learning</i> of <span class=\\"nocase\\">graphs</span>",
    "author": [
      {"family": "Huang", "given": "Tiansheng"},
      {"family": "Aalst", "given": "Wil", "non-dropping-particle": "van der"},
      {"family": "Ribeiro", "given": "José W.", "suffix": "Jr"},
      {"literal": "The STREAM Group"}
    ],
    "issued": {"date-parts": [[2021, 5]]},
    "container-title": "Journal of Graphs",
    "DOI": "10.1000/XYZ",
    "abstract": "Text."
  },
  {
    "id": "b", "type": "book", "title": "Authorless",
    "issued": {"raw": "1999"}
  }
]`;

describe("cslName and cslYear", () => {
  it("builds display names from name parts", () => {
    expect(cslName({ family: "Aalst", given: "Wil", "non-dropping-particle": "van der" })).toEqual({
      name: "Wil van der Aalst",
      key: "wil van der aalst",
    });
    expect(
      cslName({ family: "Beethoven", given: "Ludwig", "dropping-particle": "van" })?.name,
    ).toBe("Ludwig van Beethoven");
    expect(cslName({ literal: "{The STREAM Group}" })?.name).toBe("The STREAM Group");
    expect(cslName({ family: "Seidl 0001", given: "Thomas" })).toEqual({
      name: "Thomas Seidl",
      key: "thomas seidl 0001",
    });
    expect(cslName({ literal: "Anonymous" })).toBeNull();
    expect(cslName({})).toBeNull();
    expect(cslName(42)).toBeNull();
  });

  it("reads every date shape", () => {
    expect(cslYear({ "date-parts": [[2021, 5]] })).toBe(2021);
    expect(cslYear({ "date-parts": [["2019"]] })).toBe(2019);
    expect(cslYear({ raw: "2019-03" })).toBe(2019);
    expect(cslYear({ literal: "Spring 2001" })).toBe(2001);
    expect(cslYear("2010")).toBe(2010);
    expect(cslYear(undefined)).toBeUndefined();
  });
});

describe("parseCslJson", () => {
  it("reads titles without markup, authors, year, venue, DOI and abstract", () => {
    const result = parseCslJson(ITEMS, { file: "z.json" });
    expect(result.format).toBe("csl-json");
    expect(result.papers[0]).toEqual({
      title: "Deep learning of graphs",
      authors: [
        { name: "Tiansheng Huang", key: "tiansheng huang" },
        { name: "Wil van der Aalst", key: "wil van der aalst" },
        { name: "José W. Ribeiro Jr", key: "jose w ribeiro jr" },
        { name: "The STREAM Group", key: "the stream group" },
      ],
      year: 2021,
      venue: "Journal of Graphs",
      doi: "10.1000/XYZ",
      abstract: "Text.",
      line: 2,
    });
    expect(result.papers[1]).toEqual({ title: "Authorless", authors: [], year: 1999, line: 17 });
    expect(result.warnings).toEqual([
      {
        file: "z.json",
        line: 17,
        message: "1 record without authors left out (not part of the coauthor network): line 17",
      },
    ]);
  });

  it("skips malformed items with their line and loads the rest", () => {
    const text =
      '[\n{"title": "A", "author": [{"family": "X", "given": "Y"}]},\n{"title": "B" "author": []},\n"oops",\n{"title": "C", "author": [{"family": "Z"}]}\n]';
    const result = parseCslJson(text, { file: "m.json" });
    expect(result.papers.map((p) => p.title)).toEqual(["A", "C"]);
    expect(result.warnings.map((w) => w.line)).toEqual([3, 4]);
    expect(result.warnings[0].message).toMatch(/^malformed JSON item skipped/);
    expect(result.warnings[1].message).toBe("item is not a JSON object; skipped");
  });
});

describe("sniffCslJson", () => {
  it("claims CSL-JSON, not OpenAlex or VOSviewer", () => {
    expect(sniffCslJson(ITEMS)).toBeGreaterThan(0.5);
    expect(
      sniffCslJson(
        '{"results": [{"id": "https://openalex.org/W1", "title": "t", "type": "article", "authorships": []}]}',
      ),
    ).toBe(0);
    expect(sniffCslJson('{"network": {"items": [{"id": 1, "label": "x"}]}}')).toBe(0);
    expect(sniffCslJson("@article{a,}")).toBe(0);
  });
});
