// The right panel when nothing is selected: the network at a glance and its top shown authors.
import {
  formatMetric,
  isMetricPending,
  METRIC_INFO,
  PENDING_VALUE,
  type SizeMetric,
} from "../scene/metric-info.ts";
import type { Actions } from "./actions.ts";
import type { Dataset } from "./dataset.ts";
import { swatch } from "./details-panel.ts";
import { h } from "./dom.ts";
import { CLEARED_FILTERS } from "./url-state.ts";
import { authorValue } from "../metrics/author-table.ts";

/** How many top authors the overview lists. */
export const TOP_AUTHORS = 12;

/**
 * Summary figures and `top` (the shown authors with the highest `metric`, highest first);
 * `shown` counts the authors and links that pass the filters. With none shown, says so and how to
 * get them back.
 */
export function overviewPanel(
  dataset: Dataset,
  metric: SizeMetric,
  top: readonly string[],
  shown: { authors: number; links: number },
  actions: Actions,
  /** Author colours when the map is not coloured by community. */
  colorOf?: (id: string) => string,
): HTMLElement {
  const s = dataset.metrics.summary;
  const stat = (value: string, label: string) =>
    h(
      "div",
      { class: "stat" },
      h("div", { class: "stat-value" }, value),
      h("div", { class: "stat-label" }, label),
    );
  const filtered = shown.authors < dataset.graph.order;
  const list =
    shown.authors === 0
      ? h(
          "div",
          { class: "empty-state", attrs: { role: "status" } },
          h("p", {}, "No author passes the filters."),
          h(
            "button",
            {
              class: "button",
              attrs: { type: "button" },
              on: {
                click: () => actions.update(CLEARED_FILTERS),
              },
            },
            "Reset filters",
          ),
        )
      : h(
          "div",
          { class: "top-authors", attrs: { role: "group", "aria-label": "Top authors" } },
          ...top.map((id, i) =>
            h(
              "button",
              {
                class: "top-author",
                attrs: { type: "button" },
                on: { click: () => actions.selectAuthor(id) },
              },
              h("span", { class: "rank-number" }, String(i + 1)),
              swatch(dataset, id, colorOf),
              h("span", { class: "coauthor-name" }, dataset.authors.get(id)?.name ?? id),
              h(
                "span",
                { class: "count" },
                isMetricPending(s, metric)
                  ? PENDING_VALUE
                  : formatMetric(authorValue(dataset.metrics.authors, id, metric) ?? 0, metric),
              ),
            ),
          ),
        );
  return h(
    "section",
    { class: "panel-section overview", attrs: { "aria-label": "Network overview" } },
    h("header", { class: "panel-header" }, h("h2", {}, "Network")),
    h(
      "div",
      { class: "stats" },
      filtered ? stat(String(shown.authors), "authors shown") : null,
      filtered ? stat(String(shown.links), "collaborations shown") : null,
      stat(String(s.authors), "authors"),
      stat(String(dataset.corpus.papers.length), "papers"),
      stat(String(s.coauthorships), "collaborations"),
      stat(String(s.components), s.components === 1 ? "component" : "components"),
      stat(`${Math.round(100 * s.largestComponentShare)}%`, "in the largest component"),
      stat(s.modularity.toFixed(2), "modularity"),
    ),
    h("h3", {}, `Top ${filtered ? "shown " : ""}authors by ${METRIC_INFO[metric].label}`),
    list,
    h(
      "p",
      { class: "hint" },
      "Click an author for their papers and coauthors; click a line between two authors, or Shift-click a second author, for the papers they share.",
    ),
  );
}
