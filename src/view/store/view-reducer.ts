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
    case "datasetShown":
      if (action.token !== load.token || !load.byUser || view.data === undefined) return view;
      return { ...view, data: undefined };
    default:
      return view;
  }
}
