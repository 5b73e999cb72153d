// The explorer's whole state: what the URL shares, the load lifecycle, the dataset and its choices.
import type { MergeDecision, MergeSuggestion } from "../../parse/merge-suggestions.ts";
import type { MergeGroup } from "../merge-group.ts";
import type { InputFile } from "../../worker/protocol.ts";
import type { Dataset } from "../dataset.ts";
import { DEFAULT_URL_STATE, type UrlState } from "../url-state.ts";

/** How a load treats the shown files: replace them, add to them, or re-run them (merges). */
export type LoadKind = "replace" | "add" | "same";

/** The URL's part of the state besides the selection: metric, filters, tab and data file. */
export type ViewState = Omit<UrlState, "author" | "with">;

/**
 * Who is selected, by author identity key. While no dataset is shown (or when a link names nobody
 * in it) `refs` keeps what the URL said, so the link survives until it can be resolved.
 */
export interface SelectionState {
  author?: string;
  with?: string;
  /** The URL's author texts, kept until a dataset resolves them. */
  refs?: { author?: string; with?: string };
  /** URL texts that name no author (or several, and so none) in the shown dataset. */
  missing: string[];
}

/**
 * The load lifecycle. `idle`: nothing asked yet; `loading`: the newest load runs (a dataset may be
 * shown meanwhile); `replacing`: the user's new files are loading and the shown authors are about
 * to go (merge decisions wait); `ready`: the newest load is done; `failed`: it failed (the shown
 * dataset, if any, stays).
 */
export type LoadPhase = "idle" | "loading" | "replacing" | "ready" | "failed";

export interface LoadState {
  phase: LoadPhase;
  /** Number of the newest load; results of an older one are dropped. */
  token: number;
  /** The files of the newest load, shown or not yet (merges re-run on these, files are added to these). */
  requested: InputFile[];
  /** The files of the dataset shown. */
  shown: InputFile[];
  /** How the newest load treats the shown files, and whether the user started it. */
  kind: LoadKind;
  byUser: boolean;
  /** Why the newest load failed. */
  error?: string;
}

export interface MergesState {
  accepted: MergeDecision[];
  rejected: MergeDecision[];
  /** Merges accepted together ("Accept all above"), undone together; each is also in `accepted`. */
  groups: MergeGroup[];
  suggestions: MergeSuggestion[];
}

/** What is saved between visits, and whether a `?data=` file holds the page instead. */
export interface SessionState {
  /** Whether the embedded default files are part of the shown files. */
  defaultIncluded: boolean;
  /** Whether changes are saved (not while a `?data=` file is shown). */
  saving: boolean;
  /** The `?data=` path whose file is shown. */
  loadedData?: string;
}

export type ThemeChoice = "system" | "light" | "dark";

export interface AppState {
  view: ViewState;
  selection: SelectionState;
  load: LoadState;
  dataset: Dataset | null;
  /** The author under the pointer or the keyboard focus on the map. */
  hover: string | null;
  merges: MergesState;
  session: SessionState;
  theme: ThemeChoice;
  /** Collapsed side panels. */
  collapsed: { sidebar: boolean; details: boolean };
}

/** The view part of a URL state. */
export function viewOf(url: UrlState): ViewState {
  const view: ViewState & { author?: string; with?: string } = { ...url };
  delete view.author;
  delete view.with;
  return view;
}

/** The state before anything happened, with the URL's view and selection. */
export function initialState(url: UrlState = DEFAULT_URL_STATE): AppState {
  return {
    view: viewOf(url),
    selection: {
      refs: url.author !== undefined ? { author: url.author, with: url.with } : undefined,
      missing: [],
    },
    load: { phase: "idle", token: 0, requested: [], shown: [], kind: "replace", byUser: false },
    dataset: null,
    hover: null,
    merges: { accepted: [], rejected: [], groups: [], suggestions: [] },
    session: { defaultIncluded: true, saving: true },
    theme: "system",
    collapsed: { sidebar: false, details: false },
  };
}
