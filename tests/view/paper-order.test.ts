// The orders of an author's papers: newest, oldest, most cited, title; missing values last.
import { describe, expect, it } from "vitest";
import { paperOrdersFor, sortPapers } from "../../src/view/paper-order.ts";

const p = (title: string, year?: number, citations?: number) => ({ title, year, citations });
const papers = [
  p("beta", 2015, 3),
  p("Alpha", 2020),
  p("gamma", undefined, 10),
  p("delta", 2015, 3),
  p("", 2018, 0),
  p("Épsilon", 2001, 40),
];
const titles = (list: { title: string }[]) => list.map((x) => x.title);

describe("sortPapers", () => {
  it("newest first: years down, ties in given order, undated last", () => {
    expect(titles(sortPapers(papers, "newest"))).toEqual([
      "Alpha",
      "",
      "beta",
      "delta",
      "Épsilon",
      "gamma",
    ]);
  });

  it("oldest first: years up, undated still last", () => {
    expect(titles(sortPapers(papers, "oldest"))).toEqual([
      "Épsilon",
      "beta",
      "delta",
      "",
      "Alpha",
      "gamma",
    ]);
  });

  it("most cited: counts down, ties newest first then given order, uncounted last", () => {
    // 40, 10, 3 (2015), 3 (2015), 0, and Alpha without a count.
    expect(titles(sortPapers(papers, "cited"))).toEqual([
      "Épsilon",
      "gamma",
      "beta",
      "delta",
      "",
      "Alpha",
    ]);
  });

  it("title: case- and accent-insensitive, untitled last", () => {
    expect(titles(sortPapers(papers, "title"))).toEqual([
      "Alpha",
      "beta",
      "delta",
      "Épsilon",
      "gamma",
      "",
    ]);
  });

  it("leaves its input alone", () => {
    const before = titles(papers);
    sortPapers(papers, "title");
    expect(titles(papers)).toEqual(before);
  });
});

describe("paperOrdersFor", () => {
  it("offers most cited only when a paper has a citation count", () => {
    expect(paperOrdersFor(papers)).toEqual(["newest", "oldest", "cited", "title"]);
    expect(paperOrdersFor([p("a", 2000), p("b")])).toEqual(["newest", "oldest", "title"]);
  });
});
