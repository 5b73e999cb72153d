// Tests for OpenAlex works JSON: API pages, arrays, JSON Lines, abstracts, broken works.
import { describe, expect, it } from "vitest";
import { invertedIndexToText, parseOpenAlex, sniffOpenAlex } from "../../src/parse/openalex.ts";

const WORK = {
  id: "https://openalex.org/W2741809807",
  doi: "https://doi.org/10.7717/peerj.4375",
  title: "The state of OA",
  display_name: "The state of OA",
  publication_year: 2018,
  primary_location: { source: { display_name: "PeerJ" } },
  authorships: [
    {
      author_position: "first",
      author: { id: "https://openalex.org/A1", display_name: "Heather Piwowar" },
      raw_author_name: "Heather Piwowar",
    },
    {
      author_position: "middle",
      author: { id: "https://openalex.org/A2", display_name: "Jason Priem" },
    },
    { author_position: "last", author: {}, raw_author_name: "Stefanie Haustein" },
  ],
  abstract_inverted_index: { Despite: [0], growing: [1], interest: [2, 5], in: [3], OA: [4] },
};

describe("invertedIndexToText", () => {
  it("puts every word at each of its positions", () => {
    expect(invertedIndexToText(WORK.abstract_inverted_index)).toBe(
      "Despite growing interest in OA interest",
    );
    expect(invertedIndexToText(null)).toBeUndefined();
    expect(invertedIndexToText({})).toBeUndefined();
  });
});

describe("parseOpenAlex", () => {
  it("reads an API page", () => {
    const page = JSON.stringify({ meta: { count: 1 }, results: [WORK] }, null, 1);
    const result = parseOpenAlex(page, { file: "works.json" });
    expect(result.format).toBe("openalex");
    expect(result.warnings).toEqual([]);
    expect(result.papers).toEqual([
      {
        title: "The state of OA",
        authors: [
          // OpenAlex author ids key the authors who have one.
          { name: "Heather Piwowar", key: "openalex:A1", ids: { openalex: "A1" } },
          { name: "Jason Priem", key: "openalex:A2", ids: { openalex: "A2" } },
          { name: "Stefanie Haustein", key: "stefanie haustein" },
        ],
        year: 2018,
        venue: "PeerJ",
        doi: "10.7717/peerj.4375",
        ids: { openalex: "W2741809807" },
        abstract: "Despite growing interest in OA interest",
        line: 6,
      },
    ]);
  });

  it("reads JSON Lines and skips a broken line with a warning", () => {
    const text = [
      JSON.stringify(WORK),
      '{"id": "https://openalex.org/W2", "title": "Broken" "authorships": []}',
      JSON.stringify({ ...WORK, title: "Second", doi: null, authorships: [] }),
    ].join("\n");
    const result = parseOpenAlex(text, { file: "snap.jsonl" });
    expect(result.papers.map((p) => [p.title, p.line, p.authors.length])).toEqual([
      ["The state of OA", 1, 3],
      ["Second", 3, 0],
    ]);
    expect(result.warnings.map((w) => w.line)).toEqual([2, 3]);
    expect(result.warnings[0].message).toMatch(/^malformed JSON work skipped: /);
    expect(result.warnings[1].message).toBe(
      "1 record without authors left out (not part of the coauthor network): line 3",
    );
  });
});

describe("sniffOpenAlex", () => {
  it("claims OpenAlex works only", () => {
    expect(sniffOpenAlex(JSON.stringify({ results: [WORK] }))).toBeGreaterThan(0.9);
    expect(sniffOpenAlex(JSON.stringify([WORK]))).toBeGreaterThan(0.9);
    expect(sniffOpenAlex('[{"type": "book", "title": "x", "author": [{"family": "a"}]}]')).toBe(0);
    expect(sniffOpenAlex("TY  - JOUR")).toBe(0);
  });
});
