// The map's keyboard focus: arrows move between shown authors, Enter opens one, a live region tells.
import { formatMetric, isMetricPending, METRIC_INFO } from "../scene/metric-info.ts";
import type { Actions } from "./actions.ts";
import { authorName } from "./dataset.ts";
import { directionOf, nextFocus, type Point } from "./map-keyboard.ts";
import type { MapView } from "./map-view.ts";
import { selectTopAuthors, selectVisible } from "./store/selectors.ts";
import type { AppStore } from "./store/app-store.ts";
import { authorValue } from "../metrics/author-table.ts";

/**
 * Handles a key on the map; true when it was a focus move (arrows), an open (Enter) or a blur
 * (Escape with a focus). The focused author is the store's hover, announced in `announcer`.
 */
export function createMapFocus(
  store: AppStore,
  map: MapView,
  actions: Actions,
  announcer: HTMLElement,
): (event: KeyboardEvent) => boolean {
  const announce = (id: string) => {
    const state = store.get();
    const d = state.dataset;
    if (!d) return;
    const metric = state.view.metric;
    // A metric still being measured is left out rather than read as 0.
    const value = isMetricPending(d.metrics.summary, metric)
      ? undefined
      : authorValue(d.metrics.authors, id, metric);
    const visible = selectVisible(state);
    let coauthors = 0;
    if (d.graph.hasNode(id))
      d.graph.forEachNeighbor(id, (other) => {
        if (!visible || visible.nodes.has(other)) coauthors++;
      });
    announcer.textContent =
      `${authorName(d, id)}: ${d.papersByAuthor.get(id)?.length ?? 0} papers, ` +
      `${coauthors} shown ${coauthors === 1 ? "coauthor" : "coauthors"}` +
      (value === undefined ? "" : `, ${METRIC_INFO[metric].label} ${formatMetric(value, metric)}`) +
      ". Arrows: next author, Enter: details, N: zoom to coauthors.";
  };
  const focus = (id: string) => {
    store.dispatch({ type: "hovered", id });
    const p = store.get().dataset?.positions[id];
    if (p) map.reveal(p.x, p.y, false);
    announce(id);
  };

  return (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
    const state = store.get();
    const d = state.dataset;
    const visible = selectVisible(state);
    if (!d || !visible) return false;
    const current = state.hover ?? null;
    if (event.key === "n" || event.key === "N") {
      // The neighbourhood of the focused author, else of the selected one.
      const id = current ?? state.selection.author;
      if (id === undefined) return false;
      actions.zoomToNeighbourhood(id);
      announcer.textContent = `Zoomed to ${authorName(d, id)} and the coauthors shown.`;
      return true;
    }
    if (event.key === "Enter") {
      if (current === null) return false;
      actions.selectAuthor(current);
      return true;
    }
    if (event.key === "Escape" && current !== null) {
      store.dispatch({ type: "hovered", id: null });
      announcer.textContent = "";
      return true;
    }
    const direction = directionOf(event.key);
    if (direction === null) return false;
    const point = (id: string): Point | null => {
      const p = d.positions[id];
      return p ? { id, x: p.x, y: p.y } : null;
    };
    const start =
      current !== null && visible.nodes.has(current)
        ? current
        : (state.selection.author ?? selectTopAuthors(state, 1)[0]);
    if (start === undefined) return true;
    const from = point(start);
    if (!from) return true;
    if (start !== current) {
      focus(start);
      return true;
    }
    const neighbours: Point[] = [];
    if (d.graph.hasNode(start))
      d.graph.forEachNeighbor(start, (other) => {
        const p = visible.nodes.has(other) ? point(other) : null;
        if (p) neighbours.push(p);
      });
    const everyone = [...visible.nodes].map(point).filter((p): p is Point => p !== null);
    const next = nextFocus(from, direction, neighbours, everyone);
    if (next) focus(next.id);
    else announcer.textContent = `No author further ${direction}.`;
    return true;
  };
}
