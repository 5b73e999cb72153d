// The load lifecycle as a pure reducer: idle → loading | replacing → (shown) loading → ready | failed.
import type { AppAction } from "./actions.ts";
import type { LoadState } from "./state.ts";

/**
 * The next load state. A load gets the next token when it starts; what an older load reports
 * (shown, finished, failed) changes nothing. A user's replacing load is `replacing` until its
 * dataset is shown; a failed load leaves the shown files as the ones to add to and re-run.
 */
export function loadReducer(load: LoadState, action: AppAction): LoadState {
  switch (action.type) {
    case "loadStarted":
      return {
        phase: action.byUser && action.kind === "replace" ? "replacing" : "loading",
        token: load.token + 1,
        requested: action.kind === "add" ? [...load.requested, ...action.files] : action.files,
        shown: load.shown,
        kind: action.kind,
        byUser: action.byUser,
      };
    case "datasetShown":
      if (action.token !== load.token) return load;
      return { ...load, phase: "loading", shown: load.requested };
    case "loadFinished":
      if (action.token !== load.token || load.phase === "ready") return load;
      return { ...load, phase: "ready" };
    case "loadFailed":
      if (action.token !== load.token) return load;
      return { ...load, phase: "failed", requested: load.shown, error: action.message };
    default:
      return load;
  }
}

/** Whether the shown dataset is about to be replaced by the user's new files. */
export function isReplacing(load: LoadState): boolean {
  return load.phase === "replacing";
}

/** Whether `token` is the newest load's. */
export function isCurrentLoad(load: LoadState, token: number): boolean {
  return load.token === token;
}
