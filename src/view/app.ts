// The explorer: builds the page, keeps view state (URL, selection, hover, filters) and wires it all.
import type { FilterOptions, FilterResult } from "../graph/filters.ts";
import { filterGraph } from "../graph/filters.ts";
import type { CollaborationPath } from "../graph/paths.ts";
import { decodeText } from "../parse/decode-text.ts";
import type { MergeDecision, MergeSuggestion } from "../parse/merge-suggestions.ts";
import { buildSceneSteps } from "../scene/build-scene.ts";
import type { Scene } from "../scene/scene.ts";
import type { AnalysisClient } from "../worker/client.ts";
import type { PipelineResult } from "../worker/pipeline.ts";
import type { InputFile } from "../worker/protocol.ts";
import type { Actions } from "./actions.ts";
import {
  authorName,
  createDatasetAsync,
  mergedName,
  pairPapers,
  pathBetween,
  type Dataset,
} from "./dataset.ts";
import { authorDetails } from "./details-panel.ts";
import { h, replaceChildren, svg } from "./dom.ts";
import { createFiltersPanel } from "./filters-panel.ts";
import { legendPanel } from "./legend-panel.ts";
import { createLiveLayout, type LiveLayout } from "./live-layout.ts";
import { createLoader, type LoadMode } from "./loader.ts";
import { createImportDialog } from "./import-dialog.ts";
import { createMapView } from "./map-view.ts";
import { hasDecision, withoutDecision } from "./merge-list.ts";
import { createMergePanel } from "./merge-panel.ts";
import { createIndexedDbStore, type StateStore } from "./persistence.ts";
import { EMPTY_SAVED_STATE, isEmptySavedState, type SavedState } from "./saved-state.ts";
import { overviewPanel } from "./overview-panel.ts";
import { createProgressOverlay } from "./progress-overlay.ts";
import { createRankingsTable } from "./rankings-table.ts";
import { resolveAuthor } from "./search-index.ts";
import { createSearchBox } from "./search-box.ts";
import { sharedPapersPanel } from "./shared-panel.ts";
import { nextTask, runSteps, runStepsSliced } from "./sliced.ts";
import {
  isLocalDataPath,
  parseUrlState,
  serializeUrlState,
  type Tab,
  type UrlState,
} from "./url-state.ts";
import { createWarningsPanel } from "./warnings-panel.ts";

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

function logo(): SVGElement {
  return svg(
    "svg",
    { width: 26, height: 26, viewBox: "0 0 26 26", "aria-hidden": "true", class: "logo" },
    svg("line", { x1: 7, y1: 8, x2: 18, y2: 6, stroke: "#94a3b8", "stroke-width": 1.6 }),
    svg("line", { x1: 7, y1: 8, x2: 12, y2: 19, stroke: "#94a3b8", "stroke-width": 1.6 }),
    svg("line", { x1: 18, y1: 6, x2: 12, y2: 19, stroke: "#94a3b8", "stroke-width": 2.6 }),
    svg("line", { x1: 12, y1: 19, x2: 21, y2: 19, stroke: "#94a3b8", "stroke-width": 1.6 }),
    svg("circle", { cx: 7, cy: 8, r: 3.2, fill: "#2563eb" }),
    svg("circle", { cx: 18, cy: 6, r: 2.6, fill: "#f97316" }),
    svg("circle", {
      cx: 12,
      cy: 19,
      r: 4.2,
      fill: "#10b981",
      stroke: "#0f172a",
      "stroke-width": 1.2,
    }),
    svg("circle", { cx: 21, cy: 19, r: 2.2, fill: "#2563eb" }),
  );
}

