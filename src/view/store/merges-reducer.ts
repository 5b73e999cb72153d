// Merge decisions as a pure reducer: accepted and rejected name pairs, and the suggestions shown.
import type { MergeDecision } from "../../parse/merge-suggestions.ts";
import type { MergeGroup } from "../merge-group.ts";
import { hasDecision, pairKey, withoutDecision } from "../merge-list.ts";
import type { AppAction } from "./actions.ts";
import type { LoadState, MergesState } from "./state.ts";

/** Whether two groups are the same: a pair is accepted once, so the first decision tells. */
const sameGroup = (a: MergeGroup, b: MergeGroup): boolean =>
  a.decisions.length > 0 &&
  b.decisions.length > 0 &&
  pairKey(a.decisions[0].keep, a.decisions[0].merge) ===
    pairKey(b.decisions[0].keep, b.decisions[0].merge);

/** Accepts a group's decisions not taken yet (none twice); nothing changes when none is new. */
function acceptGroup(merges: MergesState, group: MergeGroup): MergesState {
  // A set of pair keys: a group of thousands is checked in linear time.
  const taken = new Set(
    [...merges.accepted, ...merges.rejected].map((d) => pairKey(d.keep, d.merge)),
  );
  const fresh: MergeDecision[] = [];
  for (const d of group.decisions) {
    const key = pairKey(d.keep, d.merge);
    if (taken.has(key)) continue;
    taken.add(key);
    fresh.push(d);
  }
  if (fresh.length === 0) return merges;
  return {
    ...merges,
    accepted: [...merges.accepted, ...fresh],
    groups: [...merges.groups, { threshold: group.threshold, decisions: fresh }],
  };
}

/** Takes back every decision of a group still accepted, and forgets the group. */
function undoGroup(merges: MergesState, group: MergeGroup): MergesState {
  const known = merges.groups.find((g) => sameGroup(g, group));
  if (known === undefined) return merges;
  const keys = new Set(known.decisions.map((d) => pairKey(d.keep, d.merge)));
  return {
    ...merges,
    accepted: merges.accepted.filter((d) => !keys.has(pairKey(d.keep, d.merge))),
    groups: merges.groups.filter((g) => g !== known),
  };
}

/** The groups without an undone decision (a group left empty is dropped). */
function groupsWithout(groups: MergeGroup[], undone: MergeDecision): MergeGroup[] {
  if (!groups.some((g) => hasDecision(g.decisions, undone))) return groups;
  return groups
    .map((g) => ({ ...g, decisions: withoutDecision(g.decisions, undone) }))
    .filter((g) => g.decisions.length > 0);
}

/**
 * The next merge state. Decisions name the shown authors: none is taken (or undone) while the
 * user's new files replace them, and a decision already taken is not taken twice. A user's
 * replacing load forgets the decisions (they name authors of the old files).
 */
export function mergesReducer(
  merges: MergesState,
  action: AppAction,
  load: LoadState,
): MergesState {
  const replacing = load.phase === "replacing";
  switch (action.type) {
    case "mergeAccepted":
      if (replacing || hasDecision(merges.accepted, action.decision)) return merges;
      return { ...merges, accepted: [...merges.accepted, action.decision] };
    case "mergeRejected":
      if (replacing || hasDecision(merges.rejected, action.decision)) return merges;
      return { ...merges, rejected: [...merges.rejected, action.decision] };
    case "mergeUndone": {
      if (replacing) return merges;
      const list = merges[action.kind];
      if (!hasDecision(list, action.decision)) return merges;
      const next = { ...merges, [action.kind]: withoutDecision(list, action.decision) };
      return action.kind === "accepted"
        ? { ...next, groups: groupsWithout(merges.groups, action.decision) }
        : next;
    }
    case "mergeGroupAccepted":
      return replacing ? merges : acceptGroup(merges, action.group);
    case "mergeGroupUndone":
      return replacing ? merges : undoGroup(merges, action.group);
    case "loadStarted":
      if (!action.byUser || action.kind !== "replace") return merges;
      return { ...merges, accepted: [], rejected: [], groups: [] };
    case "datasetShown":
      if (action.token !== load.token) return merges;
      return { ...merges, suggestions: action.suggestions };
    case "savedRestored":
      return {
        ...merges,
        accepted: action.saved.accepted,
        rejected: action.saved.rejected,
        groups: action.saved.groups ?? [],
      };
    case "dataFileOpened":
    case "savedCleared":
      return { ...merges, accepted: [], rejected: [], groups: [] };
    default:
      return merges;
  }
}
