// The right panel when nothing is selected: the network at a glance and its top authors.
import { formatMetric, METRIC_INFO, type SizeMetric } from "../scene/metric-info.ts";
import type { Actions } from "./actions.ts";
import type { Dataset } from "./dataset.ts";
import { swatch } from "./details-panel.ts";
import { h } from "./dom.ts";

const TOP = 12;

/** Summary figures and the top authors by `metric`. */
export function overviewPanel(dataset: Dataset, metric: SizeMetric, actions: Actions): HTMLElement {
  const s = dataset.metrics.summary;
  const stat = (value: string, label: string) =>
    h(
      "div",
      { class: "stat" },
      h("div", { class: "stat-value" }, value),
      h("div", { class: "stat-label" }, label),
    );
  const top = Object.entries(dataset.metrics.authors)
    .sort((x, y) => y[1][metric] - x[1][metric] || (x[0] < y[0] ? -1 : 1))
    .slice(0, TOP);
  return h(
    "section",
    { class: "panel-section overview", attrs: { "aria-label": "Network overview" } },
    h("header", { class: "panel-header" }, h("h2", {}, "Network")),
    h(
      "div",
      { class: "stats" },
      stat(String(s.authors), "authors"),
      stat(String(dataset.corpus.papers.length), "papers"),
      stat(String(s.coauthorships), "collaborations"),
      stat(String(s.components), s.components === 1 ? "component" : "components"),
      stat(`${Math.round(100 * s.largestComponentShare)}%`, "in the largest component"),
      stat(s.modularity.toFixed(2), "modularity"),
    ),
    h("h3", {}, `Top authors by ${METRIC_INFO[metric].label}`),
    h(
      "div",
      { class: "top-authors", attrs: { role: "group", "aria-label": "Top authors" } },
      ...top.map(([id, m], i) =>
        h(
          "button",
          {
            class: "top-author",
            attrs: { type: "button" },
            on: { click: () => actions.selectAuthor(id) },
          },
          h("span", { class: "rank-number" }, String(i + 1)),
          swatch(dataset, id),
          h("span", { class: "coauthor-name" }, dataset.authors.get(id)?.name ?? id),
          h("span", { class: "count" }, formatMetric(m[metric], metric)),
        ),
      ),
    ),
    h(
      "p",
      { class: "hint" },
      "Click an author for their papers and coauthors; click a line between two authors, or Shift-click a second author, for the papers they share.",
    ),
  );
}
