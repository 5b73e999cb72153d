// The one-line evidence of a merge suggestion, as the explorer and the CLI show it.
import { describe, expect, it } from "vitest";
import { evidenceLine } from "../../src/parse/merge-evidence-line.ts";
import type { MergeEvidence, MergeSuggestion } from "../../src/parse/merge-suggestions.ts";

const withEvidence = (over: Partial<MergeEvidence>): MergeSuggestion => ({
  keep: "hans mueller",
  merge: "hans muller",
  keepName: "Hans Mueller",
  mergeName: "Hans Müller",
  score: 0.9,
  evidence: {
    reason: "same name after transliteration (ü = ue)",
    sharedCoauthors: [],
    sharedVenues: [],
    samePapers: [],
    papers: [[], []],
    coPapers: [],
    alternatives: 0,
    ...over,
  },
});

describe("evidenceLine", () => {
  it("says the name agreement and that nothing else speaks for it", () => {
    expect(evidenceLine(withEvidence({}))).toBe(
      "same name after transliteration (ü = ue), no shared coauthors",
    );
  });

  it("counts coauthors, venues, same-byline papers, shared bylines and other matches", () => {
    const line = evidenceLine(
      withEvidence({
        reason: "initials match the full given name",
        sharedCoauthors: ["a", "b", "c"],
        sharedVenues: ["Phys. Rev. D", "JHEP"],
        samePapers: ["p1"],
        coPapers: ["p2", "p3"],
        alternatives: 1,
      }),
    );
    expect(line).toBe(
      "initials match the full given name, 3 shared coauthors, 2 shared venues, " +
        "same byline place in 1 paper, both on 2 papers (against), name also fits 1 other author",
    );
  });

  it("writes one of each in the singular", () => {
    expect(
      evidenceLine(
        withEvidence({ sharedCoauthors: ["a"], sharedVenues: ["JHEP"], alternatives: 2 }),
      ),
    ).toBe(
      "same name after transliteration (ü = ue), 1 shared coauthor, 1 shared venue, " +
        "name also fits 2 other authors",
    );
  });
});
