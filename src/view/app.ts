// The explorer: creates the store, the page and its parts, and wires them (no state of its own).
import { decodeText } from "../parse/decode-text.ts";
import type { Scene } from "../scene/scene.ts";
import type { AnalysisClient } from "../worker/client.ts";
import type { InputFile } from "../worker/protocol.ts";
import type { Actions } from "./actions.ts";
import { createShell } from "./app-shell.ts";
import { createClearButton } from "./clear-saved.ts";
import { describeFilters } from "../export/filter-caption.ts";
import { METRIC_INFO } from "../scene/metric-info.ts";
import { authorName, pairPapers, type Dataset } from "./dataset.ts";
import { h } from "./dom.ts";
import { createFilteredLayout } from "./filtered-layout.ts";
import { createFiltersPanel } from "./filters-panel.ts";
import { renderLegend } from "./legend-binding.ts";
import {
  communityControl,
  DEFAULT_COMMUNITY_CHOICE,
  type CommunityChoice,
} from "./community-control.ts";
import { createDensityPainter } from "./density-painter.ts";
import { createEmptyMapNote } from "./empty-map-note.ts";
import { densityToggle } from "./density-toggle.ts";
import { createLoadController } from "./load-controller.ts";
import { createLoader, type LoadMode } from "./loader.ts";
import { createMapBinding } from "./map-binding.ts";
import { createMapControls } from "./map-controls.ts";
import { createMapFocus } from "./map-focus.ts";
import {
  countingControl,
  DEFAULT_COUNTING_CHOICE,
  type CountingChoice,
} from "./counting-control.ts";
import { createImportDialog } from "./import-dialog.ts";
import { createMapView } from "./map-view.ts";
import { createMergePanel } from "./merge-panel.ts";
import { createPanelsBinding } from "./panels-binding.ts";
import { createIndexedDbStore, type StateStore } from "./persistence.ts";
import { createProgressOverlay } from "./progress-overlay.ts";
import { createRankingsTable } from "./rankings-table.ts";
import { createSearchBox } from "./search-box.ts";
import { createAppStore, type AppStore } from "./store/app-store.ts";
import { selectFilterOptions, selectTimelineFrame, selectVisible } from "./store/selectors.ts";
import { shownNeighbourhood } from "../graph/neighbourhood.ts";
import { nextTheme, readTheme, writeTheme } from "./theme.ts";
import { createToast } from "./toast.ts";
import { bindUrl } from "./url-sync.ts";
import { CLEARED_FILTERS, parseUrlState } from "./url-state.ts";
import { createWarningsPanel } from "./warnings-panel.ts";
import { createTimelinePanel } from "./timeline-panel.ts";
import { datasetTimeline } from "./store/timeline-selectors.ts";
import { withTimeline } from "../export/timeline-caption.ts";

export interface AppOptions {
  root: HTMLElement;
  client: AnalysisClient;
  /** The embedded dataset opened when the URL names no file. */
  defaultFiles: InputFile[];
  /** Reads a file served next to the app (for `?data=`). */
  fetchText?: (path: string) => Promise<string>;
  /** Where loaded files and merge decisions are kept between visits (default: IndexedDB). */
  store?: StateStore;
}

export interface App {
  /** The scene as drawn right now (what an export should show). */
  scene(): Scene | null;
  dataset(): Dataset | null;
  /** Whether the density view (the map's Density toggle) is on. */
  densityView(): boolean;
  /** The active filters in words, for export captions (undefined when none is). */
  filters(): string | undefined;
  /** The store: the state and its actions. */
  store: AppStore;
  /** A place in the top bar for more controls (the export menu). */
  toolbarSlot: HTMLElement;
  load(files: InputFile[], mode: LoadMode): Promise<void>;
  /** Settles once the first dataset is on screen (or failed to load). */
  ready: Promise<void>;
}

async function fetchSameOrigin(path: string): Promise<string> {
  const response = await fetch(new URL(path, document.baseURI));
  if (!response.ok) throw new Error(`coauthor-atlas/view: ${path}: HTTP ${response.status}`);
  return decodeText(new Uint8Array(await response.arrayBuffer()));
}

