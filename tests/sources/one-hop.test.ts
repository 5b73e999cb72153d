import { describe, expect, it } from "vitest";
import type { Corpus } from "../../src/model/types.ts";
import { planOneHop, specOfAuthorId } from "../../src/sources/one-hop.ts";

const paper = (id: string, authors: string[]) => ({ id, title: id, authors, file: "f", line: 1 });
const corpus: Corpus = {
  papers: [
    paper("p1", ["openalex:A1", "openalex:A2", "dblp:55/3871"]),
    paper("p2", ["openalex:A1", "openalex:A2", "jane roe"]),
    paper("p3", ["openalex:A1", "openalex:A3"]),
    paper("p4", ["openalex:A2", "openalex:A9"]),
  ],
  authors: [],
  links: [],
  owners: [],
  files: [],
  warnings: [],
};

describe("planOneHop", () => {
  it("ranks coauthors by shared papers, keeps those a source can fetch, caps them", () => {
    const plan = planOneHop(corpus, "openalex:A1", { cap: 2 });
    // A2 shares 2 papers; dblp:55/3871 and A3 one each (ties by id: "dblp:…" < "openalex:A3").
    expect(plan.specs).toEqual([
      { kind: "openalex", id: "A2" },
      { kind: "dblp", pid: "55/3871" },
    ]);
    expect(plan).toMatchObject({ coauthors: 4, fetchable: 3, capped: 1 });
    // One OpenAlex author: a page and the closing empty page (a third if a byline was cut); one dblp page.
    expect(plan.requests).toEqual({ min: 3, max: 4 });
    expect(planOneHop(corpus, "jane roe").specs).toHaveLength(2);
    expect(planOneHop(corpus, "nobody").specs).toEqual([]);
  });

  it("maps corpus ids to sources", () => {
    expect(specOfAuthorId("openalex:A5023888391")).toEqual({ kind: "openalex", id: "A5023888391" });
    expect(specOfAuthorId("dblp:95/7448-1")).toEqual({ kind: "dblp", pid: "95/7448-1" });
    expect(specOfAuthorId("jane roe")).toBeNull();
  });
});
