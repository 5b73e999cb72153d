// "Accept all above": which suggestions a group takes, the store's group accept / one Undo, listing.
import { describe, expect, it } from "vitest";
import type { MergeDecision, MergeSuggestion } from "../../src/parse/merge-suggestions.ts";
import {
  describeDecisionsWithGroups,
  groupAtOrAbove,
  type MergeGroup,
} from "../../src/view/merge-group.ts";
import { mergesReducer } from "../../src/view/store/merges-reducer.ts";
import { initialState, type MergesState } from "../../src/view/store/state.ts";

const suggestion = (keep: string, merge: string, score: number, alternatives = 0) =>
  ({
    keep,
    merge,
    keepName: keep.toUpperCase(),
    mergeName: merge.toUpperCase(),
    score,
    evidence: {
      reason: "r",
      sharedCoauthors: [],
      sharedVenues: [],
      samePapers: [],
      papers: [[], []],
      coPapers: [],
      alternatives,
    },
  }) as MergeSuggestion;

const d = (keep: string, merge: string): MergeDecision => ({
  keep,
  merge,
  keepName: keep.toUpperCase(),
  mergeName: merge.toUpperCase(),
});

// Sorted by score as suggestMerges returns them.
const LIST = [
  suggestion("a", "a2", 0.9),
  suggestion("b", "b2", 0.85),
  suggestion("t huang", "tao", 0.8, 1), // ambiguous: T. Huang also fits another author
  suggestion("c", "c2", 0.8),
  suggestion("d", "d2", 0.6),
];

describe("groupAtOrAbove", () => {
  it("takes every open, unambiguous suggestion at or above the threshold, in order", () => {
    const choice = groupAtOrAbove(LIST, [], [], 0.8);
    // 0.9, 0.85 and 0.8 (c) are taken; t huang (0.8) is ambiguous; d (0.6) is below.
    expect(choice.group).toEqual({
      threshold: 0.8,
      decisions: [d("a", "a2"), d("b", "b2"), d("c", "c2")],
    });
    expect(choice.ambiguous).toBe(1);
    expect(choice.joined).toBe(0);
  });

  it("leaves out decided pairs (either order) and pairs the others already join", () => {
    const triangle = [
      suggestion("x", "y", 0.9),
      suggestion("y", "z", 0.9),
      suggestion("x", "z", 0.9),
      suggestion("a", "a2", 0.9),
    ];
    // a–a2 rejected (written the other way round): left out. x–y, y–z join x, y, z: x–z is joined.
    const choice = groupAtOrAbove(triangle, [], [d("a2", "a")], 0);
    expect(choice.group.decisions).toEqual([d("x", "y"), d("y", "z")]);
    expect(choice.joined).toBe(1);
    // With x–z accepted already: x–y joins, then y–z is joined through x.
    const after = groupAtOrAbove(triangle.slice(0, 2), [d("x", "z")], [], 0);
    expect(after.group.decisions).toEqual([d("x", "y")]);
    expect(after.joined).toBe(1);
  });

  it("takes nothing above the best score", () => {
    expect(groupAtOrAbove(LIST, [], [], 0.95).group.decisions).toEqual([]);
  });
});

describe("accepting a group and undoing it in the store", () => {
  const base: MergesState = {
    ...initialState().merges,
    accepted: [d("p", "q")],
    rejected: [d("r", "s")],
    suggestions: LIST,
  };
  const ready = initialState().load;
  const group: MergeGroup = { threshold: 0.8, decisions: [d("a", "a2"), d("b", "b2")] };

  it("accepts the group's pairs together; one Undo gives back exactly the previous state", () => {
    const accepted = mergesReducer(base, { type: "mergeGroupAccepted", group }, ready);
    expect(accepted.accepted).toEqual([d("p", "q"), d("a", "a2"), d("b", "b2")]);
    expect(accepted.groups).toEqual([group]);
    const undone = mergesReducer(accepted, { type: "mergeGroupUndone", group }, ready);
    expect(undone).toEqual(base);
  });

  it("two groups: undoing the first leaves the second and the single merge", () => {
    const second: MergeGroup = { threshold: 0.6, decisions: [d("d", "d2")] };
    const s1 = mergesReducer(base, { type: "mergeGroupAccepted", group }, ready);
    const s2 = mergesReducer(s1, { type: "mergeGroupAccepted", group: second }, ready);
    const s3 = mergesReducer(s2, { type: "mergeGroupUndone", group }, ready);
    expect(s3.accepted).toEqual([d("p", "q"), d("d", "d2")]);
    expect(s3.groups).toEqual([second]);
  });

  it("takes no decision twice, and nothing when every pair is decided already", () => {
    const overlapping: MergeGroup = {
      threshold: 0.5,
      decisions: [d("q", "p"), d("s", "r"), d("a", "a2"), d("a2", "a")],
    };
    const s = mergesReducer(base, { type: "mergeGroupAccepted", group: overlapping }, ready);
    // q–p is accepted and s–r rejected already; a2–a repeats a–a2.
    expect(s.accepted).toEqual([d("p", "q"), d("a", "a2")]);
    expect(s.groups).toEqual([{ threshold: 0.5, decisions: [d("a", "a2")] }]);
    const none: MergeGroup = { threshold: 0.5, decisions: [d("p", "q")] };
    expect(mergesReducer(base, { type: "mergeGroupAccepted", group: none }, ready)).toBe(base);
    // Undoing a group that is not there changes nothing.
    expect(mergesReducer(base, { type: "mergeGroupUndone", group }, ready)).toBe(base);
  });

  it("undoing one merge of a group takes it out of the group; the last one drops the group", () => {
    const s1 = mergesReducer(base, { type: "mergeGroupAccepted", group }, ready);
    const s2 = mergesReducer(
      s1,
      { type: "mergeUndone", kind: "accepted", decision: d("a", "a2") },
      ready,
    );
    expect(s2.groups).toEqual([{ threshold: 0.8, decisions: [d("b", "b2")] }]);
    const s3 = mergesReducer(
      s2,
      { type: "mergeUndone", kind: "accepted", decision: d("b2", "b") },
      ready,
    );
    expect(s3.groups).toEqual([]);
    expect(s3.accepted).toEqual([d("p", "q")]);
  });

  it("nothing is accepted while the user's new files replace the shown ones", () => {
    const replacing = { ...ready, phase: "replacing" as const };
    expect(mergesReducer(base, { type: "mergeGroupAccepted", group }, replacing)).toBe(base);
  });
});

describe("describeDecisionsWithGroups", () => {
  it("lists a group as one line with its pairs, at its place, the latest first", () => {
    const group: MergeGroup = { threshold: 0.8, decisions: [d("a", "a2"), d("b", "b2")] };
    const items = describeDecisionsWithGroups(
      [d("p", "q"), d("a", "a2"), d("b", "b2"), d("c", "c2")],
      [d("r", "s")],
      [group],
      (id) => id,
    );
    expect(items.map((i) => i.text)).toEqual([
      "Merged “C2” into “C”",
      "Merged 2 pairs at score ≥ 0.80",
      "Merged “Q” into “P”",
      "Kept “R” and “S” apart",
    ]);
    const g = items[1];
    expect(g.kind).toBe("group");
    if (g.kind === "group") expect(g.pairs).toEqual(["“A2” into “A”", "“B2” into “B”"]);
  });
});
