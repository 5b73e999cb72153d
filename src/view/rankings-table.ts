// The rankings tab: every author with every metric, sortable by any column; a row click selects.
import {
  formatMetric,
  isMetricPending,
  METRIC_INFO,
  PENDING_VALUE,
  SIZE_METRICS,
  type SizeMetric,
} from "../scene/metric-info.ts";
import type { Actions } from "./actions.ts";
import type { Dataset } from "./dataset.ts";
import { swatch } from "./details-panel.ts";
import { h } from "./dom.ts";
import { surnameKey } from "./sort-name.ts";
import { authorMetrics, authorValue } from "../metrics/author-table.ts";

type SortKey = "name" | "community" | SizeMetric;

const ROW_HEIGHT = 34;
/** Column heads shortened so that every column fits next to the side panels at 1400 px. */
const SHORT_LABELS: Partial<Record<SizeMetric, string>> = {
  betweenness: "Betw.",
  closeness: "Close.",
  eigenvector: "Eigen.",
  coauthors: "Coauth.",
};
const OVERSCAN = 10;

export interface RankingsTable {
  element: HTMLElement;
  /** Shows a dataset (or keeps the current one) with `selected` highlighted. */
  /** `visible`: the authors the filters leave (all when omitted). */
  update(
    dataset: Dataset,
    selected: string | undefined,
    metric: SizeMetric,
    visible?: ReadonlySet<string>,
  ): void;
}

