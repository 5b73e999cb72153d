// Possible duplicates as listed: rejected pairs hidden, limits, evidence in words; decisions to undo.
import { describe, expect, it } from "vitest";
import type { MergeSuggestion } from "../../src/parse/merge-suggestions.ts";
import {
  describeDecisions,
  describeSuggestion,
  hasDecision,
  nameList,
  pairKey,
  visibleSuggestions,
  withoutDecision,
} from "../../src/view/merge-list.ts";

const suggestion = (keep: string, merge: string, over: Partial<MergeSuggestion> = {}) =>
  ({
    keep,
    merge,
    keepName: keep.toUpperCase(),
    mergeName: merge.toUpperCase(),
    score: 0.5,
    evidence: {
      reason: "initials match the full given name",
      sharedCoauthors: [],
      sharedVenues: [],
      samePapers: [],
      papers: [[], []],
      coPapers: [],
      alternatives: 0,
    },
    ...over,
  }) as MergeSuggestion;

const NAMES: Record<string, string> = { "ling liu": "Ling Liu", "fatih ilhan": "Fatih Ilhan" };
const TITLES: Record<string, string> = { p1: "Paper One", p2: "Paper Two", p3: "Paper Three" };
const nameOf = (id: string) => NAMES[id] ?? id;
const titleOf = (id: string) => TITLES[id] ?? id;

describe("visibleSuggestions", () => {
  const list = [suggestion("a", "b"), suggestion("c", "d"), suggestion("e", "f")];

  it("hides rejected pairs in either order and keeps the given order", () => {
    const { shown, more } = visibleSuggestions(list, [{ keep: "d", merge: "c" }]);
    expect(shown.map((s) => s.keep)).toEqual(["a", "e"]);
    expect(more).toBe(0);
  });

  it("lists at most `limit` and counts the rest", () => {
    const { shown, more } = visibleSuggestions(list, [], { limit: 1 });
    expect(shown.map((s) => s.keep)).toEqual(["a"]);
    expect(more).toBe(2);
  });
});

describe("pairKey and nameList", () => {
  it("gives one key for both orders and different keys for different pairs", () => {
    expect(pairKey("x", "y")).toBe(pairKey("y", "x"));
    expect(pairKey("x", "y")).not.toBe(pairKey("x", "z"));
  });

  it("writes out at most `max` names", () => {
    expect(nameList(["A", "B"], 2)).toBe("A, B");
    expect(nameList(["A", "B", "C", "D"], 2)).toBe("A, B and 2 more");
  });
});

describe("describeSuggestion", () => {
  it("names shared coauthors, counts papers of each, lists titles", () => {
    const item = describeSuggestion(
      suggestion("tiansheng huang", "t huang", {
        keepName: "Tiansheng Huang",
        mergeName: "T. Huang",
        score: 0.64,
        evidence: {
          reason: "initials match the full given name",
          sharedCoauthors: ["ling liu", "fatih ilhan"],
          sharedVenues: [],
          samePapers: ["p3"],
          papers: [["p1", "p2"], ["p3"]],
          coPapers: [],
          alternatives: 0,
        },
      }),
      nameOf,
      titleOf,
    );
    expect(item.decision).toEqual({
      keep: "tiansheng huang",
      merge: "t huang",
      keepName: "Tiansheng Huang",
      mergeName: "T. Huang",
    });
    expect(item.score).toBe("0.64");
    expect(item.coauthors).toBe("Shared coauthors (2): Ling Liu, Fatih Ilhan");
    expect(item.samePapers).toBe("Same paper in two versions: 1");
    expect(item.coPapers).toBeNull();
    expect(item.papers).toEqual([
      { label: "Tiansheng Huang: 2 papers", titles: ["Paper One", "Paper Two"], more: 0 },
      { label: "T. Huang: 1 paper", titles: ["Paper Three"], more: 0 },
    ]);
  });

  it("says when there is no shared coauthor, warns about a shared byline, cuts long lists", () => {
    const item = describeSuggestion(
      suggestion("a", "b", {
        evidence: {
          reason: "r",
          sharedCoauthors: [],
          sharedVenues: [],
          samePapers: [],
          papers: [["p1", "p2", "p3"], ["p1"]],
          coPapers: ["p1"],
          alternatives: 1,
        },
      }),
      nameOf,
      titleOf,
      { maxTitles: 2 },
    );
    expect(item.coauthors).toBe("No shared coauthors");
    expect(item.samePapers).toBeNull();
    expect(item.coPapers).toBe("Both on the same byline: 1 paper (speaks against)");
    expect(item.papers[0]).toEqual({
      label: "A: 3 papers",
      titles: ["Paper One", "Paper Two"],
      more: 1,
    });
  });
});

describe("describeDecisions", () => {
  it("lists accepted merges, then rejections, each latest first, with names", () => {
    const items = describeDecisions(
      [
        { keep: "ling liu", merge: "l liu" },
        { keep: "fatih ilhan", merge: "f ilhan" },
      ],
      [{ keep: "ling liu", merge: "fatih ilhan" }],
      nameOf,
    );
    expect(items.map((i) => [i.kind, i.text, i.undoLabel])).toEqual([
      ["accepted", "Merged “f ilhan” into “Fatih Ilhan”", "Undo: split f ilhan from Fatih Ilhan"],
      ["accepted", "Merged “l liu” into “Ling Liu”", "Undo: split l liu from Ling Liu"],
      [
        "rejected",
        "Kept “Ling Liu” and “Fatih Ilhan” apart",
        "Undo: review Ling Liu and Fatih Ilhan again",
      ],
    ]);
    expect(items[0].decision).toEqual({ keep: "fatih ilhan", merge: "f ilhan" });
  });

  it("names a decision by the names it was taken with, before any lookup", () => {
    const [item] = describeDecisions(
      [
        {
          keep: "thomas seidl 0001",
          merge: "t seidl",
          keepName: "Thomas Seidl",
          mergeName: "T. Seidl",
        },
      ],
      [],
      nameOf,
    );
    expect(item.text).toBe("Merged “T. Seidl” into “Thomas Seidl”");
  });
});

describe("hasDecision", () => {
  it("finds a decision on the same pair in either order", () => {
    const decisions = [{ keep: "a", merge: "b" }];
    expect(hasDecision(decisions, { keep: "b", merge: "a" })).toBe(true);
    expect(hasDecision(decisions, { keep: "a", merge: "c" })).toBe(false);
  });
});

describe("withoutDecision", () => {
  it("drops the decision on the same pair, in either order, and keeps the rest in order", () => {
    const decisions = [
      { keep: "a", merge: "b" },
      { keep: "c", merge: "d" },
      { keep: "e", merge: "f" },
    ];
    expect(withoutDecision(decisions, { keep: "d", merge: "c" })).toEqual([
      { keep: "a", merge: "b" },
      { keep: "e", merge: "f" },
    ]);
    expect(withoutDecision(decisions, { keep: "x", merge: "y" })).toEqual(decisions);
  });
});
