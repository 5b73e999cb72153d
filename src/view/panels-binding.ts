// Keeps the panels in step with the store: each redrawn only when its own inputs changed.
import { authorDetails } from "./details-panel.ts";
import type { PaperOrder } from "./paper-order.ts";
import { mergedName } from "./dataset.ts";
import { h, replaceChildren } from "./dom.ts";
import type { FiltersPanel } from "./filters-panel.ts";
import type { MergePanel } from "./merge-panel.ts";
import { overviewPanel, TOP_AUTHORS } from "./overview-panel.ts";
import type { RankingsTable } from "./rankings-table.ts";
import type { Actions } from "./actions.ts";
import { sharedPapersPanel } from "./shared-panel.ts";
import type { Shell } from "./app-shell.ts";
import { memoize } from "../model/memo.ts";
import {
  selectColoring,
  selectPageState,
  selectPath,
  selectTitle,
  selectTopAuthors,
  selectVisible,
} from "./store/selectors.ts";
import type { AppState } from "./store/state.ts";
import type { WarningsPanel } from "./warnings-panel.ts";

export interface PanelParts {
  root: HTMLElement;
  shell: Shell;
  sidePanel: HTMLElement;
  filters: FiltersPanel;
  rankings: RankingsTable;
  merges: MergePanel;
  warnings: WarningsPanel;
  actions: Actions;
  /** Shown under an author's details (e.g. "Add coauthors' works"), or null. */
  authorExtra?: (
    corpus: NonNullable<AppState["dataset"]>["corpus"],
    author: string,
  ) => HTMLElement | null;
}

/** Returns the function that brings every panel up to date with a state. */
export function createPanelsBinding(parts: PanelParts): (state: AppState) => void {
  const { shell, actions } = parts;
  const media = window.matchMedia?.("(prefers-color-scheme: dark)");
  // The paper order chosen in an author's details stays for the next author.
  const paperOrder = {
    order: "newest" as PaperOrder,
    onChange: (order: PaperOrder) => (paperOrder.order = order),
  };

  const tabs = memoize((tab: AppState["view"]["tab"]) => {
    for (const key of ["map", "rankings"] as const) {
      shell.tabs[key].setAttribute("aria-selected", String(tab === key));
      shell.panes[key].hidden = tab !== key;
    }
  });
  const datasetInfo = memoize((d: AppState["dataset"]) => {
    if (!d) return;
    const names = d.corpus.files.map((f) => f.file).join(", ");
    replaceChildren(
      shell.datasetInfo,
      h("span", { class: "dataset-name", attrs: { title: names } }, names),
      h(
        "span",
        { class: "dataset-counts" },
        `${d.corpus.authors.length} authors · ${d.corpus.papers.length} papers · ${d.graph.size} collaborations`,
      ),
    );
    parts.warnings.update(d.warnings);
  });
  let listed: { dataset: AppState["dataset"]; merges: AppState["merges"] } | null = null;
  const merges = memoize((d: AppState["dataset"], m: AppState["merges"]) => {
    if (!d) return;
    // An undone merge splits the authors again only once the re-run is shown: until then the
    // list stays as it was (rather than empty, which would close it).
    const previous = listed;
    listed = { dataset: d, merges: m };
    if (
      previous?.dataset === d &&
      previous.merges.suggestions === m.suggestions &&
      previous.merges.rejected === m.rejected &&
      m.accepted.length < previous.merges.accepted.length
    )
      return;
    parts.merges.update(
      m.suggestions,
      m,
      (id) => mergedName(d, id),
      (id) => d.papers.get(id)?.title ?? id,
    );
  });
  const side = memoize(
    (
      d: AppState["dataset"],
      author: string | undefined,
      other: string | undefined,
      missing: readonly string[],
      metric: AppState["view"]["metric"],
      path: ReturnType<typeof selectPath>,
      top: readonly string[],
      shown: number,
      shownLinks: number,
      coloring: ReturnType<typeof selectColoring>,
    ) => {
      if (!d) return;
      const notice = missing.length
        ? h(
            "p",
            { class: "notice", attrs: { role: "status" } },
            `No author named “${missing.join("” or “")}” in this network.`,
          )
        : null;
      let body: HTMLElement;
      if (author !== undefined && other !== undefined)
        body = sharedPapersPanel(d, author, other, path, actions);
      else if (author !== undefined)
        body = authorDetails(d, author, metric, actions, paperOrder, coloring?.colorOf);
      else
        body = overviewPanel(
          d,
          metric,
          top,
          { authors: shown, links: shownLinks },
          actions,
          coloring?.colorOf,
        );
      const extra =
        author !== undefined && other === undefined
          ? (parts.authorExtra?.(d.corpus, author) ?? null)
          : null;
      replaceChildren(parts.sidePanel, notice, body, extra);
      parts.sidePanel.scrollTop = 0;
    },
  );
  const rankings = memoize(
    (
      d: AppState["dataset"],
      author: string | undefined,
      metric: AppState["view"]["metric"],
      visible: ReadonlySet<string> | undefined,
      tab: string,
    ) => {
      if (d && tab === "rankings") parts.rankings.update(d, author, metric, visible);
    },
  );
  const chrome = memoize(
    (theme: AppState["theme"], collapsed: AppState["collapsed"], dark: boolean) => {
      const resolved = theme === "system" ? (dark ? "dark" : "light") : theme;
      document.documentElement.dataset.theme = resolved;
      shell.themeButton.textContent =
        theme === "system" ? "Theme: auto" : theme === "dark" ? "Theme: dark" : "Theme: light";
      parts.root.dataset.sidebar = collapsed.sidebar ? "closed" : "open";
      parts.root.dataset.details = collapsed.details ? "closed" : "open";
      shell.toggles.sidebar.setAttribute("aria-expanded", String(!collapsed.sidebar));
      shell.toggles.details.setAttribute("aria-expanded", String(!collapsed.details));
    },
  );
  const filters = memoize(
    (
      d: AppState["dataset"],
      view: AppState["view"],
      author: string | undefined,
      visible: ReturnType<typeof selectVisible>,
    ) =>
      parts.filters.update(
        d,
        view,
        { nodes: visible?.nodes.size ?? 0, edges: visible?.edges.size ?? 0 },
        author !== undefined,
      ),
  );
  let last: AppState | null = null;
  media?.addEventListener?.("change", () => last && update(last));

  function update(state: AppState) {
    last = state;
    parts.root.dataset.state = selectPageState(state);
    if (state.load.phase === "replacing") parts.merges.toggle(false);
    tabs(state.view.tab);
    chrome(state.theme, state.collapsed, media?.matches ?? false);
    datasetInfo(state.dataset);
    merges(state.dataset, state.merges);
    const visible = selectVisible(state);
    const { author, with: other, missing } = state.selection;
    side(
      state.dataset,
      author,
      other,
      missing,
      state.view.metric,
      selectPath(state),
      selectTopAuthors(state, TOP_AUTHORS),
      visible?.nodes.size ?? 0,
      visible?.edges.size ?? 0,
      selectColoring(state),
    );
    filters(state.dataset, state.view, author, visible);
    rankings(state.dataset, author, state.view.metric, visible?.nodes, state.view.tab);
    document.title = selectTitle(state);
  }
  return update;
}