/** Creates the table; rows are rendered for the visible window only, so 10k authors stay fast. */
export function createRankingsTable(actions: Actions): RankingsTable {
  let dataset: Dataset | null = null;
  let selected: string | undefined;
  let sortKey: SortKey = "pagerank";
  let descending = true;
  let order: string[] = [];
  let visible: ReadonlySet<string> | undefined;
  let sortedFor: {
    dataset: Dataset;
    key: SortKey;
    descending: boolean;
    visible: ReadonlySet<string> | undefined;
  } | null = null;

  const columns: { key: SortKey; label: string; short?: string; title: string }[] = [
    { key: "name", label: "Author", title: "Author name" },
    ...SIZE_METRICS.map((key) => ({
      key,
      label: METRIC_INFO[key].label,
      short: SHORT_LABELS[key],
      title: METRIC_INFO[key].description,
    })),
    { key: "community", label: "Community", short: "Comm.", title: "Louvain community" },
  ];
  const headRow = h("tr", {});
  const thead = h("thead", {}, headRow);
  const tbody = h("tbody", {});
  const table = h(
    "table",
    { class: "rankings", attrs: { "aria-label": "Author rankings" } },
    thead,
    tbody,
  );
  const scroller = h("div", { class: "rankings-scroll", attrs: { tabindex: -1 } }, table);
  const caption = h("p", { class: "muted rankings-caption" });
  const element = h("div", { class: "rankings-view" }, caption, scroller);

  const sortOrder = () => {
    if (!dataset) return;
    if (
      sortedFor &&
      sortedFor.dataset === dataset &&
      sortedFor.key === sortKey &&
      sortedFor.descending === descending &&
      sortedFor.visible === visible
    )
      return;
    const d = dataset;
    const shown = visible;
    const ids = d.corpus.authors.map((a) => a.id).filter((id) => !shown || shown.has(id));
    const names =
      sortKey === "name"
        ? new Map(ids.map((id) => [id, surnameKey(d.authors.get(id)?.name ?? id)]))
        : null;
    const key = sortKey;
    const value = (id: string): number | string => {
      if (key === "name") return names?.get(id) ?? id;
      return authorValue(d.metrics.authors, id, key) ?? 0;
    };
    const sign = descending ? -1 : 1;
    ids.sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      const c = typeof va === "string" ? va.localeCompare(vb as string) : va - (vb as number);
      return sign * c || (a < b ? -1 : 1);
    });
    order = ids;
    sortedFor = { dataset: d, key: sortKey, descending, visible };
  };

  const renderHead = () => {
    headRow.replaceChildren(
      h("th", { class: "num", attrs: { scope: "col" } }, "#"),
      ...columns.map((c) =>
        h(
          "th",
          {
            class: c.key === "name" ? "" : "num",
            attrs: {
              scope: "col",
              "aria-sort": c.key === sortKey ? (descending ? "descending" : "ascending") : "none",
            },
          },
          h(
            "button",
            {
              class: "sort",
              attrs: {
                type: "button",
                title: `Sort by ${c.title}`,
                // The full name for screen readers where the header shows a short one.
                "aria-label": c.short ? c.label : null,
              },
              on: {
                click: () => {
                  if (sortKey === c.key) descending = !descending;
                  else {
                    sortKey = c.key;
                    descending = c.key !== "name";
                  }
                  renderHead();
                  renderRows(true);
                },
              },
            },
            c.short ?? c.label,
            c.key === sortKey ? (descending ? " ↓" : " ↑") : "",
          ),
        ),
      ),
    );
  };

  const renderRows = (resetScroll = false) => {
    if (!dataset) return;
    sortOrder();
    const d = dataset;
    if (resetScroll) scroller.scrollTop = 0;
    const viewport = scroller.clientHeight || 600;
    const first = Math.max(0, Math.floor(scroller.scrollTop / ROW_HEIGHT) - OVERSCAN);
    const last = Math.min(
      order.length,
      Math.ceil((scroller.scrollTop + viewport) / ROW_HEIGHT) + OVERSCAN,
    );
    const spacer = (rows: number) => {
      const tr = h("tr", { class: "spacer", attrs: { "aria-hidden": "true" } });
      tr.style.height = `${rows * ROW_HEIGHT}px`;
      return tr;
    };
    const rows: HTMLElement[] = [];
    if (first > 0) rows.push(spacer(first));
    for (let i = first; i < last; i++) {
      const id = order[i];
      const m = authorMetrics(d.metrics.authors, id);
      const name = d.authors.get(id)?.name ?? id;
      const select = () => actions.selectAuthor(id);
      rows.push(
        h(
          "tr",
          { class: id === selected ? "selected" : "", on: { click: select } },
          h("td", { class: "num muted" }, String(i + 1)),
          h(
            "td",
            { class: "name" },
            h(
              "button",
              {
                class: "link",
                attrs: { type: "button" },
                on: { click: (e) => (e.stopPropagation(), select()) },
              },
              swatch(d, id),
              name,
            ),
          ),
          ...SIZE_METRICS.map((key) =>
            h(
              "td",
              { class: "num" },
              isMetricPending(d.metrics.summary, key)
                ? PENDING_VALUE
                : m
                  ? formatMetric(m[key], key)
                  : "–",
            ),
          ),
          h("td", { class: "num" }, m ? String(m.community + 1) : "–"),
        ),
      );
    }
    if (last < order.length) rows.push(spacer(order.length - last));
    tbody.replaceChildren(...rows);
  };

  let frame = 0;
  scroller.addEventListener("scroll", () => {
    if (!frame)
      frame = requestAnimationFrame(() => {
        frame = 0;
        renderRows();
      });
  });

  renderHead();
  return {
    element,
    update(next, nextSelected, metric, nextVisible) {
      if (dataset !== next) {
        sortKey = metric;
        descending = true;
        renderHead();
      }
      dataset = next;
      selected = nextSelected;
      visible = nextVisible;
      const total = next.corpus.authors.length;
      const shown = nextVisible ? Math.min(nextVisible.size, total) : total;
      caption.textContent =
        shown === 0
          ? "No author passes the filters: loosen them in the View panel."
          : `${shown === total ? total : `${shown} of ${total}`} authors. Click a column to sort, a row to open the author.`;
      renderRows();
    },
  };
}
