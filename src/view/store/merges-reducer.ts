// Merge decisions as a pure reducer: accepted and rejected name pairs, and the suggestions shown.
import { hasDecision, withoutDecision } from "../merge-list.ts";
import type { AppAction } from "./actions.ts";
import type { LoadState, MergesState } from "./state.ts";

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
      return { ...merges, [action.kind]: withoutDecision(list, action.decision) };
    }
    case "loadStarted":
      if (!action.byUser || action.kind !== "replace") return merges;
      return { ...merges, accepted: [], rejected: [] };
    case "datasetShown":
      if (action.token !== load.token) return merges;
      return { ...merges, suggestions: action.suggestions };
    case "savedRestored":
      return { ...merges, accepted: action.saved.accepted, rejected: action.saved.rejected };
    case "dataFileOpened":
    case "savedCleared":
      return { ...merges, accepted: [], rejected: [] };
    default:
      return merges;
  }
}
