// The selection as a pure reducer: author identity keys, resolved from URL texts once data is shown.
import type { Dataset } from "../dataset.ts";
import { resolveUniqueAuthor } from "../search-index.ts";
import type { AppAction } from "./actions.ts";
import type { LoadState, SelectionState } from "./state.ts";

const NONE: SelectionState = { missing: [] };

/** The author a URL text names in `dataset`: a key as is (cheap), else a unique name. */
export function resolveRef(dataset: Dataset, text: string): string | undefined {
  if (dataset.authors.has(text)) return text;
  return resolveUniqueAuthor(dataset.search, text);
}

/**
 * Resolves URL texts (keys or names) against `dataset`. An author that cannot be resolved is
 * listed in `missing` and its text kept in `refs`, so the URL still says it.
 */
export function resolveSelection(
  dataset: Dataset,
  refs: { author?: string; with?: string },
): SelectionState {
  if (refs.author === undefined) return NONE;
  const missing: string[] = [];
  const author = resolveRef(dataset, refs.author);
  if (author === undefined) missing.push(refs.author);
  const other =
    author !== undefined && refs.with !== undefined ? resolveRef(dataset, refs.with) : undefined;
  if (author !== undefined && refs.with !== undefined && other === undefined)
    missing.push(refs.with);
  const state: SelectionState = { missing };
  if (author !== undefined) state.author = author;
  if (other !== undefined) state.with = other;
  if (missing.length > 0) state.refs = refs;
  return state;
}

/** What the URL should say about the selection: keys, or the texts not resolved yet. */
export function selectionRefs(selection: SelectionState): { author?: string; with?: string } {
  const author = selection.author ?? selection.refs?.author;
  if (author === undefined) return {};
  const other = selection.with ?? selection.refs?.with;
  return other === undefined ? { author } : { author, with: other };
}

/**
 * The next selection. `dataset` is the one shown after the action (for resolving URL texts);
 * `load` the load state before it. A user's new files (not added ones) clear the selection.
 */
export function selectionReducer(
  selection: SelectionState,
  action: AppAction,
  dataset: Dataset | null,
  load: LoadState,
): SelectionState {
  switch (action.type) {
    case "authorSelected":
      return action.id === null ? NONE : { author: action.id, missing: [] };
    case "pairSelected":
      return action.first === action.second
        ? { author: action.first, missing: [] }
        : { author: action.first, with: action.second, missing: [] };
    case "urlChanged": {
      const refs = { author: action.url.author, with: action.url.with };
      if (refs.author === undefined) return NONE;
      return dataset ? resolveSelection(dataset, refs) : { refs, missing: [] };
    }
    case "datasetShown":
      if (action.token !== load.token) return selection;
      if (load.byUser && load.kind === "replace") return NONE;
      return resolveSelection(action.dataset, selectionRefs(selection));
    default:
      return selection;
  }
}
