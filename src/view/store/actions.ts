// Every change the explorer's state can undergo, as named actions (handled by ./reducer.ts).
import type { ColorMode } from "../../scene/color-by.ts";
import type { MergeDecision, MergeSuggestion } from "../../parse/merge-suggestions.ts";
import type { MergeGroup } from "../merge-group.ts";
import type { InputFile } from "../../worker/protocol.ts";
import type { Dataset } from "../dataset.ts";
import type { SavedState } from "../saved-state.ts";
import type { UrlState } from "../url-state.ts";
import type { LoadKind, ThemeChoice, ViewState } from "./state.ts";

export type { LoadKind };

export type AppAction =
  /** The URL changed under the app (first visit, back, forward). */
  | { type: "urlChanged"; url: UrlState }
  /** Filters, metric or tab changed; other fields stay. */
  | { type: "viewChanged"; change: Partial<ViewState> }
  /** What node colour means (community, year, citations, file). */
  | { type: "colorChosen"; color: ColorMode }
  /** The timeline moved (played, scrubbed) or was opened / closed: no history entry of its own. */
  | { type: "timelineMoved"; timeline: ViewState["timeline"] }
  | { type: "authorSelected"; id: string | null }
  /** A community highlighted on the map (null clears it, and its filter). */
  | { type: "communityHighlighted"; community: number | null }
  /** The map shows only the highlighted community's authors, or everyone again. */
  | { type: "communityFiltered"; only: boolean }
  | { type: "pairSelected"; first: string; second: string }
  | { type: "hovered"; id: string | null }
  /** A load begins; it gets the next token. `defaultFiles` when the files are the embedded ones. */
  | {
      type: "loadStarted";
      files: InputFile[];
      kind: LoadKind;
      byUser: boolean;
      defaultFiles?: boolean;
    }
  /** The dataset of load `token` is on screen (its layout may still run). */
  | { type: "datasetShown"; token: number; dataset: Dataset; suggestions: MergeSuggestion[] }
  /** Load `token`'s deferred betweenness and closeness came: its shown dataset, completed. */
  | { type: "centralityMeasured"; token: number; dataset: Dataset }
  | { type: "loadFinished"; token: number }
  | { type: "loadFailed"; token: number; message: string }
  | { type: "mergeAccepted"; decision: MergeDecision }
  | { type: "mergeRejected"; decision: MergeDecision }
  | { type: "mergeUndone"; kind: "accepted" | "rejected"; decision: MergeDecision }
  /** "Accept all above": the listed pairs at or above `threshold`, accepted as one group. */
  | { type: "mergeGroupAccepted"; group: MergeGroup }
  /** One Undo for a group: every merge accepted with it is taken back. */
  | { type: "mergeGroupUndone"; group: MergeGroup }
  /** The saved state of an earlier visit was read. */
  | { type: "savedRestored"; saved: SavedState }
  /** A `?data=` file was fetched: it is shown instead of the saved state, which it leaves alone. */
  | { type: "dataFileOpened"; path: string }
  /** No `?data=` file is shown (none asked, or it could not be read). */
  | { type: "dataFileClosed" }
  /** The user cleared the saved files and decisions. */
  | { type: "savedCleared" }
  | { type: "themeChosen"; theme: ThemeChoice }
  | { type: "panelToggled"; panel: "sidebar" | "details"; collapsed?: boolean };
