// What is saved between visits as a pure reducer: default files included, saving on, ?data= file.
import type { AppAction } from "./actions.ts";
import type { LoadState, SessionState } from "./state.ts";

/**
 * The next session state. A `?data=` file wins over the saved state and leaves it alone (saving
 * off); a user's load turns saving back on; replacing files drops the default ones unless the
 * default files are what replaces them.
 */
export function sessionReducer(
  session: SessionState,
  action: AppAction,
  load: LoadState,
): SessionState {
  switch (action.type) {
    case "loadStarted":
      if (!action.byUser) return session;
      return {
        ...session,
        saving: true,
        defaultIncluded:
          action.kind === "replace" ? action.defaultFiles === true : session.defaultIncluded,
      };
    case "datasetShown":
      if (action.token !== load.token || !load.byUser || session.loadedData === undefined)
        return session;
      return { ...session, loadedData: undefined };
    case "savedRestored":
      return { defaultIncluded: !action.saved.replacedDefault, saving: true };
    case "dataFileOpened":
      return { defaultIncluded: false, saving: false, loadedData: action.path };
    case "dataFileClosed":
      return { ...session, saving: true, loadedData: undefined };
    case "savedCleared":
      return { defaultIncluded: true, saving: true };
    default:
      return session;
  }
}
