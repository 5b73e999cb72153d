// The URL's view part (metric, filters, tab, data file) as a pure reducer.
import { normalizeYearRange } from "../../graph/year-range.ts";
import type { AppAction } from "./actions.ts";
import { viewOf, type LoadState, type ViewState } from "./state.ts";

/**
 * The view with `yearFrom ≤ yearTo`: a range typed inverted (From 2015, To 2010) is swapped, as
 * the URL swaps it, so the controls show the range that is applied.
 */
function withNormalYears(view: ViewState): ViewState {
  const { from, to } = normalizeYearRange({ from: view.yearFrom, to: view.yearTo });
  return from === view.yearFrom ? view : { ...view, yearFrom: from, yearTo: to };
}

/** The next view state; a user's load shown drops the `?data=` file from the URL. */
export function viewReducer(view: ViewState, action: AppAction, load: LoadState): ViewState {
  switch (action.type) {
    case "urlChanged":
      return viewOf(action.url);
    case "viewChanged":
      return withNormalYears({ ...view, ...action.change });
    case "colorChosen":
      return view.color === action.color ? view : { ...view, color: action.color };
    case "timelineMoved":
      return { ...view, timeline: action.timeline };
    case "communityHighlighted":
      return action.community === null
        ? { ...view, community: undefined, communityOnly: false }
        : { ...view, community: action.community };
    case "communityFiltered":
      return view.community === undefined ? view : { ...view, communityOnly: action.only };
    case "datasetShown": {
      if (action.token !== load.token || !load.byUser) return view;
      // Other files: another partition, so the highlighted community goes.
      const next =
        load.kind === "replace" && view.community !== undefined
          ? { ...view, community: undefined, communityOnly: false }
          : view;
      return next.data === undefined ? next : { ...next, data: undefined };
    }
    default:
      return view;
  }
}