/** Creates the explorer in `options.root` and loads the URL's file or the default dataset. */
export function createApp(options: AppOptions): App {
  const { root } = options;
  const store = createAppStore(parseUrlState(location.search));
  store.dispatch({ type: "themeChosen", theme: readTheme() });
  const name = (id: string) => {
    const d = store.get().dataset;
    return d ? authorName(d, id) : id;
  };

  const actions: Actions = {
    selectAuthor(id) {
      store.dispatch({ type: "authorSelected", id });
      if (id !== null) actions.reveal(id, false);
    },
    selectPair: (first, second) => store.dispatch({ type: "pairSelected", first, second }),
    setMetric: (metric) => store.dispatch({ type: "viewChanged", change: { metric } }),
    setColor: (color) => store.dispatch({ type: "colorChosen", color }),
    update: (change) => store.dispatch({ type: "viewChanged", change }),
    highlightCommunity: (community) => store.dispatch({ type: "communityHighlighted", community }),
    reveal(id, force = true) {
      const p = store.get().dataset?.positions[id];
      if (p) map.reveal(p.x, p.y, force);
    },
    zoomToNeighbourhood(id) {
      const state = store.get();
      const d = state.dataset;
      const visible = selectVisible(state);
      if (!d || !visible) return;
      if (!map.fitAuthors(shownNeighbourhood(d.graph, id, visible))) actions.reveal(id);
    },
  };

  const toast = createToast();
  const warnings = createWarningsPanel(() => merges.toggle(false));
  const merges = createMergePanel({
    onOpen: () => warnings.toggle(false),
    onAccept: (decision) => store.dispatch({ type: "mergeAccepted", decision }),
    onReject: (decision) => store.dispatch({ type: "mergeRejected", decision }),
    onUndo: (kind, decision) => store.dispatch({ type: "mergeUndone", kind, decision }),
    onAcceptGroup: (group) => store.dispatch({ type: "mergeGroupAccepted", group }),
    onUndoGroup: (group) => store.dispatch({ type: "mergeGroupUndone", group }),
  });
  const clear = createClearButton(() => void controller.clearSaved());
  const toolbarSlot = h("div", { class: "toolbar-slot" });

  const density = createDensityPainter();
  let communities: CommunityChoice = DEFAULT_COMMUNITY_CHOICE;
  let counting: CountingChoice = DEFAULT_COUNTING_CHOICE;
  const map = createMapView({
    underlay: density.paint,
    onNodeClick(id, additive) {
      const { author } = store.get().selection;
      if (additive && author !== undefined && author !== id) actions.selectPair(author, id);
      else actions.selectAuthor(id);
    },
    onEdgeClick: (source, target) => actions.selectPair(source, target),
    onBackgroundClick() {
      if (store.get().selection.author !== undefined) actions.selectAuthor(null);
    },
    // The map draws the hovered author as an overlay itself: no scene rebuild per hover.
    onHover: (id) => store.dispatch({ type: "hovered", id }),
    onDrag: (id, x, y, phase) => controller.live()?.drag(id, x, y, phase),
    onKey: (event) => mapFocus(event),
    describeEdge(source, target) {
      const d = store.get().dataset;
      if (!d) return "";
      const n = pairPapers(d, source, target).length;
      return `${name(source)} & ${name(target)}: ${n} shared ${n === 1 ? "paper" : "papers"}`;
    },
  });
  const progress = createProgressOverlay();
  const emptyNote = createEmptyMapNote(() => actions.update(CLEARED_FILTERS));
  const rankings = createRankingsTable(actions);
  const search = createSearchBox((id) => actions.selectAuthor(id));
  // The search index is built on the first keystroke (or focus), not when a dataset arrives.
  let indexed: Dataset | null = null;
  const giveSearchIndex = () => {
    const d = store.get().dataset;
    if (d && d !== indexed) search.setIndex(d.search);
    indexed = d;
  };
  for (const type of ["focusin", "input", "keydown"])
    search.element.addEventListener(type, giveSearchIndex, { capture: true });
  const filters = createFiltersPanel(actions);
  const legendSlot = h("div", {});
  const sidePanel = h("div", { class: "side-panel-body" });
  const loader = createLoader(
    root,
    (chosen, mode) => void controller.load(chosen, mode, true),
    (message) => toast.show(message),
  );

  const importer = createImportDialog({
    onImport: (files) => controller.load(files, "add", true),
  });

  // The timeline: its frames change what is shown (no layout, no fit).
  const timeline = createTimelinePanel((frame) =>
    store.dispatch({ type: "timelineMoved", timeline: frame }),
  );
  const showTimeline = (state: ReturnType<AppStore["get"]>) =>
    timeline.update(
      selectTimelineFrame(state),
      state.dataset ? datasetTimeline(state.dataset) : null,
    );

  // The density view and the community detection sit with the zoom buttons.
  const mapControls = createMapControls(map);
  mapControls.append(
    densityToggle(density, () => map.renderer.draw()),
    communityControl(communities, (choice) => {
      communities = choice;
      void controller.rerun();
    }),
    countingControl(counting, (choice) => {
      counting = choice;
      void controller.rerun();
    }),
    timeline.button,
  );
  timeline.keepAbove(mapControls);
  const shell = createShell(root, {
    toolbar: [
      warnings.button,
      merges.button,
      toolbarSlot,
      loader.buttons,
      importer.button,
      clear.element,
    ],
    search: search.element,
    filters: filters.element,
    legend: legendSlot,
    mapPane: [map.element, mapControls, timeline.element, progress.element, emptyNote.element],
    rankings: rankings.element,
    sidePanel,
    overlays: [warnings.panel, merges.panel, clear.confirm, toast.element],
    onTab: (tab) => store.dispatch({ type: "viewChanged", change: { tab } }),
    onToggle: (panel) => store.dispatch({ type: "panelToggled", panel }),
    onTheme() {
      const theme = nextTheme(store.get().theme);
      writeTheme(theme);
      store.dispatch({ type: "themeChosen", theme });
    },
  });

  const mapFocus = createMapFocus(store, map, actions, shell.announcer);
  const binding = createMapBinding(map, (scene) => renderLegend(legendSlot, scene, store, actions));
  const controller = createLoadController({
    communities: () => communities,
    projection: () => counting,
    store,
    client: options.client,
    map,
    binding,
    progress,
    saved: options.store ?? createIndexedDbStore(),
    defaultFiles: options.defaultFiles,
    fetchText: options.fetchText ?? fetchSameOrigin,
    showError: (message) => toast.show(message),
    hideError: () => toast.hide(),
  });
  const filteredLayout = createFilteredLayout({
    state: () => store.get(),
    map,
    redraw: () => binding.redraw(),
    onPositionsReplaced: () => controller.live()?.reset(),
  });
  filters.footSlot.append(filteredLayout.button);
  const panels = createPanelsBinding({
    authorExtra: (corpus, author) => importer.coauthorsAction(corpus, author),
    root,
    shell,
    sidePanel,
    filters,
    rankings,
    merges,
    warnings,
    actions,
  });

  store.subscribe((state, previous, action) => {
    // A new dataset: the map's first scene is built in slices, the panels in the task after.
    map.setHover(state.hover);
    // Positions first: a change of the shown authors puts the whole network's layout back.
    filteredLayout.update(state);
    binding.update(state);
    panels(state);
    const d = state.dataset;
    emptyNote.update(selectVisible(state)?.nodes.size ?? 0, d?.graph.order ?? 0, {
      ...state.view,
      years: d?.years,
    });
    showTimeline(state);
    if (state.merges !== previous.merges) {
      // Effects run once this action has reached every listener (a load dispatches its own).
      if (
        action.type === "mergeAccepted" ||
        action.type === "mergeGroupAccepted" ||
        action.type === "mergeGroupUndone" ||
        (action.type === "mergeUndone" && action.kind === "accepted")
      )
        queueMicrotask(() => void controller.rerun());
      else if (action.type === "mergeRejected" || action.type === "mergeUndone")
        queueMicrotask(() => controller.save());
    }
  });
  bindUrl(store, (data) => {
    if (data !== store.get().session.loadedData) void controller.loadFromUrl();
  });
  document.addEventListener("keydown", (event) => {
    const target = event.target as HTMLElement | null;
    if (event.key !== "Escape" || target?.closest("input, select, textarea")) return;
    if (!merges.panel.hidden) merges.toggle(false);
    else if (!warnings.panel.hidden) warnings.toggle(false);
    else if (!clear.confirm.hidden) clear.close();
    else if (store.get().selection.author !== undefined) actions.selectAuthor(null);
  });

  // Tablets and phones: the panels are drawers, closed at first; a selection opens the details.
  const narrow = window.matchMedia?.("(max-width: 1100px)");
  const fitPanels = () => {
    const collapsed = narrow?.matches ?? false;
    store.dispatch({ type: "panelToggled", panel: "sidebar", collapsed });
    store.dispatch({ type: "panelToggled", panel: "details", collapsed });
  };
  if (narrow?.matches) fitPanels();
  narrow?.addEventListener?.("change", fitPanels);
  store.subscribe((state, previous) => {
    const selected = state.selection.author ?? null;
    if (narrow?.matches && selected !== null && selected !== (previous.selection.author ?? null))
      store.dispatch({ type: "panelToggled", panel: "details", collapsed: false });
  });

  panels(store.get());
  showTimeline(store.get());
  const ready = controller.loadFromUrl();
  return {
    scene: () => map.renderer.scene(),
    dataset: () => store.get().dataset,
    densityView: () => density.enabled(),
    filters() {
      const state = store.get();
      const d = state.dataset;
      const filters = selectFilterOptions(state);
      if (!d || !filters) return undefined;
      const metricLabel = METRIC_INFO[state.view.metric].label;
      return withTimeline(
        describeFilters(filters, { nameOf: (id) => authorName(d, id), metricLabel }),
        selectTimelineFrame(state),
      );
    },
    store,
    toolbarSlot,
    load: (chosen, mode) => controller.load(chosen, mode, true),
    ready,
  };
}
