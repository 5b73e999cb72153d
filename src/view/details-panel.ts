// The Author details region: name, every metric with its rank, papers, and coauthors by shared papers.
import {
  formatMetric,
  isMetricPending,
  METRIC_INFO,
  PENDING_VALUE,
  SIZE_METRICS,
  type SizeMetric,
} from "../scene/metric-info.ts";
import type { Actions } from "./actions.ts";
import { coauthorsOf, type Dataset } from "./dataset.ts";
import { h } from "./dom.ts";
import { externalLinks } from "./external-links.ts";
import { paperList } from "./paper-item.ts";
import { communitySizes } from "../metrics/community-summary.ts";
import { authorLinks } from "../model/links.ts";
import { collaborationsPerYear } from "../graph/collaboration-years.ts";
import { PAPER_ORDER_LABELS, paperOrdersFor, sortPapers, type PaperOrder } from "./paper-order.ts";
import { collaborationSparkline } from "./sparkline.ts";
import "./color-scale.css";
import { keepLast } from "../model/memo.ts";
import { authorMetrics, authorValue } from "../metrics/author-table.ts";

const COAUTHORS_SHOWN = 40;

/** Authors per community of the dataset shown (computed once for it). */
const sizesOf = keepLast((dataset: Dataset) =>
  communitySizes(dataset.graph, (id) => authorValue(dataset.metrics.authors, id, "community")),
);
function communitySizeOf(dataset: Dataset, community: number): number {
  return sizesOf(dataset).get(community) ?? 0;
}

/**
 * A coloured dot for an author: their colour on the map (`colorOf`, when the map is coloured by
 * year, citations or file), else their community's.
 */
export function swatch(
  dataset: Dataset,
  id: string,
  colorOf?: (id: string) => string,
): HTMLElement {
  const community = authorValue(dataset.metrics.authors, id, "community") ?? 0;
  const dot = h("span", { class: "swatch", attrs: { "aria-hidden": "true" } });
  dot.style.background = colorOf?.(id) ?? dataset.colors.get(community) ?? "#94a3b8";
  return dot;
}

/** The order of the paper list, and who hears a new choice (to keep it for the next author). */
export interface PaperOrderChoice {
  order: PaperOrder;
  onChange: (order: PaperOrder) => void;
}

