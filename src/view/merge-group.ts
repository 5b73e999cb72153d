// "Accept all above": which open suggestions at or above a score are accepted together as one group.
import type { MergeDecision, MergeSuggestion } from "../parse/merge-suggestions.ts";
import { describeDecisions, pairKey, type DecisionItem } from "./merge-list.ts";

/** Merges accepted together at one score threshold; one Undo takes them all back. */
export interface MergeGroup {
  /** The lowest score accepted (the user's threshold). */
  threshold: number;
  /** The decisions, in suggestion order (best first); never empty. */
  decisions: MergeDecision[];
}

/** What "Accept all at or above `threshold`" would accept, and what it leaves to review. */
export interface GroupChoice {
  group: MergeGroup;
  /** Open suggestions at or above the threshold left out because a name fits another author too. */
  ambiguous: number;
  /** Left out because earlier pairs of the group (or accepted merges) already join the two. */
  joined: number;
}

/** The decision that accepts a suggestion (names kept for listing it). */
export function decisionOf(s: MergeSuggestion): MergeDecision {
  return { keep: s.keep, merge: s.merge, keepName: s.keepName, mergeName: s.mergeName };
}

/**
 * The open suggestions (no decision in `accepted` or `rejected`) scoring at least `threshold`, in
 * their order, as one group, leaving out: ambiguous ones (`evidence.alternatives > 0`: `T. Huang`
 * fits `Tao Huang` and `Tiansheng Huang`; accepting both would join those two), which stay for
 * review one by one; and pairs already joined through earlier pairs of the group or accepted
 * merges (a triangle A–B, B–C, A–C needs two). So every decision of the group joins two authors
 * not joined before: accepting the group lowers the author count by exactly its size.
 */
export function groupAtOrAbove(
  suggestions: readonly MergeSuggestion[],
  accepted: readonly MergeDecision[],
  rejected: readonly MergeDecision[],
  threshold: number,
): GroupChoice {
  const decided = new Set([...accepted, ...rejected].map((d) => pairKey(d.keep, d.merge)));
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.has(root)) root = parent.get(root) as string;
    return root;
  };
  for (const d of accepted) {
    const [a, b] = [find(d.keep), find(d.merge)];
    if (a !== b) parent.set(b, a);
  }
  const decisions: MergeDecision[] = [];
  let ambiguous = 0;
  let joined = 0;
  for (const s of suggestions) {
    if (s.score < threshold || decided.has(pairKey(s.keep, s.merge))) continue;
    if (s.evidence.alternatives > 0) {
      ambiguous++;
      continue;
    }
    const [a, b] = [find(s.keep), find(s.merge)];
    if (a === b) {
      joined++;
      continue;
    }
    parent.set(b, a);
    decisions.push(decisionOf(s));
  }
  return { group: { threshold, decisions }, ambiguous, joined };
}

/** A group as the decision list shows it: one line, its pairs, one Undo; every field plain text. */
export interface GroupItem {
  kind: "group";
  group: MergeGroup;
  /** `Merged 3 pairs at score ≥ 0.80`. */
  text: string;
  /** `“Hans Müller” into “Hans Mueller”`, one per pair. */
  pairs: string[];
  undoLabel: string;
}

/**
 * The decisions to list, the latest first, with each group's merges as one {@link GroupItem}
 * (at the place of its merges) and the others as describeDecisions lists them.
 */
export function describeDecisionsWithGroups(
  accepted: readonly MergeDecision[],
  rejected: readonly MergeDecision[],
  groups: readonly MergeGroup[],
  nameOf: (authorId: string) => string,
): (DecisionItem | GroupItem)[] {
  const groupOf = new Map<string, MergeGroup>();
  for (const g of groups) for (const d of g.decisions) groupOf.set(pairKey(d.keep, d.merge), g);
  const items: (DecisionItem | GroupItem)[] = [];
  const listed = new Set<MergeGroup>();
  for (const d of [...accepted].reverse()) {
    const group = groupOf.get(pairKey(d.keep, d.merge));
    if (group === undefined) {
      items.push(...describeDecisions([d], [], nameOf));
      continue;
    }
    if (listed.has(group)) continue;
    listed.add(group);
    const n = group.decisions.length;
    const pairs = group.decisions.map(
      (g) => `“${g.mergeName ?? nameOf(g.merge)}” into “${g.keepName ?? nameOf(g.keep)}”`,
    );
    items.push({
      kind: "group",
      group,
      text: `Merged ${n} ${n === 1 ? "pair" : "pairs"} at score ≥ ${group.threshold.toFixed(2)}`,
      pairs,
      undoLabel: `Undo all ${n} merges at score ≥ ${group.threshold.toFixed(2)}`,
    });
  }
  items.push(...describeDecisions([], rejected, nameOf));
  return items;
}
