// Runs loads for the store: the worker client, the dataset built in steps, positions, saving.
import type { ProjectionOptions } from "../graph/coauthor-graph.ts";
import type { CommunityMethod } from "../metrics/community-method.ts";
import type { AnalysisClient } from "../worker/client.ts";
import type { PipelineResult } from "../worker/pipeline.ts";
import type { InputFile } from "../worker/protocol.ts";
import type { Centrality } from "../metrics/compute-metrics.ts";
import { createDatasetAsync, withCentralityDatasetAsync, type Dataset } from "./dataset.ts";
import { createLiveLayout, type LiveLayout } from "./live-layout.ts";
import type { MapBinding } from "./map-binding.ts";
import type { MapView } from "./map-view.ts";
import type { StateStore } from "./persistence.ts";
import type { ProgressOverlay } from "./progress-overlay.ts";
import { EMPTY_SAVED_STATE, isEmptySavedState, type SavedState } from "./saved-state.ts";
import { nextTask } from "./sliced.ts";
import type { LoadKind } from "./store/actions.ts";
import type { AppStore } from "./store/app-store.ts";
import { isLocalDataPath } from "./url-state.ts";

export interface LoadControllerOptions {
  store: AppStore;
  client: AnalysisClient;
  map: MapView;
  binding: MapBinding;
  progress: ProgressOverlay;
  saved: StateStore;
  defaultFiles: InputFile[];
  fetchText: (path: string) => Promise<string>;
  showError: (message: string) => void;
  hideError: () => void;
  /** Community detection for the analysis (the map's community control). */
  communities?: () => { communities: CommunityMethod; resolution: number };
  /** Counting and author cap of the projection (the map's counting control). */
  projection?: () => Partial<ProjectionOptions>;
}

export interface LoadController {
  /** Loads files: replacing, adding to, or re-running (`same`) the newest load's files. */
  load(files: InputFile[], kind: LoadKind, byUser: boolean, message?: string): Promise<void>;
  /** Opens the URL's `?data=` file, else the saved state, else the default files. */
  loadFromUrl(): Promise<void>;
  /** Re-runs the newest files with the merge decisions (positions kept). */
  rerun(): Promise<void>;
  /** Writes the saved state (unless a `?data=` file is shown). */
  save(): void;
  /** Forgets the saved state and opens the default files. */
  clearSaved(): Promise<void>;
  /** The drag handler of the dataset shown once its layout is done. */
  live(): LiveLayout | null;
}