/** Creates the explorer in `options.root` and loads the URL's file or the default dataset. */
export function createApp(options: AppOptions): App {
  const { root, client } = options;
  const fetchText = options.fetchText ?? fetchSameOrigin;
  let url: UrlState = parseUrlState(location.search);
  let dataset: Dataset | null = null;
  /** The files shown, and those of the newest load (the same once it is shown). */
  let files: InputFile[] = [];
  let requested: InputFile[] = [];
  /** Whether a load of the user's is replacing the files (merge decisions wait for it). */
  let replacing = false;
  let loadedData: string | undefined;
  let visible: FilterResult | null = null;
  let visibleKey = "";
  let path: CollaborationPath | null = null;
  let pathKey = "";
  let live: LiveLayout | null = null;
  let selection: { author?: string; with?: string } = {};
  let panelKey = "";
  // Issue 5: what is saved between visits, and the merges the user decided.
  const store = options.store ?? createIndexedDbStore();
  let defaultIncluded = true;
  let saving = true;
  let accepted: MergeDecision[] = [];
  let rejected: MergeDecision[] = [];
  let suggestions: MergeSuggestion[] = [];
  /** Loads started; a load whose number is no longer the latest drops its results. */
  let loads = 0;
  /** The dataset whose search index the search box gets when first used. */
  let pendingSearch: Dataset | null = null;
  /** Refreshes started; a refresh run in slices stops when a newer one starts. */
  let refreshes = 0;
  /** Whether a refresh run in slices has not finished yet. */
  let refreshing = false;

  const actions: Actions = {
    selectAuthor(id) {
      navigate({ author: id === null ? undefined : name(id), with: undefined });
      if (id !== null) actions.reveal(id, false);
    },
    selectPair(first, second) {
      navigate({ author: name(first), with: name(second) });
    },
    setMetric(metric) {
      navigate({ metric });
    },
    update(change) {
      navigate(change);
    },
    reveal(id, force = true) {
      const p = dataset?.positions[id];
      if (p) map.reveal(p.x, p.y, force);
    },
  };
  const name = (id: string) => (dataset ? authorName(dataset, id) : id);

  // Page structure.
  const datasetInfo = h("div", { class: "dataset-info", attrs: { "aria-live": "polite" } });
  const tabButton = (tab: Tab, label: string) =>
    h(
      "button",
      {
        class: "tab",
        attrs: { type: "button", role: "tab", id: `tab-${tab}`, "aria-controls": `pane-${tab}` },
        on: { click: () => navigate({ tab }) },
      },
      label,
    );
  const mapTab = tabButton("map", "Map");
  const rankingsTab = tabButton("rankings", "Rankings");
  // The two toolbar popovers share one spot: opening one closes the other.
  const warnings = createWarningsPanel(() => merges.toggle(false));
  const merges = createMergePanel({
    onOpen: () => warnings.toggle(false),
    // Decisions name the shown authors: none is taken while other files replace them.
    onAccept(decision) {
      if (replacing || hasDecision(accepted, decision)) return;
      accepted = [...accepted, decision];
      updateMerges();
      void rerun();
    },
    onReject(decision) {
      if (replacing || hasDecision(rejected, decision)) return;
      rejected = [...rejected, decision];
      updateMerges();
      save();
    },
    onUndo(kind, decision) {
      if (replacing) return;
      if (kind === "accepted") {
        accepted = withoutDecision(accepted, decision);
        void rerun();
      } else {
        rejected = withoutDecision(rejected, decision);
        updateMerges();
        save();
      }
    },
  });
  const clearButton = h(
    "button",
    {
      class: "button",
      attrs: { type: "button", title: "Forget the saved files and merge decisions" },
      on: { click: () => void clearSaved() },
    },
    "Clear saved data",
  );
  const toolbarSlot = h("div", { class: "toolbar-slot" });
  const toast = h("div", { class: "toast", attrs: { role: "alert", hidden: true } });

  const map = createMapView({
    onNodeClick(id, additive) {
      if (additive && selection.author && selection.author !== id)
        actions.selectPair(selection.author, id);
      else actions.selectAuthor(id);
    },
    onEdgeClick: (source, target) => actions.selectPair(source, target),
    onBackgroundClick() {
      if (selection.author) actions.selectAuthor(null);
    },
    onHover() {
      // The map draws the hovered author as an overlay itself: no scene rebuild per hover.
    },
    onDrag(id, x, y, phase) {
      live?.drag(id, x, y, phase);
    },
    describeEdge(source, target) {
      if (!dataset) return "";
      const n = pairPapers(dataset, source, target).length;
      return `${name(source)} & ${name(target)}: ${n} shared ${n === 1 ? "paper" : "papers"}`;
    },
  });
  const mapControls = h(
    "div",
    { class: "map-controls", attrs: { role: "toolbar", "aria-label": "Map controls" } },
    h(
      "button",
      {
        class: "icon-button",
        attrs: { type: "button", "aria-label": "Zoom in", title: "Zoom in (+)" },
        on: { click: () => map.zoomBy(1.5) },
      },
      "+",
    ),
    h(
      "button",
      {
        class: "icon-button",
        attrs: { type: "button", "aria-label": "Zoom out", title: "Zoom out (−)" },
        on: { click: () => map.zoomBy(1 / 1.5) },
      },
      "−",
    ),
    h(
      "button",
      {
        class: "icon-button fit",
        attrs: { type: "button", "aria-label": "Fit the map", title: "Fit (F)" },
        on: { click: () => map.fit(true) },
      },
      "Fit",
    ),
  );
  const progress = createProgressOverlay();
  const mapPane = h(
    "div",
    {
      class: "pane map-pane",
      attrs: { id: "pane-map", role: "tabpanel", "aria-labelledby": "tab-map" },
    },
    map.element,
    mapControls,
    progress.element,
  );
  const rankings = createRankingsTable(actions);
  const rankingsPane = h(
    "div",
    {
      class: "pane rankings-pane",
      attrs: {
        id: "pane-rankings",
        role: "tabpanel",
        "aria-labelledby": "tab-rankings",
        hidden: true,
      },
    },
    rankings.element,
  );
  const search = createSearchBox((id) => actions.selectAuthor(id));
  const giveSearchIndex = () => {
    if (pendingSearch && pendingSearch === dataset) search.setIndex(pendingSearch.search);
    pendingSearch = null;
  };
  // Capture on the wrapper runs before the box's own handlers.
  for (const type of ["focusin", "input", "keydown"])
    search.element.addEventListener(type, giveSearchIndex, { capture: true });
  const filters = createFiltersPanel(actions);
  const legendSlot = h("div", {});
  const sidePanel = h("div", { class: "side-panel-body" });
  const stage = h("main", { class: "stage" }, mapPane, rankingsPane);
  const importer = createImportDialog({ onImport: (files) => load(files, "add", true) });
  const loader = createLoader(
    root,
    (chosen, mode) => void load(chosen, mode, true),
    (message) => showError(message),
  );

  replaceChildren(
    root,
    h(
      "header",
      { class: "topbar" },
      h("div", { class: "brand" }, logo(), h("span", {}, "Coauthor Atlas")),
      h(
        "nav",
        { class: "tabs", attrs: { role: "tablist", "aria-label": "Views" } },
        mapTab,
        rankingsTab,
      ),
      datasetInfo,
      warnings.button,
      merges.button,
      toolbarSlot,
      loader.buttons,
      importer.button,
      clearButton,
    ),
    h(
      "div",
      { class: "workspace" },
      h(
        "aside",
        { class: "sidebar", attrs: { "aria-label": "Search, filters and legend" } },
        h("section", { class: "side-section" }, search.element),
        h(
          "section",
          { class: "side-section" },
          h("h2", { class: "section-title" }, "View"),
          filters.element,
        ),
        h(
          "section",
          { class: "side-section" },
          h("h2", { class: "section-title" }, "Legend"),
          legendSlot,
        ),
      ),
      stage,
      h("aside", { class: "side-panel", attrs: { "aria-label": "Selection" } }, sidePanel),
    ),
    warnings.panel,
    merges.panel,
    toast,
  );

  function showError(message: string) {
    toast.replaceChildren(
      h("span", {}, message),
      h(
        "button",
        {
          class: "icon-button",
          attrs: { type: "button", "aria-label": "Dismiss" },
          on: { click: () => (toast.hidden = true) },
        },
        "×",
      ),
    );
    toast.hidden = false;
  }

  function navigate(change: Partial<UrlState>, push = true) {
    setUrl(change, push);
    refresh();
  }

  function setUrl(change: Partial<UrlState>, push: boolean) {
    url = { ...url, ...change };
    if (url.author === undefined) url.with = undefined;
    const query = serializeUrlState(url);
    if (query !== location.search) {
      const target = query || location.pathname;
      if (push) history.pushState(null, "", target);
      else history.replaceState(null, "", target);
    }
  }

  function filterOptions(): Partial<FilterOptions> {
    return {
      minPapers: url.minPapers,
      minWeight: url.minWeight,
      yearFrom: dataset?.years ? url.yearFrom : undefined,
      yearTo: dataset?.years ? url.yearTo : undefined,
      largestComponent: url.largest,
      egoCenter: url.ego > 0 ? selection.author : undefined,
      egoHops: Math.max(1, url.ego),
      topN: url.top,
    };
  }

  function drawScene(): Scene | null {
    return runSteps(drawSceneSteps());
  }

  function* drawSceneSteps(): Generator<void, Scene | null> {
    if (!dataset || !visible) return null;
    const { width, height } = map.size();
    const scene = yield* buildSceneSteps(
      {
        graph: dataset.graph,
        metrics: dataset.metrics.authors,
        positions: dataset.positions,
        visible,
        sizeMetric: url.metric,
        selection: {
          author: selection.author,
          with: selection.with,
          path: path?.nodes,
        },
        transform: map.transform(),
        width: width || 800,
        height: height || 600,
      },
      { colors: dataset.colors, measureText: map.renderer.measureText },
    );
    yield;
    yield* map.setSceneSteps(scene);
    return scene;
  }

  function renderPanel(missing: string[]) {
    if (!dataset) return;
    const key = JSON.stringify([selection, url.metric, missing, path?.nodes]);
    if (key === panelKey) return;
    panelKey = key;
    const notice = missing.length
      ? h(
          "p",
          { class: "notice", attrs: { role: "status" } },
          `No author named “${missing.join("” or “")}” in this network.`,
        )
      : null;
    let body: HTMLElement;
    if (selection.author && selection.with)
      body = sharedPapersPanel(dataset, selection.author, selection.with, path, actions);
    else if (selection.author) body = authorDetails(dataset, selection.author, url.metric, actions);
    else body = overviewPanel(dataset, url.metric, actions);
    const oneHop =
      selection.author && !selection.with
        ? importer.coauthorsAction(dataset.corpus, selection.author)
        : null;
    replaceChildren(sidePanel, notice, body, oneHop);
    sidePanel.scrollTop = 0;
  }

  function refresh(options: { fit?: boolean } = {}) {
    refreshes++;
    refreshing = false;
    runSteps(refreshSteps(options));
  }

  /**
   * {@link refresh} in slices of a few milliseconds with input handled in between (a big network's
   * first scene); stops, unfinished, when another refresh starts meanwhile.
   */
  async function refreshSliced(): Promise<void> {
    const run = ++refreshes;
    refreshing = true;
    try {
      await runStepsSliced(refreshSteps(), { cancelled: () => run !== refreshes });
    } finally {
      if (run === refreshes) refreshing = false;
    }
  }

  function* refreshSteps(options: { fit?: boolean } = {}): Generator<void, void> {
    mapTab.setAttribute("aria-selected", String(url.tab === "map"));
    rankingsTab.setAttribute("aria-selected", String(url.tab === "rankings"));
    mapPane.hidden = url.tab !== "map";
    rankingsPane.hidden = url.tab !== "rankings";
    if (!dataset) return;
    const d = dataset;
    const missing: string[] = [];
    const author = url.author !== undefined ? resolveAuthor(d.search, url.author) : undefined;
    if (url.author !== undefined && author === undefined) missing.push(url.author);
    const other =
      author !== undefined && url.with !== undefined
        ? resolveAuthor(d.search, url.with)
        : undefined;
    if (author !== undefined && url.with !== undefined && other === undefined)
      missing.push(url.with);
    selection = { author, with: other };

    let fit = options.fit ?? false;
    const fo = filterOptions();
    const key = JSON.stringify(fo);
    if (key !== visibleKey || !visible) {
      const metric = url.metric;
      visible = filterGraph(d.graph, fo, {
        paperYears: d.paperYears,
        authorPapers: d.papersByAuthor,
        score: (id) => d.metrics.authors[id]?.[metric] ?? 0,
      });
      if (visibleKey !== "") fit = true;
      visibleKey = key;
      yield;
    }
    const nextPathKey = `${author}\u0000${other}`;
    if (nextPathKey !== pathKey) {
      pathKey = nextPathKey;
      path =
        author !== undefined && other !== undefined && pairPapers(d, author, other).length === 0
          ? pathBetween(d, author, other)
          : null;
    }
    const scene = yield* drawSceneSteps();
    if (fit) map.fit(!options.fit);
    yield;
    renderPanel(missing);
    yield;
    replaceChildren(legendSlot, legendPanel(scene));
    filters.update(
      d,
      url,
      { nodes: visible?.nodes.size ?? 0, edges: visible?.edges.size ?? 0 },
      author !== undefined,
    );
    yield;
    if (url.tab === "rankings") rankings.update(d, author, url.metric);
    const title = selection.author
      ? selection.with
        ? `${name(selection.author)} & ${name(selection.with)}`
        : name(selection.author)
      : "";
    document.title = title ? `${title} · Coauthor Atlas` : "Coauthor Atlas";
  }

  function updateMerges() {
    const d = dataset;
    if (!d) return;
    merges.update(
      suggestions,
      { accepted, rejected },
      (id) => mergedName(d, id),
      (id) => d.papers.get(id)?.title ?? id,
    );
  }

  function savedState(): SavedState {
    return {
      version: 1,
      files: defaultIncluded ? files.slice(options.defaultFiles.length) : files,
      replacedDefault: !defaultIncluded,
      accepted,
      rejected,
    };
  }

  function save() {
    if (!saving) return;
    const state = savedState();
    const write = isEmptySavedState(state) ? store.clear() : store.save(state);
    write.catch((error: Error) => showError(`Could not save: ${error.message}`));
  }

  /** Re-runs the pipeline on the same files with the merge decisions (positions kept). */
  function rerun(): Promise<void> {
    return load(requested, "same", false, "Merging authors");
  }

  async function clearSaved(): Promise<void> {
    await store.clear().catch(() => undefined);
    accepted = [];
    rejected = [];
    defaultIncluded = true;
    saving = true;
    loadedData = undefined;
    merges.toggle(false);
    await load(options.defaultFiles, "replace", true, "Opening the default network");
  }

  async function load(
    chosen: InputFile[],
    mode: LoadMode | "same",
    byUser: boolean,
    message?: string,
  ): Promise<void> {
    // Files are added to (and merges re-run on) those of the newest load, shown or not yet.
    const all = mode === "add" ? [...requested, ...chosen] : chosen;
    requested = all;
    if (byUser && mode === "replace") {
      // New files: earlier merge decisions name authors of the old ones.
      defaultIncluded = chosen === options.defaultFiles;
      accepted = [];
      rejected = [];
      replacing = true;
      merges.toggle(false);
    }
    if (byUser) saving = true;
    const label = chosen.length === 1 ? chosen[0].name : `${chosen.length} files`;
    progress.start(message ?? `${mode === "add" ? "Adding" : "Opening"} ${label}`);
    root.dataset.state = "loading";
    toast.hidden = true;
    let shown: { dataset: Dataset; ids: string[] } | null = null;

    // The network is shown as soon as its metrics are known, and moves while the layout runs.
    // The dataset is built in steps with input let through between them; a newer load wins.
    const token = ++loads;
    let showing: Promise<void> | null = null;
    // Layout steps that arrive while the first scene is built (which reads the positions) wait
    // for it; only the newest is kept.
    let held: Float64Array | null = null;
    const show = async (partial: PipelineResult) => {
      live?.stop();
      live = null;
      const next = await createDatasetAsync(partial);
      if (token !== loads) return;
      files = all;
      replacing = false;
      dataset = next;
      const d = dataset;
      shown = { dataset: d, ids: partial.ids };
      visible = null;
      visibleKey = "";
      pathKey = "";
      panelKey = "";
      // The search index is built on the first keystroke (or focus), not on arrival.
      search.setIndex(null);
      pendingSearch = d;
      warnings.update(d.warnings);
      suggestions = partial.suggestions;
      updateMerges();
      const names = d.corpus.files.map((f) => f.file).join(", ");
      replaceChildren(
        datasetInfo,
        h("span", { class: "dataset-name", attrs: { title: names } }, names),
        h(
          "span",
          { class: "dataset-counts" },
          `${d.corpus.authors.length} authors · ${d.corpus.papers.length} papers · ${d.graph.size} collaborations`,
        ),
      );
      if (byUser) {
        loadedData = undefined;
        setUrl(
          { data: undefined, author: mode === "add" ? url.author : undefined, with: undefined },
          false,
        );
      }
      // The first scene of a big network takes a while: it is built in slices.
      await refreshSliced();
      if (token !== loads) return;
      if (held) {
        await nextTask();
        if (token !== loads) return;
        if (held) place(held);
      }
      progress.compact(true);
      // The first scene was a task of its own; fitting it (another draw) is the next one.
      await nextTask();
      if (token === loads && dataset === d) map.fit(false);
    };
    const place = (xy: Float64Array) => {
      if (!shown || dataset !== shown.dataset) return;
      if (refreshing) {
        held = xy;
        return;
      }
      held = null;
      const positions = shown.dataset.positions;
      shown.ids.forEach((id, i) => (positions[id] = { x: xy[2 * i], y: xy[2 * i + 1] }));
      // Layout steps move the drawn scene in place; a scene is built only when none is shown.
      if (!map.updatePositions(positions)) drawScene();
      if (!map.interacted()) map.fit(false);
    };

    try {
      const result = await client.load(
        all,
        {
          initialPositions: mode !== "replace" ? dataset?.positions : undefined,
          decisions: accepted,
        },
        {
          onProgress: (p) => progress.update(p),
          onDataset(partial) {
            showing = show(partial);
            // Awaited below; a load superseded meanwhile must not report it as unhandled.
            showing.catch(() => undefined);
          },
          onPositions: place,
        },
      );
      await (showing ?? show(result));
      if (token !== loads) return;
      place(result.positions);
      const d = dataset as Dataset;
      live = createLiveLayout(d, () => map.updatePositions(d.positions) || drawScene());
      save();
      root.dataset.state = "ready";
    } catch (error) {
      if ((error as Error).name === "AbortError") return;
      requested = files;
      replacing = false;
      root.dataset.state = dataset ? "ready" : "error";
      showError((error as Error).message);
    } finally {
      progress.finish();
    }
  }

  async function loadFromUrl(): Promise<void> {
    if (url.data !== undefined && isLocalDataPath(url.data)) {
      const path = url.data;
      try {
        const text = await fetchText(path);
        loadedData = path;
        // A `?data=` file wins over the saved state and leaves it as it is.
        saving = false;
        defaultIncluded = false;
        accepted = [];
        rejected = [];
        await load([{ name: path.split("/").pop() || path, text }], "replace", false);
        return;
      } catch (error) {
        showError(
          `Could not open ${path}: ${(error as Error).message}. Showing the default network.`,
        );
      }
    } else if (url.data !== undefined) showError(`Not a file next to the app: ${url.data}`);
    loadedData = undefined;
    saving = true;
    const saved = await store.load().catch((error: Error) => {
      showError(`${error.message}; starting from the default network.`);
      return null;
    });
    const state = saved ?? EMPTY_SAVED_STATE;
    defaultIncluded = !state.replacedDefault;
    accepted = state.accepted;
    rejected = state.rejected;
    const restored = [...(defaultIncluded ? options.defaultFiles : []), ...state.files];
    await load(restored.length ? restored : options.defaultFiles, "replace", false);
  }

  window.addEventListener("popstate", () => {
    url = parseUrlState(location.search);
    if (url.data !== loadedData) void loadFromUrl();
    else refresh();
  });
  document.addEventListener("keydown", (event) => {
    const target = event.target as HTMLElement | null;
    if (event.key !== "Escape" || target?.closest("input, select, textarea")) return;
    if (!merges.panel.hidden) merges.toggle(false);
    else if (!warnings.panel.hidden) warnings.toggle(false);
    else if (selection.author) actions.selectAuthor(null);
  });

  refresh();
  const ready = loadFromUrl();
  return {
    scene: () => map.renderer.scene(),
    dataset: () => dataset,
    toolbarSlot,
    load: (chosen, mode) => load(chosen, mode, true),
    ready,
  };
}