/** Renders the details of author `id` (role="region", aria-label="Author details"). */
export function authorDetails(
  dataset: Dataset,
  id: string,
  metric: SizeMetric,
  actions: Actions,
  paperOrder: PaperOrderChoice = { order: "newest", onChange: () => {} },
  colorOf?: (id: string) => string,
): HTMLElement {
  const author = dataset.authors.get(id);
  const name = author?.name ?? id;
  const m = authorMetrics(dataset.metrics.authors, id);
  const total = dataset.corpus.authors.length;
  const owner = dataset.corpus.owners.includes(id);

  const rows = SIZE_METRICS.map((key) => {
    const pending = isMetricPending(dataset.metrics.summary, key);
    return h(
      "div",
      {
        class: key === metric ? "metric-row current" : "metric-row",
        attrs: { title: pending ? "Still being computed" : METRIC_INFO[key].description },
      },
      h("dt", {}, METRIC_INFO[key].label),
      h("dd", {}, pending ? PENDING_VALUE : m ? formatMetric(m[key], key) : "–"),
      h(
        "dd",
        { class: "rank" },
        `#${pending ? PENDING_VALUE : (dataset.ranks[key].get(id) ?? "–")}`,
        h("span", { class: "of" }, ` of ${total}`),
      ),
    );
  });

  const paperIds = dataset.papersByAuthor.get(id) ?? [];
  const papers = paperIds.map((p) => dataset.papers.get(p)).filter((p) => p !== undefined);
  const coauthors = coauthorsOf(dataset, id);
  const sparkline = collaborationSparkline(collaborationsPerYear(id, papers));

  // The paper list in the chosen order (most cited only when some paper has a count).
  const orders = paperOrdersFor(papers);
  let order: PaperOrder = orders.includes(paperOrder.order) ? paperOrder.order : "newest";
  const listOptions = {
    emphasize: new Set([id]),
    onAuthor: (other: string) => actions.selectPair(id, other),
  };
  const listSlot = h("div", {}, paperList(dataset, sortPapers(papers, order), listOptions));
  const orderSelect = h(
    "select",
    {
      attrs: { "aria-label": "Sort papers" },
      on: {
        change: () => {
          order = orderSelect.value as PaperOrder;
          paperOrder.onChange(order);
          listSlot.replaceChildren(paperList(dataset, sortPapers(papers, order), listOptions));
        },
      },
    },
    ...orders.map((o) =>
      h("option", { props: { value: o, selected: o === order } }, PAPER_ORDER_LABELS[o]),
    ),
  );
  const sortRow =
    papers.length > 1 ? h("label", { class: "paper-sort muted" }, "Sort ", orderSelect) : null;
  // Coauthors linked only in a network file show their link weight instead of shared papers.
  const linkOnly = coauthors.length > 0 && coauthors.every((c) => c.shared === 0);
  const amount = (c: (typeof coauthors)[number]) => (linkOnly ? c.weight : c.shared);
  const maxShared = Math.max(1e-9, ...coauthors.map(amount));
  const coauthorButtons = (count: number) =>
    coauthors.slice(0, count).map((c) => {
      const bar = h("span", { class: "bar", attrs: { "aria-hidden": "true" } });
      bar.style.width = `${Math.max(4, (100 * amount(c)) / maxShared)}%`;
      return h(
        "button",
        {
          class: "coauthor",
          attrs: { type: "button", title: `Papers of ${name} with ${c.name}` },
          on: { click: () => actions.selectPair(id, c.id) },
        },
        swatch(dataset, c.id, colorOf),
        h("span", { class: "coauthor-name" }, c.name),
        h("span", { class: "bar-track" }, bar),
        h("span", { class: "count" }, formatMetric(amount(c), "strength")),
      );
    });
  const coauthorGroup = h(
    "div",
    { class: "coauthors", attrs: { role: "group", "aria-label": `Coauthors of ${name}` } },
    ...coauthorButtons(COAUTHORS_SHOWN),
  );
  const coauthorBlock = h("div", {}, coauthorGroup);
  if (coauthors.length > COAUTHORS_SHOWN) {
    const more = h(
      "button",
      {
        class: "button subtle",
        attrs: { type: "button" },
        on: {
          click: () => {
            coauthorGroup.replaceChildren(...coauthorButtons(coauthors.length));
            more.remove();
          },
        },
      },
      `Show all ${coauthors.length} coauthors`,
    );
    coauthorBlock.append(more);
  }

  const community = m ? m.community : undefined;
  return h(
    "section",
    { class: "panel-section details", attrs: { role: "region", "aria-label": "Author details" } },
    h(
      "header",
      { class: "panel-header" },
      swatch(dataset, id, colorOf),
      h("h2", {}, name),
      owner ? h("span", { class: "badge" }, "Profile owner") : null,
      h(
        "button",
        {
          class: "icon-button close",
          attrs: { type: "button", "aria-label": "Close author details", title: "Close" },
          on: { click: () => actions.selectAuthor(null) },
        },
        "×",
      ),
    ),
    h(
      "p",
      { class: "muted" },
      `${papers.length} ${papers.length === 1 ? "paper" : "papers"} · ${coauthors.length} coauthors`,
    ),
    community !== undefined
      ? h(
          "p",
          { class: "muted community-line" },
          `In community ${community + 1} (${communitySizeOf(dataset, community)} ${communitySizeOf(dataset, community) === 1 ? "author" : "authors"}) `,
          h(
            "button",
            {
              class: "link",
              attrs: { type: "button", title: "Highlight the community on the map" },
              on: { click: () => actions.highlightCommunity(community) },
            },
            "Highlight",
          ),
        )
      : null,
    externalLinks(authorLinks(author?.ids), `Pages of ${name}`),
    h(
      "div",
      { class: "actions" },
      h(
        "button",
        { class: "button", attrs: { type: "button" }, on: { click: () => actions.reveal(id) } },
        "Show on map",
      ),
      h(
        "button",
        {
          class: "button",
          attrs: {
            type: "button",
            title: "Zoom to this author and the coauthors shown (N on the map)",
          },
          on: { click: () => actions.zoomToNeighbourhood(id) },
        },
        "Zoom to coauthors",
      ),
    ),
    h("h3", {}, "Metrics"),
    h("dl", { class: "metrics" }, ...rows),
    sparkline ? h("h3", {}, "Collaborations per year") : null,
    sparkline,
    h("h3", {}, `Papers (${papers.length})`),
    sortRow,
    listSlot,
    h("h3", {}, `Coauthors (${coauthors.length})`),
    coauthors.length
      ? h(
          "p",
          { class: "hint" },
          linkOnly
            ? "Strongest links of the network file first. Click one for the link."
            : "Most shared papers first. Click one for the papers you share.",
        )
      : h("p", { class: "hint" }, "No coauthors in this network."),
    coauthorBlock,
  );
}
