// Community summary on the seven-author fixture, every value counted by hand.
import { describe, expect, it } from "vitest";
import { buildCoauthorGraph } from "../../src/graph/coauthor-graph.ts";
import { filterGraph } from "../../src/graph/filters.ts";
import { communitySizes, communitySummary } from "../../src/metrics/community-summary.ts";
import { FIXTURE } from "../graph/fixture.ts";

// Edges: A–B (p1, p2), A–C (p1), B–C (p1), C–D (p3), D–E (p4), F–G (p5).
const graph = buildCoauthorGraph(FIXTURE);
const COMMUNITY: Record<string, number> = { A: 0, B: 0, C: 0, D: 1, E: 1, F: 2, G: 2 };
const authorPapers = new Map<string, string[]>();
for (const p of FIXTURE.papers)
  for (const a of p.authors) authorPapers.set(a, [...(authorPapers.get(a) ?? []), p.id]);
// Degrees: A 2, B 2, C 3, D 2, E 1, F 1, G 1.
const degree = (id: string) => graph.degree(id);
const input = { graph, communityOf: (id: string) => COMMUNITY[id], authorPapers, score: degree };

describe("communitySummary", () => {
  it("community {A, B, C}: 4 papers, 3 internal links, 1 external (C–D)", () => {
    expect(communitySummary({ ...input, topCount: 2 }, 0)).toEqual({
      community: 0,
      // C has degree 3; A and B 2 each, tie broken by id.
      members: ["C", "A", "B"],
      papers: 4, // p1, p2, p3 (C), p6 (A alone)
      topAuthors: ["C", "A"],
      internalLinks: 3,
      externalLinks: 1,
    });
  });

  it("community {D, E}: papers p3 and p4, D–E inside, C–D crossing", () => {
    const s = communitySummary(input, 1);
    expect([s.members, s.papers, s.internalLinks, s.externalLinks]).toEqual([["D", "E"], 2, 1, 1]);
  });

  it("community {F, G}: a component of its own, no external link", () => {
    const s = communitySummary(input, 2);
    expect([s.papers, s.internalLinks, s.externalLinks]).toEqual([1, 1, 0]);
  });

  it("counts only what the filters show", () => {
    // At least 2 shared papers: only A–B stays, and authors with 2+ papers: A (3), B (2), C (2), D (2).
    const visible = filterGraph(graph, { minPapers: 2, minWeight: 2 });
    const s = communitySummary({ ...input, visible }, 0);
    expect([s.members.length, s.internalLinks, s.externalLinks]).toEqual([3, 1, 0]);
    expect(communitySummary({ ...input, visible }, 1).members).toEqual(["D"]);
  });

  it("an absent community is empty", () => {
    expect(communitySummary(input, 9)).toMatchObject({
      members: [],
      papers: 0,
      internalLinks: 0,
      externalLinks: 0,
    });
  });
});

describe("communitySizes", () => {
  it("3, 2 and 2 authors", () => {
    expect([...communitySizes(graph, (id) => COMMUNITY[id])]).toEqual([
      [0, 3],
      [1, 2],
      [2, 2],
    ]);
  });
});
