// Possible duplicates as the merge panel lists them: which are shown, and their evidence in words.
import { evidenceLine } from "../parse/merge-evidence-line.ts";
import type { MergeDecision, MergeSuggestion } from "../parse/merge-suggestions.ts";

export interface MergeListOptions {
  /** Suggestions listed at most (the rest are counted). */
  limit: number;
  /** Coauthor names written out at most per suggestion (the rest are counted). */
  maxNames: number;
  /** Paper titles listed at most per author. */
  maxTitles: number;
}

export const DEFAULT_MERGE_LIST_OPTIONS: MergeListOptions = {
  limit: 200,
  maxNames: 6,
  maxTitles: 8,
};

/** One suggestion as the panel shows it; every field is plain text. */
export interface MergeItem {
  /** The decision accepting it. */
  decision: MergeDecision;
  /** The same for both orders of the pair. */
  key: string;
  keepName: string;
  mergeName: string;
  /** Score with two decimals (`0.82`). */
  score: string;
  reason: string;
  /** The whole evidence in one line (`same name after transliteration (ü = ue), 2 shared coauthors`). */
  line: string;
  /** `Shared coauthors (2): Ling Liu, Fatih Ilhan` or `No shared coauthors`. */
  coauthors: string;
  /** `Same paper in two versions: 1` (or null when there is none). */
  samePapers: string | null;
  /** `Both on the same byline: 1 paper (speaks against)` (or null). */
  coPapers: string | null;
  /** Per author, `Name: N papers` and up to `maxTitles` titles. */
  papers: { label: string; titles: string[]; more: number }[];
}

/** An order-independent key for a pair of author ids. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The suggestions to list: those whose pair has no decision yet (`decided`: rejected, or accepted
 * and not merged yet), in the given order, at most `limit` (the panel pages by raising it);
 * `more` counts the rest.
 */
export function visibleSuggestions(
  suggestions: readonly MergeSuggestion[],
  decided: readonly MergeDecision[],
  options: Partial<MergeListOptions> = {},
): { shown: MergeSuggestion[]; more: number } {
  const { limit } = { ...DEFAULT_MERGE_LIST_OPTIONS, ...options };
  const hidden = new Set(decided.map((d) => pairKey(d.keep, d.merge)));
  const open = suggestions.filter((s) => !hidden.has(pairKey(s.keep, s.merge)));
  return { shown: open.slice(0, limit), more: Math.max(0, open.length - limit) };
}

/** A comma list of at most `max` names, then `and N more`. */
export function nameList(names: readonly string[], max: number): string {
  if (names.length <= max) return names.join(", ");
  return `${names.slice(0, max).join(", ")} and ${names.length - max} more`;
}

/**
 * Describes a suggestion with names and titles looked up by id (`nameOf`, `titleOf` return the
 * id itself when they know nothing better).
 */
export function describeSuggestion(
  suggestion: MergeSuggestion,
  nameOf: (authorId: string) => string,
  titleOf: (paperId: string) => string,
  options: Partial<MergeListOptions> = {},
): MergeItem {
  const { maxNames, maxTitles } = { ...DEFAULT_MERGE_LIST_OPTIONS, ...options };
  const { evidence } = suggestion;
  const shared = evidence.sharedCoauthors.map(nameOf);
  const papers = [
    { name: suggestion.keepName, ids: evidence.papers[0] },
    { name: suggestion.mergeName, ids: evidence.papers[1] },
  ].map(({ name, ids }) => ({
    label: `${name}: ${plural(ids.length, "paper", "papers")}`,
    titles: ids.slice(0, maxTitles).map(titleOf),
    more: Math.max(0, ids.length - maxTitles),
  }));
  return {
    decision: {
      keep: suggestion.keep,
      merge: suggestion.merge,
      keepName: suggestion.keepName,
      mergeName: suggestion.mergeName,
    },
    key: pairKey(suggestion.keep, suggestion.merge),
    keepName: suggestion.keepName,
    mergeName: suggestion.mergeName,
    score: suggestion.score.toFixed(2),
    reason: evidence.reason,
    line: evidenceLine(suggestion),
    coauthors:
      shared.length === 0
        ? "No shared coauthors"
        : `Shared coauthors (${shared.length}): ${nameList(shared, maxNames)}`,
    samePapers:
      evidence.samePapers.length > 0
        ? `Same paper in two versions: ${evidence.samePapers.length}`
        : null,
    coPapers:
      evidence.coPapers.length > 0
        ? `Both on the same byline: ${plural(evidence.coPapers.length, "paper", "papers")} (speaks against)`
        : null,
    papers,
  };
}

/** A decision already taken, as the panel lists it to be undone; every field is plain text. */
export interface DecisionItem {
  kind: "accepted" | "rejected";
  decision: MergeDecision;
  /** `Merged “T. Huang” into “Tiansheng Huang”` or `Kept “A” and “B” apart`. */
  text: string;
  /** The undo button's accessible name. */
  undoLabel: string;
}

/**
 * The decisions to list, the latest first: accepted merges (undoing one splits the authors
 * again) and rejections (undoing one lists the suggestion again). Names are the decision's own,
 * else looked up with `nameOf`.
 */
export function describeDecisions(
  accepted: readonly MergeDecision[],
  rejected: readonly MergeDecision[],
  nameOf: (authorId: string) => string,
): DecisionItem[] {
  const names = (d: MergeDecision) => [
    d.keepName ?? nameOf(d.keep),
    d.mergeName ?? nameOf(d.merge),
  ];
  const merged = accepted.map((decision): DecisionItem => {
    const [keep, merge] = names(decision);
    return {
      kind: "accepted",
      decision,
      text: `Merged “${merge}” into “${keep}”`,
      undoLabel: `Undo: split ${merge} from ${keep}`,
    };
  });
  const apart = rejected.map((decision): DecisionItem => {
    const [keep, merge] = names(decision);
    return {
      kind: "rejected",
      decision,
      text: `Kept “${keep}” and “${merge}” apart`,
      undoLabel: `Undo: review ${keep} and ${merge} again`,
    };
  });
  return [...merged.reverse(), ...apart.reverse()];
}

/** Whether `decisions` hold one for the same pair as `decision` (either order). */
export function hasDecision(decisions: readonly MergeDecision[], decision: MergeDecision): boolean {
  const key = pairKey(decision.keep, decision.merge);
  return decisions.some((d) => pairKey(d.keep, d.merge) === key);
}

/** `decisions` without the one for the same pair as `undone` (either order). */
export function withoutDecision(
  decisions: readonly MergeDecision[],
  undone: MergeDecision,
): MergeDecision[] {
  const key = pairKey(undone.keep, undone.merge);
  return decisions.filter((d) => pairKey(d.keep, d.merge) !== key);
}
