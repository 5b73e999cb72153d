// The explorer's store: the root reducer over the app state.
import type { AppAction } from "./actions.ts";
import { createStore, type Store } from "./create-store.ts";
import { appReducer } from "./reducer.ts";
import { initialState } from "./state.ts";
import type { UrlState } from "../url-state.ts";

export type AppStore = Store<ReturnType<typeof initialState>, AppAction>;

/** A store starting from the URL's view and selection. */
export function createAppStore(url?: UrlState): AppStore {
  return createStore(appReducer, initialState(url));
}