/** Creates the controller; every state change goes through `options.store`. */
export function createLoadController(options: LoadControllerOptions): LoadController {
  const { store, client, map, binding, progress } = options;
  let live: LiveLayout | null = null;

  function savedState(): SavedState {
    const { load, session, merges } = store.get();
    return {
      version: 1,
      files: session.defaultIncluded ? load.shown.slice(options.defaultFiles.length) : load.shown,
      replacedDefault: !session.defaultIncluded,
      accepted: merges.accepted,
      rejected: merges.rejected,
      ...(merges.groups.length > 0 && { groups: merges.groups }),
    };
  }

  function save() {
    if (!store.get().session.saving) return;
    const state = savedState();
    const write = isEmptySavedState(state) ? options.saved.clear() : options.saved.save(state);
    write.catch((error: Error) => options.showError(`Could not save: ${error.message}`));
  }

  async function load(
    chosen: InputFile[],
    kind: LoadKind,
    byUser: boolean,
    message?: string,
  ): Promise<void> {
    store.dispatch({
      type: "loadStarted",
      files: chosen,
      kind,
      byUser,
      defaultFiles: chosen === options.defaultFiles,
    });
    const { token, requested } = store.get().load;
    const current = () => store.get().load.token === token;
    const label = chosen.length === 1 ? chosen[0].name : `${chosen.length} files`;
    progress.start(message ?? `${kind === "add" ? "Adding" : "Opening"} ${label}`);
    // A user's new load clears an old error; a first load keeps the one that led to it.
    if (byUser) options.hideError();
    let shown: { dataset: Dataset; ids: readonly string[] } | null = null;
    let showing: Promise<void> | null = null;
    // Layout steps that arrive while the first scene is built (which reads the positions) wait
    // for it; only the newest is kept.
    let held: Float64Array | null = null;

    const place = (xy: Float64Array) => {
      if (!shown || store.get().dataset !== shown.dataset) return;
      if (binding.building()) {
        held = xy;
        return;
      }
      held = null;
      const positions = shown.dataset.positions;
      // Moved in place: a layout step of 49k authors makes no garbage.
      const ids = shown.ids;
      for (let i = 0; i < ids.length; i++) {
        const p = positions[ids[i]];
        if (p) {
          p.x = xy[2 * i];
          p.y = xy[2 * i + 1];
        } else positions[ids[i]] = { x: xy[2 * i], y: xy[2 * i + 1] };
      }
      // Layout steps move the drawn scene in place; a scene is built only when none is shown.
      if (!map.updatePositions(positions, { ids, xy })) binding.redraw();
      if (!map.interacted()) map.fit(false);
    };

    // The network is shown as soon as its metrics are known, and moves while the layout runs.
    const show = async (partial: PipelineResult) => {
      live?.stop();
      live = null;
      const dataset = await createDatasetAsync(partial);
      if (!current()) return;
      shown = { dataset, ids: partial.ids };
      store.dispatch({ type: "datasetShown", token, dataset, suggestions: partial.suggestions });
      await binding.settled();
      if (!current()) return;
      if (held) {
        await nextTask();
        if (!current()) return;
        if (held) place(held);
      }
      progress.compact(true);
      // The first scene was a task of its own; fitting it (another draw) is the next one.
      await nextTask();
      if (current() && store.get().dataset === dataset) map.fit(false);
    };

    // A big network's betweenness and closeness come after its map: merged into the shown
    // dataset in steps, then shown in its place.
    let measuring: Promise<void> | null = null;
    const measured = async (centrality: Centrality) => {
      await showing;
      if (!current() || !shown || store.get().dataset !== shown.dataset) return;
      const dataset = await withCentralityDatasetAsync(shown.dataset, shown.ids, centrality);
      if (!current() || store.get().dataset !== shown.dataset) return;
      shown = { dataset, ids: shown.ids };
      store.dispatch({ type: "centralityMeasured", token, dataset });
      // The new scene is built in slices: the layout steps meanwhile wait for it.
      await binding.settled();
      if (current() && held) place(held);
    };

    try {
      const state = store.get();
      const result = await client.load(
        requested,
        {
          initialPositions: kind !== "replace" ? state.dataset?.positions : undefined,
          decisions: state.merges.accepted,
          ...(options.communities && { metrics: options.communities() }),
          ...(options.projection && { projection: options.projection() }),
        },
        {
          onProgress: (p) => progress.update(p),
          onDataset(partial) {
            showing = show(partial);
            // Awaited below; a load superseded meanwhile must not report it as unhandled.
            showing.catch(() => undefined);
            return showing;
          },
          onPositions: place,
          onCentralityProgress: (p) => progress.centrality(p),
          onCentrality(centrality) {
            measuring = measured(centrality);
            measuring.catch(() => undefined);
          },
        },
      );
      await (showing ?? show(result));
      await measuring;
      if (!current()) return;
      place(result.positions);
      const d = store.get().dataset as Dataset;
      live = createLiveLayout(d, () => map.updatePositions(d.positions) || binding.redraw());
      store.dispatch({ type: "loadFinished", token });
      save();
    } catch (error) {
      if ((error as Error).name === "AbortError") return;
      store.dispatch({ type: "loadFailed", token, message: (error as Error).message });
      if (current()) options.showError((error as Error).message);
    } finally {
      progress.finish();
    }
  }

  async function loadFromUrl(): Promise<void> {
    const data = store.get().view.data;
    if (data !== undefined && isLocalDataPath(data)) {
      try {
        const text = await options.fetchText(data);
        // A `?data=` file wins over the saved state and leaves it as it is.
        store.dispatch({ type: "dataFileOpened", path: data });
        await load([{ name: data.split("/").pop() || data, text }], "replace", false);
        return;
      } catch (error) {
        options.showError(
          `Could not open ${data}: ${(error as Error).message}. Showing the default network.`,
        );
      }
    } else if (data !== undefined) options.showError(`Not a file next to the app: ${data}`);
    store.dispatch({ type: "dataFileClosed" });
    const saved = await options.saved.load().catch((error: Error) => {
      options.showError(`${error.message}; starting from the default network.`);
      return null;
    });
    store.dispatch({ type: "savedRestored", saved: saved ?? EMPTY_SAVED_STATE });
    const { defaultIncluded } = store.get().session;
    const files = saved?.files ?? [];
    const restored = [...(defaultIncluded ? options.defaultFiles : []), ...files];
    await load(restored.length ? restored : options.defaultFiles, "replace", false);
  }

  return {
    load,
    loadFromUrl,
    rerun: () => load(store.get().load.requested, "same", false, "Merging authors"),
    save,
    async clearSaved() {
      await options.saved.clear().catch(() => undefined);
      store.dispatch({ type: "savedCleared" });
      await load(options.defaultFiles, "replace", true, "Opening the default network");
    },
    live: () => live,
  };
}
