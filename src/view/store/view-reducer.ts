// The URL's view part (metric, filters, tab, data file) as a pure reducer.
import type { AppAction } from "./actions.ts";
import { viewOf, type LoadState, type ViewState } from "./state.ts";

/** The next view state; a user's load shown drops the `?data=` file from the URL. */
export function viewReducer(view: ViewState, action: AppAction, load: LoadState): ViewState {
  switch (action.type) {
    case "urlChanged":
      return viewOf(action.url);
    case "viewChanged":
      return { ...view, ...action.change };
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
