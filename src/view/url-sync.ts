// The URL as a serialization of part of the state: pushed on user changes, read on back and forward.
import type { AppAction } from "./store/actions.ts";
import type { AppStore } from "./store/app-store.ts";
import { selectQuery } from "./store/selectors.ts";
import { parseUrlState } from "./url-state.ts";

/** Actions that make a history entry; any other change of the URL's part replaces the entry. */
const PUSHED = new Set<AppAction["type"]>([
  "viewChanged",
  "colorChosen",
  "authorSelected",
  "pairSelected",
]);

/**
 * Writes the state's query into the address bar after every change (pushing an entry for a
 * user's choice), and turns back / forward into `urlChanged`; `onUrl` hears the new URL's data
 * path (a changed `?data=` means another load).
 */
export function bindUrl(store: AppStore, onPopState: (data: string | undefined) => void): void {
  store.subscribe((state, _previous, action) => {
    if (action.type === "urlChanged") return;
    const query = selectQuery(state);
    if (query === location.search) return;
    const target = query || location.pathname;
    if (PUSHED.has(action.type)) history.pushState(null, "", target);
    else history.replaceState(null, "", target);
  });
  window.addEventListener("popstate", () => {
    const url = parseUrlState(location.search);
    store.dispatch({ type: "urlChanged", url });
    onPopState(url.data);
  });
}
