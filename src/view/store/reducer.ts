// The root reducer: each slice's reducer, given the state before the action where it needs it.
import type { AppAction } from "./actions.ts";
import { loadReducer } from "./load-reducer.ts";
import { mergesReducer } from "./merges-reducer.ts";
import { selectionReducer } from "./selection-reducer.ts";
import { sessionReducer } from "./session-reducer.ts";
import type { AppState } from "./state.ts";
import { viewReducer } from "./view-reducer.ts";

/** Dataset and hover: the newest load's dataset replaces the shown one (and its hover). */
function datasetReducer(state: AppState, action: AppAction): Pick<AppState, "dataset" | "hover"> {
  if (action.type === "datasetShown" && action.token === state.load.token)
    return { dataset: action.dataset, hover: null };
  // The same network with more metrics: the hover stays.
  if (action.type === "centralityMeasured" && action.token === state.load.token && state.dataset)
    return { dataset: action.dataset, hover: state.hover };
  if (action.type === "hovered") return { dataset: state.dataset, hover: action.id };
  return state;
}

/** Theme and collapsed panels. */
function chromeReducer(state: AppState, action: AppAction): Pick<AppState, "theme" | "collapsed"> {
  if (action.type === "themeChosen") return { theme: action.theme, collapsed: state.collapsed };
  if (action.type === "panelToggled") {
    const collapsed = action.collapsed ?? !state.collapsed[action.panel];
    return { theme: state.theme, collapsed: { ...state.collapsed, [action.panel]: collapsed } };
  }
  return state;
}

/** Returns the same object when nothing changed, so listeners only hear about real changes. */
export function appReducer(state: AppState, action: AppAction): AppState {
  const { dataset, hover } = datasetReducer(state, action);
  const { theme, collapsed } = chromeReducer(state, action);
  const next: AppState = {
    view: viewReducer(state.view, action, state.load),
    selection: selectionReducer(state.selection, action, dataset, state.load),
    load: loadReducer(state.load, action),
    dataset,
    hover,
    merges: mergesReducer(state.merges, action, state.load),
    session: sessionReducer(state.session, action, state.load),
    theme,
    collapsed,
  };
  const same = (Object.keys(next) as (keyof AppState)[]).every((key) => next[key] === state[key]);
  return same ? state : next;
}
